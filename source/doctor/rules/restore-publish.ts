import type {Stage} from '../../dockerfile/dockerfile.js';
import type {Rule, RuleHit} from '../finding.js';
import {buildStages, dotnetCommands, option, ridWords, type DotnetCommand} from '../stage-facts.js';

const configuration = (command: DotnetCommand) => {
	const value = option(command.words, ['-c', '--configuration']);
	return typeof value === 'string' ? value : undefined;
};

/** publish --no-restore after a restore for another runtime; publish --no-build after a build of another configuration. */
export const restorePublish: Rule = {
	code: 'DIW019',
	severity: 'error',
	title: 'Restore and publish disagree',
	fix: 'Give restore the runtime identifier options publish uses (-a/-r), and build and publish the same configuration.',
	check(input) {
		return buildStages(input.dockerfile).flatMap(stage => {
			// What ran before, in this stage and the stages it is built on (not in sibling stages).
			const chain: Stage[] = [];
			for (let current: Stage | undefined = stage; current; current = current.parent) chain.unshift(current);
			const commands = chain.flatMap(member => dotnetCommands(member));
			const hits: RuleHit[] = [];
			for (const [index, command] of commands.entries()) {
				if (command.verb !== 'publish' || !stage.instructions.includes(command.instruction)) continue;
				const earlier = commands.slice(0, index);
				const restore = earlier.filter(candidate => candidate.verb === 'restore').at(-1);
				if (restore && command.words.includes('--no-restore')) {
					const published = ridWords(command.words);
					const restored = ridWords(restore.words);
					if (published.join(' ') !== restored.join(' ')) {
						const missing = published.filter(word => !restored.includes(word));
						hits.push({
							range: command.instruction.getRange(),
							message: `dotnet publish --no-restore ${published.length ? `for ${published.join(' ')}` : 'with no runtime identifier'}, but restore ran ${restored.length ? `for ${restored.join(' ')}` : 'with none'}: publish fails with NETSDK1047 (no target for that runtime in the assets file).`,
							edits: restored.length === 0 && missing.length > 0 ? [{range: {start: restore.end, end: restore.end}, text: ` ${missing.join(' ')}`}] : [],
						});
					}
				}
				const build = earlier.filter(candidate => candidate.verb === 'build').at(-1);
				if (build && command.words.includes('--no-build')) {
					const built = configuration(build) ?? 'Debug';
					const publishing = configuration(command) ?? 'Release';
					if (built !== publishing) hits.push({range: command.instruction.getRange(), message: `dotnet publish --no-build publishes ${publishing}, but dotnet build built ${built}: publish finds no ${publishing} output.`, fix: `Pass the same -c to both (-c ${publishing} on dotnet build).`});
				}
			}
			return hits;
		});
	},
};
