import {writeSync} from 'node:fs';
import process from 'node:process';
import {stopOnOutputError} from './broken-output.js';

/**
 * Writes to stdout. Until something has made process.stdout (Ink, a prompt, a terminal check), the
 * text goes straight to file descriptor 1: making the stream (a file, pipe or terminal behind it)
 * costs a scripted run more than its answer. A broken stdout ends the run as the stream's errors
 * do (see broken-output.ts).
 */
export function writeStdout(text: string): void {
	if (Object.getOwnPropertyDescriptor(process, 'stdout')?.get === undefined) process.stdout.write(text);
	else writeToDescriptor(1, text, rest => process.stdout.write(rest));
}

/**
 * Writes all of `text` to `descriptor`. A pipe that is full and was opened non-blocking (its
 * reader is slow) refuses the rest with EAGAIN: that goes to `rest` (the stream, which waits for
 * the reader). Any other error ends the run (stopOnOutputError).
 */
export function writeToDescriptor(descriptor: number, text: string, rest: (bytes: Buffer) => void): void {
	const bytes = Buffer.from(text);
	let written = 0;
	try {
		while (written < bytes.length) written += writeSync(descriptor, bytes, written);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') stopOnOutputError(error as NodeJS.ErrnoException);
		rest(bytes.subarray(written));
	}
}
