import type {BuildPlan} from '../runner/plan.js';
import type {BuildResult} from '../runner/run.js';

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)}s`;
}

/** A finished build in words: what was built and where it went, or where and why it stopped. */
export function describeResult(result: BuildResult, plan: BuildPlan): string[] {
	if (result.status === 'succeeded') {
		const where = typeof plan.output === 'object' ? `written to ${result.archive}` : plan.output === 'push' ? 'pushed' : 'loaded into the local image store';
		return [`built ${plan.image} for ${plan.platforms.join(', ')} in ${seconds(result.elapsedMs)}: ${where}${result.digest ? ` (${result.digest})` : ''}`];
	}
	if (result.status === 'cancelled') return [`build cancelled after ${seconds(result.elapsedMs)}: nothing was pushed or loaded`];
	return [
		`build failed after ${seconds(result.elapsedMs)}${result.failingStep ? ` at ${result.failingStep}` : ''}`,
		...(result.explanation ? [result.explanation] : []),
	];
}
