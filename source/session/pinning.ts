// The guided session's "pin base images by digest": the digests --pin writes, asked of the same
// registry with the same client; a registry out of reach leaves the tags unpinned, said in one line.
import {pinRecommendation} from '../engine/pin.js';
import type {Recommendation} from '../engine/recommend.js';
import {shownText} from '../grammar/shown-text.js';
import {botKinds} from '../render/file-kinds.js';
import {verifyRecommendations} from './verify-recommendation.js';

/**
 * The recommendations to write (the session's own first, then each other app's ticked), and why
 * they are not pinned when pinning was asked for.
 */
export type Pinning = {recommendations: Recommendation[]; note?: string};

/** Whether every base image names a digest (`tag@sha256:…`): only then are the update-bot files written. */
export const isPinned = (recommendation: Recommendation) => [recommendation.build, recommendation.runtime].every(image => image.reference.includes('@sha256:'));

/** The files screen's ticks: the update-bot files only with pinning, as they keep its digests current. */
export function withPinning<T extends string>(outputs: T[]): T[] {
	return outputs.includes('pin' as T) ? outputs : outputs.filter(output => !(botKinds as readonly string[]).includes(output));
}

/** The files screen offers pinning when there is a registry to ask, and the update-bot files once pinning is ticked. */
export function offeredOutput(output: string, outputs: readonly string[], registry: string | undefined): boolean {
	if (output === 'pin') return Boolean(registry);
	return (botKinds as readonly string[]).includes(output) ? Boolean(registry) && outputs.includes('pin') : true;
}

/**
 * The recommendations (one per app) pinned to the digests `registry` serves, each distinct base
 * image asked once, in one run; when it cannot be asked, or lacks a tag or a platform, they stay
 * unpinned, all of them, with one line that says so (no bot files then).
 */
export async function pinFromRegistry(recommendations: Recommendation[], registry: string): Promise<Pinning> {
	const unpinned = (why: string) => ({recommendations, note: `${shownText(why.replace(/\.$/, ''), {limit: 300})}: the base images stay as tags, unpinned, and no update-bot file is written.`});
	try {
		const {all, each} = await verifyRecommendations(recommendations, registry);
		if (all.problems.length > 0) return unpinned(all.problems[0]!);
		return {recommendations: recommendations.map((recommendation, index) => pinRecommendation(recommendation, each[index]!))};
	} catch (error) {
		const message = (error as Error).message.split('\n').find(line => line.trim() !== '') ?? String(error);
		return unpinned(`the registry at ${registry} could not be reached (${message.replace(`cannot verify the tags at ${registry}: `, '')})`);
	}
}
