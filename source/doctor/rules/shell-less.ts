import type {Rule, RuleHit} from '../finding.js';
import {imageOf} from '../stage-facts.js';

/** chiseled and distroless images have no /bin/sh: RUN and shell-form CMD/ENTRYPOINT fail. */
export const shellLess: Rule = {
	code: 'DIW011',
	severity: 'error',
	title: 'Shell command in a shell-less stage',
	fix: 'Do the work in the build stage (or pick an image with a shell), and write CMD/ENTRYPOINT in exec form: ["./app"].',
	check(input) {
		return input.dockerfile.stages.flatMap(stage => {
			const image = imageOf(stage);
			if (!image?.distroless) return [];
			const hits: RuleHit[] = [];
			for (const instruction of stage.instructions) {
				const keyword = instruction.getKeyword();
				if (keyword === 'RUN') {
					const heredoc = (instruction as unknown as {getHeredocs?(): unknown[]}).getHeredocs?.().length ?? 0;
					hits.push({range: instruction.getRange(), message: `RUN in a stage on ${image.repo}:${image.tag}, which has no shell${heredoc ? '' : ' (/bin/sh)'}: the build fails here.`});
				} else if ((keyword === 'CMD' || keyword === 'ENTRYPOINT') && (instruction as unknown as {getJSONStrings(): unknown[]}).getJSONStrings().length === 0 && instruction.getArguments().length > 0) {
					hits.push({range: instruction.getRange(), message: `shell-form ${keyword} on ${image.repo}:${image.tag}, which has no /bin/sh: the container cannot start.`, fix: `Write it in exec form: ${keyword} ${JSON.stringify(instruction.getArguments().map(argument => argument.getValue()))}.`});
				}
			}
			return hits;
		});
	},
};
