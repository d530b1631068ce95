import {osNames, platforms} from '../catalog/catalog.js';
import type {Architecture} from '../catalog/types.js';
import type {Recommendation} from '../engine/recommend.js';
import {InputError} from '../engine/resolve.js';
import {pathArgument} from '../grammar/command-argument.js';
import type {ImageReference} from '../grammar/oci-reference.js';
import {shownValue} from '../grammar/shown-text.js';
import {buildxArguments, imagetoolsCreateArguments} from './build-command.js';

/** One app a CI workflow builds: a repository holds one or several. */
export type CiApp = {
	recommendation: Recommendation;
	/** The image as --image names it: pushed to its registry, or without one to the CI service's own. */
	image: ImageReference;
	/** The build context and the Dockerfile, relative to the repository root, "/"-separated. */
	context: string;
	dockerfile: string;
};

export const ciJobForms = ['per-arch', 'single'] as const;
/** per-arch: a job per architecture on a runner of it, then a merge job; single: one job cross-compiles every platform. */
export type CiJobForm = typeof ciJobForms[number];

export function parseCiJobs(value: string): CiJobForm {
	const form = value.trim().toLowerCase();
	if (!(ciJobForms as readonly string[]).includes(form)) throw new InputError(`--ci-jobs: ${shownValue(value)} is not a form of CI job (accepted: ${ciJobForms.join(', ')}).`);
	return form as CiJobForm;
}

/** A CI service's runners: one per architecture it hosts natively, and the one a cross-compiling build runs on. */
export type CiRunners = {service: string; native: Partial<Record<Architecture, string>>; cross: string};

/** One build job: an app, the platforms it builds, where, and whether the SDK stage runs natively. */
export type CiBuild = {app: CiApp; /** The app's place in the list: names its digests. */ index: number; name: string; key: string; platforms: string[]; runner: string; verdict: 'native' | 'cross'};

/** Names a job, an artifact and a cache: the image's last path part. */
export const appName = (app: CiApp) => app.image.repository.split('/').at(-1)!;

const cannotCrossCompile = (app: CiApp) => app.recommendation.buildMode === 'emulated';

/**
 * The form of the workflow: one job per architecture when an app's Native AOT cannot cross-compile
 * (its SDK stage must run on each architecture), else one cross-compiling job, unless asked.
 */
export function ciForm(apps: CiApp[], asked?: CiJobForm): CiJobForm {
	const native = apps.filter(app => cannotCrossCompile(app) && app.recommendation.answers.arch.length > 1);
	if (asked === 'single' && native.length > 0) {
		const {answers} = native[0]!.recommendation;
		throw new InputError(`--ci-jobs single: Native AOT on ${osNames[answers.os]} cannot cross-compile, so ${answers.arch.join(' and ')} each need a runner of their own: use --ci-jobs per-arch.`);
	}
	return asked ?? (native.length > 0 ? 'per-arch' : 'single');
}

function runnerFor(app: CiApp, architecture: Architecture, runners: CiRunners): {runner: string; verdict: 'native' | 'cross'} {
	const native = runners.native[architecture];
	if (native) return {runner: native, verdict: 'native'};
	if (!cannotCrossCompile(app)) return {runner: runners.cross, verdict: 'cross'};
	const {answers} = app.recommendation;
	throw new InputError(`${runners.service} has no ${platforms[architecture].platform} runner, and Native AOT on ${osNames[answers.os]} cannot cross-compile: drop ${architecture} from --arch for CI.`);
}

/** The build jobs: per app, one per architecture (per-arch) or one for all of them (single). */
export function ciBuilds(apps: CiApp[], form: CiJobForm, runners: CiRunners): CiBuild[] {
	return apps.flatMap((app, index) => {
		const {arch} = app.recommendation.answers;
		const name = appName(app);
		if (form === 'per-arch' || arch.length === 1) {
			return arch.map(architecture => ({app, index, name, key: form === 'per-arch' ? `${name}-${architecture}` : name, platforms: [platforms[architecture].platform], ...runnerFor(app, architecture, runners)}));
		}
		return [{app, index, name, key: name, platforms: arch.map(architecture => platforms[architecture].platform), runner: runners.cross, verdict: 'cross' as const}];
	});
}

/** The shell variables a build job's command reads; the workflow sets them per job. */
export const jobVariables = {image: '${IMAGE}', platforms: '${PLATFORMS}', context: '${CONTEXT}', dockerfile: '${DOCKERFILE}', tag: '${TAG}', cacheKey: '${CACHE_KEY}'} as const;

/** A path as the build command reads it from a variable: one starting with "-" would read as a flag. */
export const ciPath = (file: string) => pathArgument(file);

/**
 * The build job's command: the argv the runner's buildx engine builds (render/build-command.ts),
 * over the job's variables. Per architecture it pushes by digest; single, it pushes the tags.
 */
export function ciBuildArguments(recommendation: Recommendation, form: CiJobForm, cache: {from: string; to: string}, extraTag: string, metadataFile: string): string[] {
	const v = jobVariables;
	const byDigest = form === 'per-arch';
	return buildxArguments(recommendation, {
		image: byDigest ? v.image : `${v.image}:${v.tag}`,
		...(byDigest ? {} : {moreTags: [`${v.image}:${extraTag}`]}),
		output: byDigest ? 'digest' : 'push',
		platforms: v.platforms,
		dockerfile: v.dockerfile,
		context: v.context,
		cache,
		...(byDigest ? {metadataFile} : {}),
	});
}

/** The merge job's command: the index from the digests set with `set --`, under the tags. */
export function ciMergeArguments(extraTag: string): string[] {
	return imagetoolsCreateArguments([`${jobVariables.image}:${jobVariables.tag}`, `${jobVariables.image}:${extraTag}`], ['$@']);
}

