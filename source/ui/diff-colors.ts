import {theme} from './theme.js';

/** A diff line's colour: green for an added line, red for a removed one (none under NO_COLOR, nor for the ---/+++ file names). */
export function diffLineColor(line: string): string | undefined {
	if (line.startsWith('+') && !line.startsWith('+++')) return theme.good;
	if (line.startsWith('-') && !line.startsWith('---')) return theme.bad;
	return undefined;
}
