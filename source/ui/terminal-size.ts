import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

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
