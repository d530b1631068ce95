// doctor says nothing about the official dotnet-docker samples, and about our own generated
// Dockerfiles only what the engine itself warns of when it recommends them.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {validate} from 'dockerfile-utils';
import {diagnose} from '../../source/doctor/doctor.js';
import {gatherInput} from '../../source/doctor/inputs.js';
import {recommend} from '../../source/engine/recommend.js';
import {makeProject} from '../../source/project/project.js';
import {renderDockerfile} from '../../source/render/dockerfile.js';
import {allAnswers} from '../answers.js';
import {inputFor, today} from './check.js';

const samples = fileURLToPath(new URL('../fixtures/doctor/samples/', import.meta.url));

// The one thing a .NET container expert would say about a sample: complexapp's final stage has no
// USER, so it runs as root (every other sample switches to $APP_UID). A true finding, kept visible.
const expected: Record<string, string[]> = {'complexapp/Dockerfile': ['DIW015 complexapp/Dockerfile:46']};

describe('the official dotnet-docker samples', () => {
	const files = readdirSync(samples, {withFileTypes: true}).filter(entry => entry.isDirectory()).flatMap(folder => readdirSync(path.join(samples, folder.name)).filter(name => name.startsWith('Dockerfile')).map(name => path.join(samples, folder.name, name)));

	it('are all there (Linux and Windows)', () => {
		expect(files.length).toBeGreaterThanOrEqual(35);
	});

	it.each(files.map(file => [path.relative(samples, file), file]))('%s: no findings', async (name, file) => {
		const {input} = await gatherInput(file, {cwd: samples, today});
		const findings = diagnose(input);
		expect(findings.map(finding => `${finding.code} ${finding.file}:${finding.line}`), findings.map(finding => finding.message).join('\n')).toEqual(expected[name] ?? []);
	});
});

// What each code means in the engine's own warnings: a generated file may carry those, and nothing else.
const engineWarnings: Record<string, string> = {DIW003: 'end-of-support', DIW004: 'preview', DIW009: 'emulation'};

describe('our own generated Dockerfiles', () => {
	it('for every answer combination, with and without a project that says the same', () => {
		const project = makeProject({name: 'SampleApi', projectFile: 'src/SampleApi/SampleApi.csproj', restoreFiles: ['src/SampleApi/SampleApi.csproj']});
		let checked = 0;
		for (const answers of allAnswers()) {
			const outcome = recommend(answers, today);
			if (!outcome.ok) continue;
			const {recommendation} = outcome;
			const content = renderDockerfile(recommendation, project, 'sampleapi');
			const warned = new Set(recommendation.warnings.map(warning => warning.code));
			const said = {dotnet: answers.dotnet, app: answers.app, deploy: answers.deploy, globalization: answers.globalization, startup: answers.startup};
			const input = inputFor(content, {architectures: answers.arch, architecturesFrom: 'flag', project: said, dockerignore: {file: '.dockerignore', patterns: ['**/bin/', '**/obj/']}});
			const unexpected = diagnose(input).filter(finding => !(engineWarnings[finding.code] && warned.has(engineWarnings[finding.code] as never)));
			expect(unexpected.map(finding => `${finding.code}:${finding.line} ${finding.message}`), `${JSON.stringify(answers)}\n${content}`).toEqual([]);
			checked++;
		}
		expect(checked).toBeGreaterThan(1000);
	}, 240_000);
});

describe('fixed files stay Dockerfiles', () => {
	it('dockerfile-utils finds no error in a sample', () => {
		expect(validate('FROM scratch\n').filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
	});
});
