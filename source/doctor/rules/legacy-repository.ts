import type {Rule} from '../finding.js';
import {imageOf, shownImage} from '../stage-facts.js';

/** microsoft/dotnet, microsoft/aspnetcore and dotnet/core/* no longer get images. */
export const legacyRepository: Rule = {
	code: 'DIW002',
	severity: 'error',
	title: 'Retired image repository',
	fix: 'Use mcr.microsoft.com/dotnet/<sdk|aspnet|runtime|runtime-deps> with a supported .NET version.',
	check(input) {
		return input.dockerfile.stages.flatMap(stage => {
			const image = imageOf(stage);
			if (stage.parent || !image?.legacy) return [];
			return [{
				range: stage.from.getImageRange() ?? stage.from.getRange(),
				message: `${shownImage(stage, input.dockerfile)} is from a retired repository: Microsoft publishes no new images there, so it gets no security fixes.`,
				fix: `Use mcr.microsoft.com/dotnet/${image.repo}${image.dotnet ? ' with a supported .NET version' : ''} (and move the project to that version).`,
			}];
		});
	},
};
