import {rmSync} from 'node:fs';
import {mkdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {PreflightError} from '../runner/preflight-error.js';
import {failureReason} from '../write/failure-reasons.js';
import {onStop} from './cancellation.js';

/**
 * A private folder in $TMPDIR that goes away with `remove`, and also when the run is stopped
 * by a signal or ends early: its cleanup is registered before the folder exists, so no moment
 * leaves it behind.
 */
export async function temporaryFolder(prefix = 'dotnet-image-wizard-'): Promise<{folder: string; remove: () => Promise<void>; keep: () => void}> {
	const {randomBytes} = await import('node:crypto');
	const folder = path.join(os.tmpdir(), `${prefix}${randomBytes(6).toString('hex')}`);
	const drop = onStop(() => {
		rmSync(folder, {recursive: true, force: true});
	});
	try {
		// Like mkdtemp: a new name or a failure, never someone else's folder.
		await mkdir(folder, {mode: 0o700});
	} catch (error) {
		drop();
		// One line that names the folder and the variable to fix, never a raw "ENOENT … mkdir".
		const parent = os.tmpdir();
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'it does not exist' : failureReason(error);
		throw new PreflightError(`cannot make a temporary folder in ${parent} (${process.env['TMPDIR'] ? '$TMPDIR' : 'the system\'s temporary folder'}): ${why}. Point TMPDIR at a folder that exists and can be written.`, {cause: error});
	}
	return {
		folder,
		async remove() {
			await rm(folder, {recursive: true, force: true});
			drop();
		},
		/** Leaves the folder in place for the person (a dry run's Dockerfile, which the printed command builds). */
		keep: drop,
	};
}
