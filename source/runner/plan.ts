import process from 'node:process';
import {platforms} from '../catalog/catalog.js';
import type {Recommendation} from '../engine/recommend.js';
import {InputError} from '../engine/resolve.js';
import {shellCommand, shellWord} from '../grammar/posix-shell.js';
import {shownValue} from '../grammar/shown-text.js';
import {checkBuilderName, type BuildOutput} from '../render/build-command.js';
import {engines} from './engines/detect.js';
import type {BuildRequest, BuildStep, EngineName} from './engines/engine.js';

/** The commands of one build, in order: programs and arguments, never a shell string. */
export type BuildPlan = {
	engine: EngineName;
	steps: BuildStep[];
	/** Variables the steps need on top of the caller's environment. */
	env: Record<string, string>;
	cwd: string;
	image: string;
	platforms: string[];
	output: BuildOutput;
	/** Everything the plan was made from: preflight checks it against the engine. */
	request: BuildRequest;
};

export type PlanOptions = {
	engine: EngineName;
	/** Why the engine builds when none was named (see BuildRequest). */
	fallback?: string;
	image: string;
	push: boolean;
	oci?: string;
	contextDirectory: string;
	dockerfile?: string;
	ignoreFile?: string;
	nugetSecret?: string;
	projectFile?: string;
	/** `-f` for a multi-targeted project. */
	framework?: string;
	insecure?: boolean;
	builder?: string;
	baseRegistry?: string;
	environment?: NodeJS.ProcessEnv;
};

export function planBuild(recommendation: Recommendation, options: PlanOptions): BuildPlan {
	if (options.push && options.oci) throw new InputError('--push and --oci both say where the image goes: choose one.');
	if (options.builder && options.engine !== 'docker') throw new InputError(`--builder names a docker buildx builder instance: it goes with --engine docker, not ${options.engine}.`);
	if (options.builder) checkBuilderName(options.builder);
	const output: BuildOutput = options.push ? 'push' : options.oci ? {oci: options.oci} : 'load';
	if (typeof output === 'object' && (options.engine === 'buildah' || options.engine === 'podman') && output.oci.includes(':')) {
		throw new InputError(`--oci: ${shownValue(output.oci)} has a colon, which ${options.engine}'s oci-archive: destination reads as a tag: choose a path without one.`);
	}
	const request: BuildRequest = {
		recommendation,
		image: options.image,
		output,
		contextDirectory: options.contextDirectory,
		...(options.dockerfile ? {dockerfile: options.dockerfile} : {}),
		...(options.ignoreFile ? {ignoreFile: options.ignoreFile} : {}),
		...(options.nugetSecret ? {nugetSecret: options.nugetSecret} : {}),
		...(options.projectFile ? {projectFile: options.projectFile} : {}),
		...(options.framework ? {framework: options.framework} : {}),
		insecure: Boolean(options.insecure),
		...(options.builder ? {builder: options.builder} : {}),
		...(options.baseRegistry ? {baseRegistry: options.baseRegistry} : {}),
		environment: options.environment ?? process.env,
		...(options.fallback ? {fallback: options.fallback} : {}),
	};
	const {steps, env} = engines[options.engine].commands(request);
	return {
		engine: options.engine,
		steps,
		env,
		cwd: options.contextDirectory,
		image: options.image,
		platforms: recommendation.answers.arch.map(architecture => platforms[architecture].platform),
		output,
		request,
	};
}


/** An environment variable's name, which the shell reads bare before "=". */
function variableName(name: string): string {
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`${JSON.stringify(name)} is not an environment variable name`);
	return name;
}

/** Variables that only quieten the output: the printed command leaves them out. */
const cosmetic = new Set(['BUILDKIT_PROGRESS', 'DOTNET_CLI_TELEMETRY_OPTOUT', 'DOTNET_NOLOGO']);

/** The plan as a line a person could paste into a POSIX shell. */
export function commandLine(plan: BuildPlan): string {
	const variables = Object.entries(plan.env).filter(([name]) => !cosmetic.has(name)).map(([name, value]) => `${variableName(name)}=${shellWord(value)} `).join('');
	return plan.steps.map((step, index) => {
		const line = `${variables}${shellCommand([step.command, ...step.args])}`;
		// A step that may fail is followed by ";" rather than "&&".
		return index === 0 ? line : `${plan.steps[index - 1]!.mayFail ? ';' : ' &&'} ${line}`;
	}).join('');
}
