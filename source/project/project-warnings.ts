import {lifecycleOf} from '../catalog/lifecycle.js';
import {activeCatalog} from '../catalog/active.js';
import type {Outcome} from '../engine/recommend.js';
import {sdkPinProblem} from './global-json.js';
import type {Detection} from './detect.js';

/** The recommendation with what the project itself says against it (a global.json SDK pin) first among its warnings: the build would fail. */
export function withProjectWarnings(outcome: Outcome, detection: Detection | undefined): Outcome {
	if (!outcome.ok || !detection?.sdkPin) return outcome;
	const {dotnet} = outcome.recommendation.answers;
	const problem = sdkPinProblem(detection.sdkPin, dotnet, lifecycleOf(dotnet)?.sdkVersion, activeCatalog().source.date);
	if (!problem) return outcome;
	return {ok: true, recommendation: {...outcome.recommendation, warnings: [{code: 'global-json', message: problem}, ...outcome.recommendation.warnings]}};
}
