import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {ScrolledText} from './ScrolledText.js';

export type PreviewFile = {name: string; content: string};

/** One generated file at a time, long lines wrapped, scrolled within the terminal's height; tab shows the next. */
export function PreviewScreen({files, rows, width, onContinue}: {files: PreviewFile[]; rows: number; width: number; onContinue: () => void}) {
	const [index, setIndex] = useState(0);
	const file = files[index]!;
	useInput((input, key) => {
		if (key.tab || input === 'n') setIndex(current => (current + 1) % files.length);
		if (key.return) onContinue();
	});
	return (
		<Box flexDirection="column">
			<Text>
				{files.map((candidate, position) => (
					<Text key={candidate.name} bold={position === index} color={position === index ? theme.accent : theme.muted}>{` ${candidate.name} `}</Text>
				))}
			</Text>
			{/* A new file starts at its top. */}
			<ScrolledText key={file.name} content={file.content} width={width} height={Math.max(5, rows - 9)} />
			<KeyHelp keys={['tab next file', '↑↓ scroll', 'enter continue', 'esc back']} />
		</Box>
	);
}
