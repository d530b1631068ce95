import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {continuation, previewRows} from '../preview-rows.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';

export type PreviewFile = {name: string; content: string};

/** One generated file at a time, long lines wrapped, scrolled within the terminal's height; tab shows the next. */
export function PreviewScreen({files, rows, width, onContinue}: {files: PreviewFile[]; rows: number; width: number; onContinue: () => void}) {
	const [index, setIndex] = useState(0);
	const [offset, setOffset] = useState(0);
	const file = files[index]!;
	// Inside the border and its padding.
	const lines = previewRows(file.content, width - 4);
	const height = Math.max(5, rows - 9);
	useInput((input, key) => {
		if (key.tab || input === 'n') {
			setIndex(current => (current + 1) % files.length);
			setOffset(0);
		}
		if (key.downArrow) setOffset(current => Math.min(current + 1, Math.max(0, lines.length - height)));
		if (key.upArrow) setOffset(current => Math.max(0, current - 1));
		if (key.return) onContinue();
	});
	return (
		<Box flexDirection="column">
			<Text>
				{files.map((candidate, position) => (
					<Text key={candidate.name} bold={position === index} color={position === index ? theme.accent : theme.muted}>{` ${candidate.name} `}</Text>
				))}
			</Text>
			<Box flexDirection="column" borderStyle="single" borderColor={theme.muted} paddingX={1} width={width}>
				{lines.slice(offset, offset + height).map((row, number) => (
					<Text key={`${offset + number}`} wrap="truncate-end">{row.continued ? <Text color={theme.muted}>{continuation}</Text> : null}{row.text || ' '}</Text>
				))}
				{lines.length > offset + height ? <Text dimColor>… {lines.length - offset - height} more rows (↓)</Text> : null}
			</Box>
			<KeyHelp keys={['tab next file', '↑↓ scroll', 'enter continue', 'esc back']} />
		</Box>
	);
}
