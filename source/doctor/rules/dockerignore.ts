import type {Rule} from '../finding.js';
import {ignored} from '../dockerignore-match.js';
import {buildStages, imageOf} from '../stage-facts.js';

const start = {line: 0, character: 0};

/** No .dockerignore, or one that sends bin/ and obj/ to the builder. */
export const dockerignore: Rule = {
	code: 'DIW022',
	severity: 'warning',
	title: '.dockerignore missing or too open',
	fix: 'Add a .dockerignore with at least **/bin/, **/obj/, **/.env and **/*.user (dotnet-image-wizard --output dockerignore prints one).',
	check(input) {
		const facts = input.dockerignore;
		// Only for a .NET build: another image's context is not ours to judge.
		const dotnet = buildStages(input.dockerfile).length > 0 || input.dockerfile.stages.some(stage => imageOf(stage));
		if (!facts || !dotnet) return [];
		if ('missing' in facts) return [{range: {start, end: start}, message: `no ${facts.file}: bin/ and obj/ from the host go into the build context, and obj/project.assets.json from a Windows or macOS restore breaks restore in the container.`}];
		// The folders a project at the context's root writes (a project in a subfolder needs **/bin/ too: the default template says so).
		const open = ['bin', 'obj'].filter(folder => !ignored(`${folder}/x`, facts.patterns));
		return open.length === 0 ? [] : [{range: {start, end: start}, file: facts.file, message: `${facts.file} does not exclude ${open.map(folder => `**/${folder}/`).join(' and ')}: host build output goes into the context (slower builds, and a host obj/ breaks restore in the container).`}];
	},
};
