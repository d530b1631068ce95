import type {Recommendation} from './recommend.js';
import type {Verification} from '../catalog/verify.js';

/** A digest as the registry gives it: `sha256:` and 64 hex digits, nothing else reaches a file. */
const digestPattern = /^sha256:[0-9a-f]{64}$/;

/** `tag@sha256:…`: the tag kept for readers and update bots, the digest what is pulled. */
export function pinnedReference(reference: string, digest: string): string {
	if (!digestPattern.test(digest)) throw new Error(`the registry gave ${JSON.stringify(digest)} for ${reference}, which is not a sha256 digest`);
	return `${reference.replace(/@.*$/, '')}@${digest}`;
}

/**
 * The recommendation with its build and runtime images pinned to the manifest-list digests the
 * registry served (--verify's answer): every FROM and ContainerBaseImage then names them.
 */
export function pinRecommendation(recommendation: Recommendation, verification: Verification): Recommendation {
	const digestOf = (role: 'build' | 'runtime') => {
		const image = verification.images.find(entry => entry.role === role);
		if (!image) throw new Error(`the registry did not verify the ${role} image`);
		return image.digest;
	};
	return {
		...recommendation,
		build: {...recommendation.build, reference: pinnedReference(recommendation.build.reference, digestOf('build'))},
		runtime: {...recommendation.runtime, reference: pinnedReference(recommendation.runtime.reference, digestOf('runtime'))},
	};
}
