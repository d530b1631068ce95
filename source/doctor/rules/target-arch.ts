import {argTargetArchEdit, commandsWithoutRid, onBuildPlatform, targetArchEdits} from '../build-platform.js';
import type {Rule, RuleHit} from '../finding.js';
import {buildStages, declaresArg, shippedStages, stageUses} from '../stage-facts.js';

/** --platform=$BUILDPLATFORM without -a $TARGETARCH publishes for the build machine; $TARGETARCH without ARG is empty. */
export const targetArch: Rule = {
	code: 'DIW010',
	severity: 'error',
	title: 'Target architecture not passed to dotnet',
	fix: 'Declare ARG TARGETARCH in the stage and pass -a $TARGETARCH to restore and publish.',
	check(input) {
		// Only what ships: a test stage that builds for the build machine is fine.
		const shipped = shippedStages(input.dockerfile);
		return buildStages(input.dockerfile).filter(stage => shipped.has(stage)).flatMap(stage => {
			const hits: RuleHit[] = [];
			if (!onBuildPlatform(stage)) return hits;
			const missing = commandsWithoutRid(stage);
			if (missing.length > 0) {
				hits.push({range: missing[0]!.instruction.getRange(), message: `the stage runs on $BUILDPLATFORM but dotnet ${missing.map(command => command.verb).join(' and ')} name${missing.length === 1 ? 's' : ''} no target (-a/-r): the app is published for the build machine's architecture, whatever platform the image is for.`, edits: [...targetArchEdits(stage), ...argTargetArchEdit(stage)]});
			} else if (stageUses(stage, 'TARGETARCH') && !declaresArg(stage, 'TARGETARCH')) {
				hits.push({range: stage.from.getRange(), message: '$TARGETARCH is used but the stage declares no ARG TARGETARCH: it is empty (BuildKit and podman set it only for a declared ARG).', edits: argTargetArchEdit(stage)});
			}
			return hits;
		});
	},
};
