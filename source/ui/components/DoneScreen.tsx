import {Box, Text} from 'ink';
import {commandRows} from '../command-rows.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';

export type NextAction = {value: string; label: string; description?: string};

/** What was written, the command that builds it (the one "Build now" runs), and what can happen next. */
export function DoneScreen({written, buildCommand, width, note, actions, onAction}: {written: string[]; buildCommand: string; width: number; note?: string; actions: NextAction[]; onAction: (value: string) => void}) {
	return (
		<Box flexDirection="column">
			<Text color={theme.good} bold>Done</Text>
			{written.map(file => <Text key={file} wrap="wrap">  wrote {file}</Text>)}
			<Box marginTop={1} flexDirection="column">
				<Text bold>Build it with</Text>
				{/* Broken between words with a trailing backslash, so a copied command keeps every word. */}
				{commandRows(buildCommand, width - 2).map(row => <Text key={row} wrap="truncate-end">  {row}</Text>)}
				{note ? <Text dimColor wrap="wrap">  {note}</Text> : null}
			</Box>
			<Box marginTop={1}><OptionList options={actions} onSelect={onAction} /></Box>
			<KeyHelp keys={['enter choose', '? help', 'q quit']} />
		</Box>
	);
}
