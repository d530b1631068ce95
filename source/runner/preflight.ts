import type {Recommendation} from '../engine/recommend.js';
import type {DockerfileDialect} from '../render/dockerfile-dialect.js';
import {engines} from './engines/detect.js';
import type {BuildPlan} from './plan.js';
import {PreflightError} from './preflight-error.js';
import {firstLine, probe} from './probe.js';

export type PreflightResult = {
	notes: string[];
	/** The engine's version as it printed it. */
	version: string;
	/** What a Dockerfile for this engine and version may use (Dockerfile engines only). */
	dialect?: DockerfileDialect;
};

/** Reads the engine's version, then runs its checks; throws PreflightError with the fix. */
export async function preflight(plan: BuildPlan, _recommendation?: Recommendation): Promise<PreflightResult> {
	const engine = engines[plan.engine];
	const answer = await probe(engine.program, engine.versionArgs, {cwd: plan.cwd, env: plan.request.environment});
	if (answer.missing) throw new PreflightError(engine.missing);
	if (!answer.ok) throw new PreflightError(engine.versionFailure?.(`${answer.stdout}\n${answer.stderr}`) ?? `${engine.program} ${engine.versionArgs.join(' ')} failed: ${firstLine(answer.stderr) || firstLine(answer.stdout) || 'no output'}.`);
	const version = /\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?/.exec(answer.stdout)?.[0] ?? answer.stdout.trim();
	const notes = await engine.preflight({request: plan.request, version});
	return {notes, version, ...(engine.dialect ? {dialect: engine.dialect(version)} : {})};
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
