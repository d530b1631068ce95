import type {Rule, RuleHit} from '../finding.js';
import {dotnetCommands, finalDotnet, option} from '../stage-facts.js';

/** A glibc runtime identifier for an Alpine (musl) image, or a musl one for a glibc image. */
export const libc: Rule = {
	code: 'DIW014',
	severity: 'error',
	title: 'Runtime identifier for the wrong C library',
	fix: 'Alpine images use musl: linux-musl-x64 / linux-musl-arm64 (or -a with an Alpine SDK); other images use linux-x64 / linux-arm64.',
	check(input) {
		const final = finalDotnet(input.dockerfile);
		if (!final?.image.os || final.image.windows) return [];
		const musl = final.image.os === 'alpine';
		const hits: RuleHit[] = [];
		for (const stage of input.dockerfile.stages) {
			for (const command of dotnetCommands(stage)) {
				const rid = option(command.words, ['-r', '--runtime']);
				if (typeof rid !== 'string' || !rid.startsWith('linux-')) continue;
				if (rid.startsWith('linux-musl-') !== musl) hits.push({range: command.instruction.getRange(), message: `dotnet ${command.verb} -r ${rid} builds for ${musl ? 'glibc' : 'musl (Alpine)'}, but the final image ${final.image.repo}:${final.image.tag} uses ${musl ? 'musl' : 'glibc'}: native code fails to load.`, fix: `Use -r ${musl ? rid.replace('linux-', 'linux-musl-') : rid.replace('linux-musl-', 'linux-')}.`});
			}
		}
		const projectOs = input.project?.answers.os;
		if (projectOs === 'alpine' && !musl) hits.push({range: final.stage.from.getRange(), message: `${input.project!.file} names only musl runtime identifiers (Alpine), but ${final.image.repo}:${final.image.tag} uses glibc.`});
		return hits;
	},
};
