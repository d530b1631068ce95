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
 * Erases the `rows` rows above the cursor, one at a time, and leaves the cursor on the first of
 * them (erasing "to the end of the screen" from its top left would push the screen into tmux's
 * history, where each redraw would leave a copy).
 */
const eraseUp = (rows: number) => (rows > 0 ? `\u001B[${rows}A${'\u001B[2K\u001B[1B'.repeat(rows)}\u001B[${rows}A\r` : '');

/**
 * Draws again what stays above the live screen (`above`, the record of answers), then the live
 * screen itself. With no argument the whole screen is erased first: so it is once a resize has
 * settled, since a terminal reflows the old frame's rows at its new width and erasing the rows the
 * old frame had does not follow that reflow (fragments of it stayed). With the rows the record
 * took, only those are drawn again (it lost a line on going back: a printed line stays until then).
 */
export function useRedraw(above: () => string): (previousRows?: number) => void {
	const {stdout, write} = useStdout();
	const latest = useRef(above);
	latest.current = above;
	// Ink's write erases its frame, writes this, then draws the live screen again below it.
	// Only a terminal is redrawn in place; a pipe or a test's stream gets frames one after another.
	const redraw = useRef((previousRows?: number) => {
		if (!stdout.isTTY) return;
		const text = latest.current();
		write(`${previousRows === undefined ? clearScreen : eraseUp(previousRows)}${text ? `${text}\n` : ''}`);
	});
	useEffect(() => {
		let timer: NodeJS.Timeout | undefined;
		const resized = () => {
			clearTimeout(timer);
			timer = setTimeout(() => redraw.current(), settleMs);
		};
		stdout.on('resize', resized);
		return () => {
			clearTimeout(timer);
			stdout.off('resize', resized);
		};
	}, [stdout]);
	return redraw.current;
}
