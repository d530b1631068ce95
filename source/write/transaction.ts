import {lstatSync, renameSync, rmdirSync, unlinkSync} from 'node:fs';
import path from 'node:path';
import {onStop} from '../session/cancellation.js';
import {failureReason} from './failure-reasons.js';
import type {WriteFileSystem} from './file-system.js';
import {renamingMarker, transactionId, transactionSibling} from './leftovers.js';
import {WriteError} from './write-error.js';

/** What a target holds before the write: a regular file (its mode and owner are kept), or a link, which is replaced and never written through. */
export type Previous = {kind: 'file'; mode: number; owner: {uid: number; gid: number}} | {kind: 'link'};

export type PlannedWrite = {target: string; content: string; previous?: Previous};

type Entry = PlannedWrite & {
	temporary: string;
	/** The previous file, kept under a second name until every rename is done. */
	backup?: string;
	/** The previous file was renamed aside (the file system has no hard links), so the target is briefly missing. */
	backupMoved?: boolean;
	stage: 'creating' | 'created' | 'renaming' | 'renamed';
};

/** A failed step, with the file (or folder) to name in the message. */
class StepFailure extends Error {
	constructor(readonly file: string, readonly into: boolean, override readonly cause: unknown) {
		super(failureReason(cause));
	}
}

async function step<T>(file: string, work: Promise<T>, into = false): Promise<T> {
	try {
		return await work;
	} catch (error) {
		throw new StepFailure(file, into, error);
	}
}

// A hard link keeps the previous file in place while the new one is renamed over it; where there
// are none, the previous file is renamed aside instead.
const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS']);

function present(file: string): boolean {
	try {
		lstatSync(file);
		return true;
	} catch {
		return false;
	}
}

function removeQuietly(file: string): void {
	try {
		unlinkSync(file);
	} catch {}
}

/** Removes a file; true when it is gone (or never was). */
function removed(file: string): boolean {
	try {
		unlinkSync(file);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT';
	}
}

/**
 * Puts every target back as it was, synchronously (it also runs from a signal and on exit):
 * renamed files get their previous file back (the same inode: content, mode, owner), new files
 * go, temporary files go, folders made for the write go. Returns what could not be restored.
 */
function rollBack(entries: Entry[], madeFolders: string[], markers: string[], shown: (file: string) => string): string[] {
	const lost: string[] = [];
	for (const entry of [...entries].reverse()) {
		const renamed = entry.stage === 'renamed' || (entry.stage === 'renaming' && !present(entry.temporary));
		if (!renamed) removeQuietly(entry.temporary);
		if (entry.backup === undefined) {
			if (renamed) removeQuietly(entry.target);
		} else if (renamed || entry.backupMoved) {
			if (present(entry.backup)) {
				try {
					renameSync(entry.backup, entry.target);
				} catch {
					lost.push(`${shown(entry.target)} could not be put back: its previous content is in ${shown(entry.backup)}`);
				}
			}
		} else if (!removed(entry.backup)) {
			lost.push(`${shown(entry.target)} is as it was, but a second name of it, ${shown(entry.backup)}, could not be removed`);
		}
	}
	for (const marker of markers) removeQuietly(marker);
	for (const folder of madeFolders) {
		try {
			rmdirSync(folder);
		} catch {}
	}
	return lost;
}

/** The folders from `folder` up that do not exist yet, deepest first. */
async function missingFolders(folder: string, fs: WriteFileSystem): Promise<string[]> {
	const missing: string[] = [];
	for (let current = folder; ; current = path.dirname(current)) {
		const exists = await fs.stat(current).then(() => true, () => false);
		if (exists || path.dirname(current) === current) return missing;
		missing.push(current);
	}
}

/**
 * Writes every planned file or none, across any number of folders: each goes to a temporary
 * sibling (O_EXCL, flushed), then each previous file is kept aside and the temporary renamed
 * over it; only when every rename is done are the kept files dropped. Any failure, a signal or
 * an exit in between puts every target back as it was and leaves no temporary file.
 */
export async function commitWrites(plans: PlannedWrite[], fs: WriteFileSystem, shown: (file: string) => string): Promise<void> {
	const entries: Entry[] = [];
	const madeFolders: string[] = [];
	// Every file of this write carries its name, so a run after a SIGKILL can tell them apart (leftovers.ts).
	const id = transactionId();
	const folders = [...new Set(plans.map(plan => path.dirname(plan.target)))];
	const markers: string[] = [];
	let done = false;
	const drop = onStop(() => {
		if (done) {
			for (const entry of entries) if (entry.backup) removeQuietly(entry.backup);
			for (const marker of markers) removeQuietly(marker);
			return;
		}
		const lost = rollBack(entries, madeFolders, markers, shown);
		return lost.length > 0 ? lost.join('; ') : 'nothing was written';
	});
	try {
		for (const folder of folders) {
			const missing = await step(folder, missingFolders(folder, fs), true);
			madeFolders.push(...missing);
			if (missing.length > 0) await step(folder, fs.mkdir(folder), true);
		}
		for (const plan of plans) {
			const entry: Entry = {...plan, temporary: transactionSibling(plan.target, id, 'tmp'), stage: 'creating'};
			entries.push(entry);
			const mode = plan.previous?.kind === 'file' ? plan.previous.mode : 0o644;
			const owner = plan.previous?.kind === 'file' ? {owner: plan.previous.owner} : {};
			try {
				await fs.create(entry.temporary, plan.content, {mode, exact: plan.previous?.kind === 'file', ...owner});
			} catch (error) {
				// Someone else's file under that name: not ours to remove.
				if ((error as NodeJS.ErrnoException).code === 'EEXIST') entries.pop();
				throw new StepFailure(plan.target, false, error);
			}
			entry.stage = 'created';
		}
		// Every temporary file is complete and flushed: from here a killed write is finished by the next one.
		for (const folder of folders) {
			const marker = renamingMarker(folder, id);
			markers.push(marker);
			await step(folder, fs.create(marker, '', {mode: 0o600, exact: false}), true);
		}
		for (const entry of entries) {
			if (entry.previous) {
				const backup = transactionSibling(entry.target, id, 'old');
				entry.backup = backup;
				try {
					await fs.link(entry.target, backup);
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code ?? '';
					if (!noHardLinks.has(code)) {
						if (code === 'EEXIST') delete entry.backup;
						throw new StepFailure(entry.target, false, error);
					}
					entry.backupMoved = true;
					await step(entry.target, fs.rename(entry.target, backup));
				}
			}
			entry.stage = 'renaming';
			await step(entry.target, fs.rename(entry.temporary, entry.target));
			entry.stage = 'renamed';
		}
		done = true;
	} catch (error) {
		const lost = rollBack(entries, madeFolders, markers, shown);
		drop();
		if (!(error instanceof StepFailure)) throw error;
		const what = error.into ? `cannot write into ${shown(error.file)}` : `cannot write ${shown(error.file)}`;
		throw new WriteError(`${what}: ${error.message}. ${lost.length > 0 ? `Every other file is as it was, but ${lost.join('; ')}.` : 'Nothing was written.'}`, {cause: error.cause});
	}
	for (const entry of entries) if (entry.backup) await fs.unlink(entry.backup).catch(() => removeQuietly(entry.backup!));
	for (const marker of markers) await fs.unlink(marker).catch(() => removeQuietly(marker));
	drop();
	await Promise.all([...new Set(entries.map(entry => path.dirname(entry.target)))].map(async folder => fs.syncFolder(folder)));
}
