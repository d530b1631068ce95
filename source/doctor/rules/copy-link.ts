import type {Rule, RuleHit} from '../finding.js';

/** COPY --link for an engine version that refuses the flag (the engine's own dialect says). */
export const copyLink: Rule = {
	code: 'DIW020',
	severity: 'error',
	title: 'COPY --link refused by the engine',
	fix: 'Drop --link (it only speeds up BuildKit rebuilds), or upgrade the engine (buildah 1.41, podman 5.6).',
	check(input) {
		const {engine} = input;
		if (!engine || engine.copyLink) return [];
		const hits: RuleHit[] = [];
		for (const stage of input.dockerfile.stages) {
			for (const instruction of stage.instructions) {
				if (instruction.getKeyword() !== 'COPY' && instruction.getKeyword() !== 'ADD') continue;
				const flags = (instruction as unknown as {getFlags(): Array<{getName(): string; getRange(): {start: {line: number; character: number}; end: {line: number; character: number}}}>}).getFlags();
				const link = flags.find(flag => flag.getName() === 'link');
				if (!link) continue;
				const range = link.getRange();
				hits.push({range: instruction.getRange(), message: `COPY --link: ${engine.name} ${engine.version} refuses the flag, so the build stops here.`, edits: [{range: {start: range.start, end: {line: range.end.line, character: range.end.character + 1}}, text: ''}]});
			}
		}
		return hits;
	},
};
