import type {BuildPlan} from '../runner/plan.js';
import type {BuildResult} from '../runner/run.js';

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)}s`;
}

/** A finished build in words: what was built and where it went, or where and why it stopped. */
export function describeResult(result: BuildResult, plan: BuildPlan): string[] {
	if (result.status === 'succeeded') {
		const local = plan.engine === 'buildah' || plan.engine === 'podman' ? `kept in ${plan.engine}'s local storage` : 'loaded into the local image store';
		const where = typeof plan.output === 'object' ? `written to ${result.archive}` : plan.output === 'push' ? 'pushed' : local;
		return [`built ${plan.image} for ${plan.platforms.join(', ')} in ${seconds(result.elapsedMs)}: ${where}${result.digest ? ` (${result.digest})` : ''}`];
	}
	if (result.status === 'cancelled') return [`build cancelled after ${seconds(result.elapsedMs)}: nothing was pushed or loaded`];
	// The step, the errors and what they usually mean, each on lines of their own.
	return [
		`build failed after ${seconds(result.elapsedMs)}`,
		...(result.failingStep ? [`failing step: ${result.failingStep}`] : []),
		...(result.errors ?? []).map(error => `  ${error}`),
		...(result.explanation ? [`what it usually means: ${result.explanation}`] : []),
	];
}
