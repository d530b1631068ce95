import {Text} from 'ink';
import {textRows} from '../text-rows.js';

export type Line = {text: string; color?: string | undefined; bold?: boolean; dim?: boolean};

/** Lines wrapped to `width` by the same rule the screen budgets with, continuations indented under the first row. */
export function rowCount(lines: Line[], width: number, indent: string): number {
	return lines.reduce((sum, line) => sum + textRows(line.text, width, indent).length, 0);
}

export function Rows({lines, width, indent = '    '}: {lines: Line[]; width: number; indent?: string}) {
	return (
		<>
			{lines.flatMap((line, index) => textRows(line.text, width, indent).map((row, part) => (
				<Text key={`${index}-${part}`} color={line.color} bold={line.bold} dimColor={line.dim} wrap="truncate-end">{row.continued ? indent : ''}{row.text || ' '}</Text>
			)))}
		</>
	);
}
