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
export function stopOnBrokenOutput(stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): void {
	stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') stopNow(141);
		stopNow(1, () => `dotnet-image-wizard: cannot write the output: ${failureReason(error)}.`);
	});
	stderr.on('error', () => {});
}
