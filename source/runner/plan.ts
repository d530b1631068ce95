import {platforms} from '../catalog/catalog.js';
import type {Recommendation} from '../engine/recommend.js';
import {InputError} from '../engine/resolve.js';
import {buildxArguments, publishContainerArguments, splitImage, type BuildOutput} from '../render/build-command.js';
import {containerProperties} from '../render/csproj.js';

export type Builder = 'docker' | 'sdk';

/** One command to run: never a shell string, always a program and its arguments. */
export type BuildPlan = {
	builder: Builder;
	command: string;
	args: string[];
	cwd: string;
	image: string;
	platforms: string[];
	output: BuildOutput;
};

export type PlanOptions = {
	builder: Builder;
	image: string;
	push: boolean;
	oci?: string;
	contextDirectory: string;
	dockerfile?: string;
	projectFile?: string;
	/** `-f` for a multi-targeted project. */
	framework?: string;
};

export function parseBuilder(value: string | undefined): Builder {
	if (value === undefined || value === 'docker') return 'docker';
	if (value === 'sdk' || value === 'dotnet') return 'sdk';
	throw new InputError(`--builder: "${value}" is not a builder (accepted: docker, sdk).`);
}

export function planBuild(recommendation: Recommendation, options: PlanOptions): BuildPlan {
	if (options.push && options.oci) throw new InputError('--push and --oci both say where the image goes: choose one.');
	const output: BuildOutput = options.push ? 'push' : options.oci ? {oci: options.oci} : 'load';
	const targetPlatforms = recommendation.answers.arch.map(architecture => platforms[architecture].platform);
	if (options.builder === 'docker') {
		return {
			builder: 'docker',
			command: 'docker',
			args: buildxArguments(recommendation, {image: options.image, output, context: '.', ...(options.dockerfile ? {dockerfile: options.dockerfile} : {})}),
			cwd: options.contextDirectory,
			image: options.image,
			platforms: targetPlatforms,
			output,
		};
	}

	const [repository, tag = 'latest'] = splitImage(options.image);
	const slash = repository.indexOf('/');
	const registry = slash > 0 && /[.:]/.test(repository.slice(0, slash)) ? repository.slice(0, slash) : undefined;
	if (options.push && !registry) throw new InputError(`--push with --builder sdk needs a registry in --image, like registry.example.com/${repository}:${tag}.`);
	const properties = {
		...containerProperties(recommendation, registry ? repository.slice(slash + 1) : repository),
		ContainerImageTag: tag,
		...(registry && options.push ? {ContainerRegistry: registry} : {}),
		...(typeof output === 'object' ? {ContainerArchiveOutputPath: output.oci} : {}),
	};
	return {
		builder: 'sdk',
		command: 'dotnet',
		args: publishContainerArguments(recommendation, {...(options.projectFile ? {project: options.projectFile} : {}), ...(options.framework ? {framework: options.framework} : {}), properties}),
		cwd: options.contextDirectory,
		image: options.image,
		platforms: targetPlatforms,
		output,
	};
}

/** The plan as a line a person could paste into a POSIX shell. */
export function commandLine(plan: BuildPlan): string {
	const quote = (argument: string) => (/^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll('\'', '\'\\\'\'')}'`);
	return [plan.command, ...plan.args].map(quote).join(' ');
}
