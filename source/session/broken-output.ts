import process from 'node:process';
import {failureReason} from '../write/failure-reasons.js';
import {stopNow} from './cancellation.js';

/**
 * What happens when stdout breaks: a reader that went away (EPIPE, `| head`) ends the run
 * quietly with 141, the status a shell reports for git or cat stopped by SIGPIPE; any other
 * write error (ENOSPC from `> /dev/full`, EIO from a terminal gone) ends it with one line on
 * stderr and exit 1, like coreutils' "write error". A broken stderr is passed over: there is
 * nowhere left to say anything. Either way the cleanups run (see cancellation.ts).
 */
export function stopOnBrokenOutput(stdout?: NodeJS.WriteStream, stderr?: NodeJS.WriteStream): void {
	const onStdout = (stream: NodeJS.WriteStream) => stream.on('error', stopOnOutputError);
	const onStderr = (stream: NodeJS.WriteStream) => stream.on('error', () => {});
	if (stdout) onStdout(stdout);
	else onFirstUse('stdout', onStdout);
	if (stderr) onStderr(stderr);
	else onFirstUse('stderr', onStderr);
}

/** Ends the run for a write to stdout that failed, as above. */
export function stopOnOutputError(error: NodeJS.ErrnoException): never {
	if (error.code === 'EPIPE') stopNow(141);
	stopNow(1, () => `dotnet-image-wizard: cannot write the output: ${failureReason(error)}.`);
}

/**
 * Runs `install` on process.stdout or process.stderr when something first uses it: Node makes
 * each stream on first use (a few milliseconds: a pipe, a terminal or a file behind it), and a
 * scripted run that says nothing on stderr need not pay for it.
 */
function onFirstUse(name: 'stdout' | 'stderr', install: (stream: NodeJS.WriteStream) => void): void {
	const made = Object.getOwnPropertyDescriptor(process, name);
	if (!made?.get || !made.configurable) {
		install(process[name]);
		return;
	}
	Object.defineProperty(process, name, {
		configurable: true,
		enumerable: made.enumerable ?? true,
		get() {
			const stream = made.get!.call(process) as NodeJS.WriteStream;
			Object.defineProperty(process, name, {configurable: true, enumerable: made.enumerable ?? true, value: stream, writable: true});
			install(stream);
			return stream;
		},
	});
}
