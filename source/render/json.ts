import {activeCatalog} from '../catalog/active.js';
import type {Verification} from '../catalog/verify.js';
import type {ImageChoice, Recommendation} from '../engine/recommend.js';
import type {Provenance} from '../engine/resolve.js';

function image(choice: ImageChoice) {
	const {image: catalogImage, reference, reasons} = choice;
	return {
		reference,
		repository: `dotnet/${catalogImage.repo}`,
		tag: catalogImage.tag,
		os: catalogImage.os,
		release: catalogImage.release,
		architectures: catalogImage.architectures,
		reasons,
	};
}

/** The --json document: stable keys, documented in the README. */
export function recommendationJson(recommendation: Recommendation, provenance: Provenance, files?: Record<string, string>, verification?: Verification) {
	return {
		answers: recommendation.answers,
		provenance,
		support: recommendation.support,
		build: image(recommendation.build),
		runtime: image(recommendation.runtime),
		buildMode: recommendation.buildMode,
		runtimeIdentifiers: recommendation.runtimeIdentifiers,
		tradeoffs: recommendation.tradeoffs,
		warnings: recommendation.warnings,
		alternatives: recommendation.alternatives,
		...(recommendation.project ? {project: recommendation.project} : {}),
		...(files ? {files} : {}),
		catalog: activeCatalog().source,
		...(verification ? {verification} : {}),
	};
}
