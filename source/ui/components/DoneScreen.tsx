import {Box, Text} from 'ink';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';

export type NextAction = {value: string; label: string; description?: string};

/** What was written, the command that builds it, and what can happen next. */
export function DoneScreen({written, buildCommand, actions, onAction}: {written: string[]; buildCommand: string; actions: NextAction[]; onAction: (value: string) => void}) {
	return (
		<Box flexDirection="column">
			<Text color={theme.good} bold>Done</Text>
			{written.map(file => <Text key={file}>  wrote {file}</Text>)}
			<Box marginTop={1} flexDirection="column">
				<Text bold>Build it with</Text>
				<Text wrap="wrap">  {buildCommand}</Text>
			</Box>
			<Box marginTop={1}><OptionList options={actions} onSelect={onAction} /></Box>
			<KeyHelp keys={['enter choose', 'ctrl-c quit']} />
		</Box>
	);
}
