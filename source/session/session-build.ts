import type {Recommendation} from '../engine/recommend.js';
import type {PlatformPlan} from '../runner/platform-plan.js';
import type {BuildPlan} from '../runner/plan.js';
import {preflight} from '../runner/preflight.js';
import {runBuild, type BuildResult} from '../runner/run.js';
import {describeResult} from './build-outcome.js';
import {saveBuildLog} from './build-log.js';

/** How a build from the guided session ended: the result, its description, and where the whole output went. */
export type SessionBuildEnd = {
	result: BuildResult;
	/** describeResult's lines: what was built, or the failing step, the error lines and their meaning. */
	summary: string[];
	/** Why the build could not start (preflight refused it). */
	error?: string;
	log?: string;
};

export type SessionBuildProgress = {
	signal?: AbortSignal;
	/** Preflight passed: its notes and the per-platform plan; the build runs now. */
	onStarted?: (notes: string[], platformPlan: PlatformPlan) => void;
	onLine?: (line: string) => void;
	onStep?: (step: string) => void;
};

/**
 * A build as the guided session runs it, in the plain session as on the build screen: preflight,
 * the runner, the whole output saved to a log, and the outcome in words. A preflight that refuses
 * is a build that could not start, with exit code 1.
 */
export async function runSessionBuild(plan: BuildPlan, recommendation: Recommendation, command: string, progress: SessionBuildProgress = {}): Promise<SessionBuildEnd> {
	const everything: string[] = [];
	const end = await checkedBuild(plan, recommendation, {
		...progress,
		onLine: line => {
			everything.push(line);
			progress.onLine?.(line);
		},
	});
	if (end.error !== undefined) return end;
	const log = await saveBuildLog(command, everything).catch(() => undefined);
	return {...end, ...(log ? {log} : {})};
}

/** Preflight, then the runner, and the outcome in words; no log (a build over several apps keeps one for them all). */
export async function checkedBuild(plan: BuildPlan, recommendation: Recommendation, progress: SessionBuildProgress = {}): Promise<SessionBuildEnd> {
	const started = Date.now();
	try {
		const {notes, platformPlan} = await preflight(plan, recommendation);
		progress.onStarted?.(notes, platformPlan);
		const result = await runBuild(plan, {
			...(progress.signal ? {signal: progress.signal} : {}),
			...(progress.onLine ? {onLine: progress.onLine} : {}),
			...(progress.onStep ? {onStep: progress.onStep} : {}),
		});
		return {result, summary: describeResult(result, plan)};
	} catch (error) {
		return {error: (error as Error).message, summary: [], result: {status: 'failed', exitCode: 1, elapsedMs: Date.now() - started, lastLines: []}};
	}
}
