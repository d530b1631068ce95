import {useStdout} from 'ink';
import {useEffect, useRef, useState} from 'react';

export type TerminalSize = {columns: number; rows: number};

/** The terminal's size, re-rendering the screen as soon as the terminal is resized (not at the next key). */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const read = (): TerminalSize => ({columns: stdout.columns ?? 80, rows: stdout.rows ?? 24});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const resized = () => setSize(read());
		stdout.on('resize', resized);
		return () => {
			stdout.off('resize', resized);
		};
	}, [stdout]);
	return size;
}

/** Erases the visible screen and puts the cursor at its top left. */
export const clearScreen = '\u001B[2J\u001B[H';

/** How long a resize must have stopped (a window dragged sends many) before the screen is drawn whole. */
const settleMs = 120;

/**
 * Once a resize has settled and the screen was drawn at the new size, erases the whole screen and
 * draws it again from the top: what stays above the live screen (`above`, the record of answers),
 * then the live screen itself. A terminal reflows the old frame's rows at its new width, and
 * erasing the rows the old frame had does not follow that reflow: fragments of it stayed.
 */
export function useRedrawOnResize(above: () => string): void {
	const {stdout, write} = useStdout();
	const latest = useRef(above);
	latest.current = above;
	useEffect(() => {
		// Only a terminal is redrawn in place; a pipe or a test's stream gets frames one after another.
		if (!stdout.isTTY) return;
		let timer: NodeJS.Timeout | undefined;
		const resized = () => {
			clearTimeout(timer);
			// Ink's write erases its frame, writes this, then draws the live screen again below it.
			timer = setTimeout(() => {
				const text = latest.current();
				write(`${clearScreen}${text ? `${text}\n` : ''}`);
			}, settleMs);
		};
		stdout.on('resize', resized);
		return () => {
			clearTimeout(timer);
			stdout.off('resize', resized);
		};
	}, [stdout]);
}
