import type {Recommendation} from '../engine/recommend.js';
import type {DockerfileDialect} from '../render/dockerfile-dialect.js';
import {thisMachine} from './build-machine.js';
import {engines} from './engines/detect.js';
import {planPlatforms, type PlatformPlan} from './platform-plan.js';
import type {BuildPlan} from './plan.js';
import {PreflightError} from './preflight-error.js';
import {firstLine, probe} from './probe.js';

export type PreflightResult = {
	notes: string[];
	/** The engine's version as it printed it. */
	version: string;
	/** What a Dockerfile for this engine and version may use (Dockerfile engines only). */
	dialect?: DockerfileDialect;
	/** How each platform builds on the machine or builder at hand. */
	platformPlan: PlatformPlan;
};

/** Reads the engine's version, then runs its checks; throws PreflightError with the fix. */
export async function preflight(plan: BuildPlan, _recommendation?: Recommendation): Promise<PreflightResult> {
	const engine = engines[plan.engine];
	const answer = await probe(engine.program, engine.versionArgs, {cwd: plan.cwd, env: plan.request.environment});
	if (answer.missing) throw new PreflightError(engine.missing);
	if (!answer.ok) throw new PreflightError(engine.versionFailure?.(`${answer.stdout}\n${answer.stderr}`) ?? `${engine.program} ${engine.versionArgs.join(' ')} failed: ${firstLine(answer.stderr) || firstLine(answer.stdout) || 'no output'}.`);
	const version = /\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?/.exec(answer.stdout)?.[0] ?? answer.stdout.trim();
	const context = {request: plan.request, version};
	// This machine is known before the engine's checks; a builder's nodes only once docker answers.
	const local = engine.machine ? undefined : refuseEmulation(planPlatforms(plan.request.recommendation, thisMachine(), plan.engine));
	const notes = await engine.preflight(context);
	const platformPlan = local ?? refuseEmulation(planPlatforms(plan.request.recommendation, await engine.machine!(context), plan.engine));
	if (!local) notes.push(...crossNotes(platformPlan));
	return {notes, version, platformPlan, ...(engine.dialect ? {dialect: engine.dialect(version)} : {})};
}

/** Native AOT that would run under QEMU stops here, with the native ways to build it. */
function refuseEmulation(platformPlan: PlatformPlan): PlatformPlan {
	if (platformPlan.refusal) throw new PreflightError(platformPlan.refusal);
	return platformPlan;
}

/** A builder that cannot run a platform at all still builds it when the build cross-compiles. */
function crossNotes(platformPlan: PlatformPlan): string[] {
	const unlisted = platformPlan.platforms.filter(build => build.verdict === 'cross' && !platformPlan.machine.nodes.some(node => node.platforms.includes(build.platform)));
	if (unlisted.length === 0) return [];
	return [`no emulation needed for ${unlisted.map(build => build.platform).join(', ')}: the SDK stage runs on the build machine and the ${unlisted.length === 1 ? 'target' : 'targets\''} final stage runs no commands.`];
}

/**
 * A Dockerfile written earlier may use what this engine refuses: say so before the build
 * fails at its first COPY.
 */
export function checkDockerfile(content: string, dialect: DockerfileDialect, engineTitle: string, version: string): void {
	if (!dialect.copyLink && /^\s*(?:COPY|ADD)\s+(?:--\S+\s+)*--link\b/im.test(content)) {
		throw new PreflightError(`the Dockerfile uses COPY --link, which ${engineTitle} ${version} refuses (it arrived in buildah 1.41 and podman 5.6): remove --link from its COPY lines, or regenerate it with --write --force.`);
	}
}
