import type {Rule} from '../finding.js';
import {buildStages, copiedFrom, dotnetCommands} from '../stage-facts.js';

/** COPY of the whole context before restore: every source change re-downloads the packages. */
export const restoreLayer: Rule = {
	code: 'DIW018',
	severity: 'warning',
	title: 'Restore layer invalidated by every change',
	fix: 'COPY the project files (*.csproj, Directory.*.props, NuGet.config) first, RUN dotnet restore, then COPY the rest.',
	check(input) {
		return buildStages(input.dockerfile).flatMap(stage => {
			const restore = dotnetCommands(stage).find(command => command.verb === 'restore');
			if (!restore) return [];
			const before = stage.instructions.slice(0, stage.instructions.indexOf(restore.instruction));
			const whole = before.find(instruction => (instruction.getKeyword() === 'COPY' || instruction.getKeyword() === 'ADD') && copiedFrom(instruction) === undefined && wholeContext(instruction.getArguments().map(argument => argument.getValue())));
			return whole ? [{range: whole.getRange(), message: 'the whole build context is copied before dotnet restore: any source change invalidates the restore layer, so every build downloads all packages again.'}] : [];
		});
	},
};

/** COPY . . / COPY . /src / COPY ["." ,"."]: the sources are the whole context. */
function wholeContext(words: string[]): boolean {
	const plain = words.filter(word => !word.startsWith('--')).map(word => word.replaceAll(/[[\]",]/g, '')).filter(Boolean);
	return plain.slice(0, -1).some(source => source === '.' || source === './' || source === '*');
}
