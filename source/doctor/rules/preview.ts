import {lifecycleOf, supportStatus} from '../../catalog/lifecycle.js';
import type {Rule} from '../finding.js';
import {imageOf} from '../stage-facts.js';

/** A preview .NET in an image meant to ship. */
export const preview: Rule = {
	code: 'DIW004',
	severity: 'warning',
	title: 'Preview .NET',
	fix: 'Ship on a supported release; keep previews for trying things out.',
	check(input) {
		return input.dockerfile.stages.flatMap(stage => {
			const image = imageOf(stage);
			if (stage.parent || !image?.dotnet || supportStatus(image.dotnet, input.today).phase !== 'preview') return [];
			const ga = lifecycleOf(image.dotnet)?.gaDate;
			return [{range: stage.from.getImageRange() ?? stage.from.getRange(), message: `.NET ${image.dotnet} is a preview${ga ? ` (due to be released on ${ga})` : ''}: not supported in production, and its tags change with every preview.`}];
		});
	},
};
