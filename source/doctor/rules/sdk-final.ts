import type {Rule} from '../finding.js';
import {finalDotnet} from '../stage-facts.js';

/** The SDK image shipped as the app's image. */
export const sdkFinal: Rule = {
	code: 'DIW007',
	severity: 'error',
	title: 'SDK in the final stage',
	fix: 'Publish in an sdk stage and copy the output into an aspnet, runtime or runtime-deps stage.',
	check(input) {
		const final = finalDotnet(input.dockerfile);
		if (!final || final.image.repo !== 'sdk') return [];
		return [{range: final.stage.from.getRange(), message: `the final stage runs on the SDK image (${final.image.tag || 'latest'}): several hundred MB more, with compilers and tools an attacker can use, in production.`}];
	},
};
