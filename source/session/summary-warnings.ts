import type {Recommendation} from '../engine/recommend.js';
import type {Provenance} from '../engine/resolve.js';
import type {Detection} from '../project/detect.js';
import {warningsToShow} from './answer-words.js';
import {olderThanTarget} from './target-framework.js';

/**
 * Every warning the summary shows, each once, most pressing first: a version older than the
 * project's target (the build would fail), then the recommendation's own.
 */
export function summaryWarnings(recommendation: Recommendation, detection: Detection | undefined, provenance: Partial<Provenance>): string[] {
	const mismatch = olderThanTarget(detection, recommendation.answers.dotnet);
	return [...(mismatch ? [mismatch] : []), ...warningsToShow(recommendation.warnings, provenance).map(warning => warning.message)];
}

/**
 * The support line under the images, unless a warning says it already: a version past its end of
 * support or in preview gets a warning that starts with the same words and says what to do.
 */
export function supportLine(recommendation: Recommendation): string | undefined {
	return recommendation.warnings.some(warning => warning.code === 'end-of-support' || warning.code === 'preview') ? undefined : recommendation.support.summary;
}
