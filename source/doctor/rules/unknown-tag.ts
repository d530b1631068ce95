import {dotnetVersions} from '../../catalog/catalog.js';
import type {Rule} from '../finding.js';
import {imageOf, shownImage} from '../stage-facts.js';
import {nearestPublishedTag, tagEdit} from '../tag-edit.js';

/** A tag the catalog does not have for a .NET version it has, or not for the platforms built (a pinned one is DIW024's). */
export const unknownTag: Rule = {
	code: 'DIW001',
	severity: 'error',
	title: 'Tag not published',
	fix: 'Use a tag the official repository publishes (the nearest one is named).',
	check(input) {
		return input.dockerfile.stages.flatMap(stage => {
			const image = imageOf(stage);
			if (stage.parent || !image || image.legacy || image.windows || !image.dotnet || !dotnetVersions().includes(image.dotnet)) return [];
			const range = stage.from.getImageRange() ?? stage.from.getRange();
			if (!image.catalog) {
				if (image.digest) return [];
				const nearest = nearestPublishedTag(image);
				return [{range, message: `${shownImage(stage, input.dockerfile)}: mcr.microsoft.com/dotnet/${image.repo} publishes no tag ${image.tag}${nearest ? `; the nearest is ${nearest}` : ''}.`, ...(nearest ? {fix: `Use ${image.repo}:${nearest}.`, edits: image.patch ? [] : tagEdit(stage, nearest)} : {})}];
			}
			const missing = input.architecturesFrom === 'unknown' || image.architecture ? [] : input.architectures.filter(architecture => !image.catalog!.architectures.includes(architecture));
			if (stage.platform?.includes('BUILDPLATFORM') || missing.length === 0) return [];
			return [{range, message: `${image.repo}:${image.tag} is not published for ${missing.join(', ')}, which the image is built for (${input.architecturesFrom === 'flag' ? '--arch' : input.architecturesFrom === 'project' ? 'the project\'s runtime identifiers' : 'the Dockerfile'}).`, fix: `Build for ${image.catalog.architectures.join(', ')} only, or pick a variant published for ${missing.join(', ')}.`}];
		});
	},
};
