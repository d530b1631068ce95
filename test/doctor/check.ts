// Runs doctor's rules over Dockerfile text with a made-up input (no files, no project unless given).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {DoctorOptions} from '../../source/doctor/inputs.js';
import {parseDockerfile} from '../../source/dockerfile/dockerfile.js';
import {diagnose} from '../../source/doctor/doctor.js';
import type {DoctorInput, Finding, ProjectFacts} from '../../source/doctor/finding.js';

export const today = '2026-11-24';

export type CheckOptions = Partial<Omit<DoctorInput, 'dockerfile' | 'project'>> & {project?: Partial<ProjectFacts['answers']> & {frameworks?: string[]}};

export function inputFor(text: string, options: CheckOptions = {}): DoctorInput {
	const {project, ...rest} = options;
	return {
		file: 'Dockerfile',
		dockerfile: parseDockerfile(text),
		secrets: [],
		architectures: ['amd64'],
		architecturesFrom: 'unknown',
		today,
		...(project ? {project: {file: 'App.csproj', evaluator: 'xml', answers: project, frameworks: project.frameworks ?? (project.dotnet ? [`net${project.dotnet}`] : []), notes: []}} : {}),
		...rest,
	};
}

export const check = (text: string, options: CheckOptions = {}): Finding[] => diagnose(inputFor(text, options));
export const codes = (text: string, options: CheckOptions = {}): string[] => check(text, options).map(finding => finding.code);

/** The realistic Dockerfiles under test/fixtures/doctor/realistic, one folder each. */
export const realistic = fileURLToPath(new URL('../fixtures/doctor/realistic/', import.meta.url));
export const realisticCases = readdirSync(realistic, {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();

/** How a realistic case is judged: its folder, the XML reader, and its options.json (--arch, engine). */
export function optionsFor(name: string): DoctorOptions {
	const folder = path.join(realistic, name);
	const extra = existsSync(path.join(folder, 'options.json')) ? JSON.parse(readFileSync(path.join(folder, 'options.json'), 'utf8')) as Partial<DoctorOptions> : {};
	return {cwd: folder, today, detect: 'xml', ...extra};
}
