import {ignored} from '../dockerignore-match.js';
import type {Rule, RuleHit} from '../finding.js';
import {copiedFrom} from '../stage-facts.js';

const sources = (words: string[]) => words.filter(word => !word.startsWith('--')).map(word => word.replaceAll(/[[\]",]/g, '')).filter(Boolean).slice(0, -1);

/** A secret in the build context that a COPY puts into a layer, where anyone with the image reads it. */
export const secrets: Rule = {
	code: 'DIW021',
	severity: 'error',
	title: 'Secret copied into a layer',
	fix: 'Keep it out of the context (.dockerignore) and pass it at build time: RUN --mount=type=secret,id=nuget (BuildKit/podman/buildah).',
	check(input) {
		if (input.secrets.length === 0) return [];
		const patterns = input.dockerignore && 'patterns' in input.dockerignore ? input.dockerignore.patterns : [];
		const hits: RuleHit[] = [];
		for (const stage of input.dockerfile.stages) {
			for (const instruction of stage.instructions) {
				if ((instruction.getKeyword() !== 'COPY' && instruction.getKeyword() !== 'ADD') || copiedFrom(instruction) !== undefined) continue;
				const copied = sources(instruction.getArguments().map(argument => argument.getValue()));
				const leaked = input.secrets.filter(secret => !ignored(secret.path, patterns) && copied.some(source => {
					const folder = source.replace(/^\.\/?/, '').replace(/\/\.?$/, '');
					return folder === '' || folder === '*' || secret.path === folder || secret.path.startsWith(`${folder}/`) || secret.path.toLowerCase() === folder.toLowerCase();
				}));
				for (const secret of leaked) hits.push({range: instruction.getRange(), message: `this COPY puts ${secret.path} (${secret.why}) into an image layer: anyone who pulls the image can read it, even if a later step deletes it.`});
			}
		}
		return hits;
	},
};
