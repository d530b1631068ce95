import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {continuation, textRows} from '../text-rows.js';
import {theme} from '../theme.js';

/**
 * Text in a bordered box, long lines wrapped, scrolled with ↑↓ (a row) and page up/down within
 * `height` rows; `colorOf` colours a line (each of its rows) by its text, as a diff's + and -.
 */
export function ScrolledText({content, width, height, colorOf}: {content: string; width: number; height: number; colorOf?: (line: string) => string | undefined}) {
	const [offset, setOffset] = useState(0);
	// Inside the border and its padding; a row that continues a line has that line's colour.
	let color: string | undefined;
	const rows = textRows(content, width - 4).map(row => {
		if (!row.continued) color = colorOf?.(row.text);
		return {...row, color};
	});
	const last = Math.max(0, rows.length - height);
	useInput((_input, key) => {
		const step = key.pageDown || key.pageUp ? height : 1;
		if (key.downArrow || key.pageDown) setOffset(current => Math.min(current + step, last));
		if (key.upArrow || key.pageUp) setOffset(current => Math.max(0, current - step));
	});
	return (
		<Box flexDirection="column" borderStyle="single" borderColor={theme.muted} paddingX={1} width={width}>
			{rows.slice(offset, offset + height).map((row, number) => (
				<Text key={`${offset + number}`} wrap="truncate-end">{row.continued ? <Text color={theme.muted}>{continuation}</Text> : null}<Text color={row.color}>{row.text || ' '}</Text></Text>
			))}
			{rows.length > offset + height ? <Text dimColor>… {rows.length - offset - height} more rows (↓)</Text> : null}
		</Box>
	);
}
