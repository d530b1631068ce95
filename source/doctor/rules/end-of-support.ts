import {lifecycleOf, recommendedVersion, supportStatus} from '../../catalog/lifecycle.js';
import type {Rule} from '../finding.js';
import {imageOf} from '../stage-facts.js';

/** A .NET version past its end of support. */
export const endOfSupport: Rule = {
	code: 'DIW003',
	severity: 'error',
	title: '.NET version out of support',
	fix: 'Move the project and its images to a supported .NET version.',
	check(input) {
		return input.dockerfile.stages.flatMap(stage => {
			const image = imageOf(stage);
			if (stage.parent || !image?.dotnet) return [];
			const status = supportStatus(image.dotnet, input.today);
			const major = Number.parseInt(image.dotnet, 10);
			// Versions older than the releases index (2.1, 3.0) are out of support too.
			const ended = status.phase === 'eol' || (status.phase === 'unknown' && !lifecycleOf(image.dotnet) && major < 8);
			if (!ended) return [];
			const when = status.eolDate ? ` on ${status.eolDate}` : '';
			return [{range: stage.from.getImageRange() ?? stage.from.getRange(), message: `.NET ${image.dotnet} reached end of support${when}: ${image.repo}:${image.tag} gets no more security fixes.`, fix: `Move the project to .NET ${recommendedVersion(input.today)} (TargetFramework net${recommendedVersion(input.today)}) and use its images.`}];
		});
	},
};
