import {Box, Text} from 'ink';
import {theme} from '../theme.js';

const keys: Array<[string, string]> = [
	['↑ ↓', 'move between options'],
	['enter', 'choose, or go on'],
	['space', 'tick or untick (architectures, files)'],
	['esc ←', 'back one screen; later answers are kept'],
	['1-8', 'on the summary: change that answer'],
	['d', 'on the summary: the recommendation in full'],
	['tab', 'in the preview: the next file'],
	['?', 'show or hide this help'],
	['q', 'quit (nothing is written before you confirm)'],
	['ctrl-c', 'quit at once; a running build is stopped'],
];

/** Every key of the session, in a panel of fixed width. */
export function HelpPanel() {
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.muted} paddingX={1} width={60}>
			<Text bold>Keys</Text>
			{keys.map(([key, what]) => <Text key={key}><Text bold>{key.padEnd(8)}</Text>{what}</Text>)}
			<Text dimColor>? or esc closes this help</Text>
		</Box>
	);
}
