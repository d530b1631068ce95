// Before Ink loads anywhere: NO_COLOR turns its colours off as it loads.
import './no-color.js';
import process from 'node:process';

/** Whether the session runs line by line: asked for, or a terminal that cannot redraw (TERM=dumb). */
export function wantsPlain(flags: {plain?: string | boolean}, environment: NodeJS.ProcessEnv = process.env): boolean {
	return Boolean(flags.plain) || environment.TERM === 'dumb';
}

const lines = ['dotnet-image-wizard', '', '⠋ looking for the .NET project…'];

/**
 * The wizard's first frame, written before Ink and React have loaded (they take a while to
 * parse on a slow machine): the header and what is being done. Returns the function that takes
 * it away just before Ink draws the same frame in its place.
 */
export function drawFirstFrame(flags: {plain?: string | boolean}, stdout: NodeJS.WriteStream = process.stdout): () => void {
	if (!stdout.isTTY || wantsPlain(flags)) return () => {};
	stdout.write(`${lines.join('\n')}\n`);
	let erased = false;
	return () => {
		if (erased) return;
		erased = true;
		// Up to the frame's first row, then clear to the end of the screen.
		stdout.write(`\u001B[${lines.length}A\r\u001B[J`);
	};
}
