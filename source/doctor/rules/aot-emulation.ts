import {isAot, onBuildPlatform} from '../build-platform.js';
import type {Rule} from '../finding.js';
import {buildStages, imageOf} from '../stage-facts.js';

/** Native AOT compiled under QEMU: slow, and not supported by .NET. */
export const aotEmulation: Rule = {
	code: 'DIW009',
	severity: 'warning',
	title: 'Native AOT under emulation',
	fix: 'Build each platform on a machine of that architecture, or (.NET 10 and later) cross-compile with an Ubuntu -aot SDK on --platform=$BUILDPLATFORM and -a $TARGETARCH.',
	check(input) {
		if (input.architectures.length < 2) return [];
		return buildStages(input.dockerfile).flatMap(stage => {
			if (onBuildPlatform(stage) || imageOf(stage)?.repo !== 'sdk' || !isAot(stage, input.project?.answers.deploy)) return [];
			return [{range: stage.from.getRange(), message: `Native AOT is compiled here for ${input.architectures.join(', ')} with no --platform=$BUILDPLATFORM: every foreign platform runs the AOT compiler under QEMU, which .NET does not support and which is very slow.`}];
		});
	},
};
