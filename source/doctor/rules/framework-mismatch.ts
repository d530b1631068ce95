import type {Rule} from '../finding.js';
import {imageOf} from '../stage-facts.js';
import {sameVariantTag, tagEdit} from '../tag-edit.js';

/** The image's .NET is not the project's target framework. */
export const frameworkMismatch: Rule = {
	code: 'DIW006',
	severity: 'error',
	title: '.NET differs from the target framework',
	fix: 'Use images of the .NET version the project targets.',
	check(input) {
		const wanted = input.project?.answers.dotnet;
		if (!wanted) return [];
		return input.dockerfile.stages.flatMap(stage => {
			const image = imageOf(stage);
			if (stage.parent || !image?.dotnet || image.legacy || image.dotnet === wanted) return [];
			// An older SDK cannot build a newer target; a newer SDK builds an older one, but a runtime must match.
			if (image.repo === 'sdk' && Number.parseFloat(image.dotnet) > Number.parseFloat(wanted)) return [];
			const tag = sameVariantTag(image, wanted);
			return [{
				range: stage.from.getImageRange() ?? stage.from.getRange(),
				message: `${image.repo}:${image.tag} is .NET ${image.dotnet}, but ${input.project!.file} targets ${input.project!.frameworks.join(';') || `net${wanted}`}: ${image.repo === 'sdk' ? 'this SDK cannot build it' : 'the app will not start on this runtime'}.`,
				fix: tag ? `Use ${image.repo}:${tag}.` : `Use a .NET ${wanted} ${image.repo} image.`,
				edits: tag ? tagEdit(stage, tag) : [],
			}];
		});
	},
};
