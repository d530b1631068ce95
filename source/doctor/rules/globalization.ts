import type {Rule} from '../finding.js';
import {environment, finalDotnet, inherited} from '../stage-facts.js';

/** Installs ICU itself (apk add icu-libs, as the dotnet-docker globalization samples do) and turns invariant mode off. */
function installsIcu(stage: Parameters<typeof inherited>[0]): boolean {
	return inherited(stage).some(instruction => instruction.getKeyword() === 'RUN' && instruction.getArguments().some(argument => /^(?:icu-libs|libicu\S*)$/.test(argument.getValue())));
}

/** An invariant image for an app that needs ICU, and the reverse. */
export const globalization: Rule = {
	code: 'DIW013',
	severity: 'warning',
	title: 'Globalization does not match the image',
	fix: 'Use the -extra variant (ICU and time zone data) when the app needs cultures; the plain variant when it sets InvariantGlobalization.',
	check(input) {
		const final = finalDotnet(input.dockerfile);
		if (!final || !(final.image.distroless || final.image.os === 'alpine')) return [];
		const {stage, image} = final;
		const invariantEnv = environment(stage).get('DOTNET_SYSTEM_GLOBALIZATION_INVARIANT')?.value.toLowerCase();
		const invariantOff = invariantEnv === 'false' || invariantEnv === '0';
		// The image's ENV overrides the project's InvariantGlobalization at run time.
		const wanted = invariantOff ? 'icu' : input.project?.answers.globalization;
		if (!wanted || !input.project) return [];
		const range = stage.from.getImageRange() ?? stage.from.getRange();
		if (wanted === 'icu' && !image.extra && !(installsIcu(stage) && invariantOff)) {
			return [{range, message: `${input.project!.file} uses ICU (InvariantGlobalization is not true), but ${image.repo}:${image.tag} has no ICU and runs in invariant mode: cultures and time zones silently fall back.`, fix: `Use the -extra variant (${image.floatingTag}-extra${image.floatingTag.includes('-') ? '' : ' style'}), or set InvariantGlobalization=true in the project.`}];
		}
		if (wanted === 'invariant' && image.extra) {
			return [{range, severity: 'note', message: `${input.project!.file} sets InvariantGlobalization=true, yet ${image.repo}:${image.tag} ships ICU and time zone data it never loads.`, fix: `Use ${image.floatingTag.replace('-extra', '')} (smaller).`}];
		}
		return [];
	},
};
