import {recommendedVersion} from '../../catalog/lifecycle.js';
import type {Rule} from '../finding.js';
import {imageOf} from '../stage-facts.js';
import {sameVariantTag, tagEdit} from '../tag-edit.js';

/** latest or no tag (moves to the next major .NET), or a frozen patch tag (no more fixes). */
export const floatingTag: Rule = {
	code: 'DIW005',
	severity: 'warning',
	title: 'Unversioned or frozen tag',
	fix: 'Use a major.minor tag (10.0, 10.0-alpine): it gets every patch and never a new major version.',
	check(input) {
		return input.dockerfile.stages.flatMap(stage => {
			const image = imageOf(stage);
			if (stage.parent || !image || image.legacy || image.windows) return [];
			const range = stage.from.getImageRange() ?? stage.from.getRange();
			if (!image.dotnet) {
				const version = input.project?.answers.dotnet ?? recommendedVersion(input.today);
				const tag = sameVariantTag({...image, floatingTag: image.floatingTag === 'latest' ? '' : image.floatingTag}, version);
				return [{range, message: `${image.repo}:${image.tag || 'latest'} names no .NET version: the next major release replaces it without warning.`, fix: tag ? `Use ${image.repo}:${tag}.` : `Use ${image.repo}:${version}.`, edits: tagEdit(stage, tag ?? version)}];
			}
			if (image.patch && image.catalog) {
				return [{range, message: `${image.repo}:${image.tag} is a frozen patch tag: it never gets the security fixes of later patches.`, fix: `Use ${image.repo}:${image.floatingTag}, which moves with every patch of .NET ${image.dotnet}.`, edits: tagEdit(stage, image.architecture ? image.tag.replace(image.patch, image.dotnet) : image.floatingTag)}];
			}
			return [];
		});
	},
};
