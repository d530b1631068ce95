import {dotnetVersions} from '../../catalog/catalog.js';
import type {Rule} from '../finding.js';
import {imageOf, shownImage} from '../stage-facts.js';
import {nearestPublishedTag} from '../tag-edit.js';

/**
 * A `tag@sha256:…` whose tag the official repository no longer publishes: the digest still pulls
 * the old image, but Renovate and Dependabot follow the tag, so the pin never moves again (no
 * more patches), and Dependabot fails on it. Judged against the catalog (--refresh for today's).
 */
export const vanishedPin: Rule = {
	code: 'DIW024',
	severity: 'error',
	title: 'Pinned tag no longer published',
	fix: 'Pin the nearest current tag again (dotnet-image-wizard --pin writes tag@sha256 from the registry).',
	check(input) {
		return input.dockerfile.stages.flatMap(stage => {
			const image = imageOf(stage);
			if (stage.parent || !image?.digest || image.catalog || image.legacy || image.windows || !image.dotnet || !dotnetVersions().includes(image.dotnet)) return [];
			const nearest = nearestPublishedTag(image);
			const range = stage.from.getImageRange() ?? stage.from.getRange();
			const pinned = shownImage(stage, input.dockerfile).split('@')[0];
			return [{
				range,
				message: `${pinned} is pinned by digest, but mcr.microsoft.com/dotnet/${image.repo} no longer publishes the tag ${image.tag}: the digest pulls an image that gets no more patches, and update bots cannot move it${nearest ? `; the nearest current tag is ${nearest}` : ''}.`,
				...(nearest ? {fix: `Pin ${image.repo}:${nearest} again: dotnet-image-wizard --pin writes it as ${image.repo}:${nearest}@sha256:… from the registry.`} : {}),
			}];
		});
	},
};
