import {argTargetArchEdit, buildPlatformEdit, byBaseStage, isAot, onBuildPlatform, targetArchEdits} from '../build-platform.js';
import type {Rule} from '../finding.js';
import {buildStages, imageOf} from '../stage-facts.js';

/** A multi-platform build whose SDK stage runs under emulation for every foreign platform. */
export const emulatedBuild: Rule = {
	code: 'DIW008',
	severity: 'warning',
	title: 'Build stage under emulation',
	fix: 'Run the SDK on the build machine (FROM --platform=$BUILDPLATFORM) and publish for the target (-a $TARGETARCH).',
	check(input) {
		if (input.architectures.length < 2) return [];
		return byBaseStage(buildStages(input.dockerfile)).flatMap(group => {
			const [first] = group;
			if (!first || onBuildPlatform(first) || imageOf(first)?.repo !== 'sdk' || group.some(stage => isAot(stage, input.project?.answers.deploy))) return [];
			const base = first.parent ? group.find(stage => !stage.parent) ?? first : first;
			return [{
				range: (base.parent ? first : base).from.getRange(),
				message: `the image is built for ${input.architectures.join(', ')}, and the build stage has no --platform=$BUILDPLATFORM: restore and publish run under QEMU for each foreign platform (slow, and known to hang).`,
				edits: [...buildPlatformEdit(first), ...group.flatMap(stage => [...argTargetArchEdit(stage), ...targetArchEdits(stage)])],
			}];
		});
	},
};
