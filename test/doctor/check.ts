// Runs doctor's rules over Dockerfile text with a made-up input (no files, no project unless given).
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
