// Writing generated files to disk: all of them or none, never through a link, never over a file
// without --force, and nothing left behind on a failure, a full disk or a signal.
import type {Stats} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {failureReason} from './failure-reasons.js';
import {nodeFileSystem, type WriteFileSystem} from './file-system.js';
import {recoverLeftovers} from './leftovers.js';
import {commitWrites, type PlannedWrite, type Previous} from './transaction.js';
import {WriteError} from './write-error.js';

export {WriteError} from './write-error.js';
export type {WriteFileSystem} from './file-system.js';

/** One file of a write, anywhere: a write may span several folders. */
export type FileToWrite = {path: string; content: string};

export type WriteOptions = {
	/** Replace existing files (and links, never what they point to). */
	force: boolean;
	/** The file operations to use; a stand-in that fails on purpose in tests. */
	fileSystem?: WriteFileSystem;
	/** Told, in one line each, what a killed earlier write had left in these folders and what became of it. */
	onNote?: (line: string) => void;
};

/** A path as write messages name it: relative to the current folder, unless that climbs more than one folder. */
function shown(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative === '' || relative.startsWith(`..${path.sep}..${path.sep}`) || path.isAbsolute(relative) ? file : relative;
}

function specialKind(info: Stats): string {
	if (info.isFIFO()) return 'a named pipe (FIFO)';
	if (info.isSocket()) return 'a socket';
	if (info.isBlockDevice() || info.isCharacterDevice()) return 'a device';
	return 'not a regular file';
}

/** What the target holds now, read without following a link at its last step: a dangling link counts as a file. */
async function previousAt(target: string, fs: WriteFileSystem): Promise<Previous | undefined> {
	let info: Stats;
	try {
		info = await fs.lstat(target);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		// A missing file, or a missing folder on the way (which the write creates), or a file on the way (which it reports).
		if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
		throw new WriteError(`cannot write ${shown(target)}: ${failureReason(error)}. Nothing was written.`, {cause: error});
	}
	if (info.isDirectory()) throw new WriteError(`${shown(target)} is a folder: nothing was written.`);
	if (info.isSymbolicLink()) {
		const pointed = await fs.stat(target).catch(() => undefined);
		if (pointed?.isDirectory()) throw new WriteError(`${shown(target)} is a link to a folder: nothing was written.`);
		return {kind: 'link'};
	}
	if (!info.isFile()) throw new WriteError(`${shown(target)} is ${specialKind(info)}, not a file: nothing was written.`);
	return {kind: 'file', mode: info.mode & 0o7777, owner: {uid: info.uid, gid: info.gid}};
}

/**
 * In a sticky folder (mode +t, like /tmp) only a file's owner, the folder's owner or root may
 * replace it: a file of another user there cannot be replaced, and trying would leave a second
 * name of it behind. Said before anything is written.
 */
async function checkReplaceable(target: string, previous: Previous | undefined, fs: WriteFileSystem): Promise<void> {
	const me = process.geteuid?.();
	if (!previous || me === undefined || me === 0) return;
	const [file, folder] = await Promise.all([fs.lstat(target), fs.stat(path.dirname(target))]).catch(() => []);
	if (!file || !folder || (folder.mode & 0o1000) === 0 || file.uid === me || folder.uid === me) return;
	throw new WriteError(`cannot replace ${shown(target)}: it belongs to another user (uid ${file.uid}) and its folder is sticky (mode +t), where only a file's owner or the folder's may replace it. Nothing was written.`);
}

/**
 * Writes every file or none, in one transaction across folders. Existing files (a link, even
 * a dangling one, counts) are refused unless `force`; then a link is replaced itself, never
 * written through. Resolves with the paths as given.
 */
export async function writeFileSet(files: FileToWrite[], options: WriteOptions): Promise<string[]> {
	const fs = options.fileSystem ?? nodeFileSystem;
	// What a SIGKILLed write left here is finished or cleared first, so what is found below is what the user sees.
	for (const line of await recoverLeftovers([...new Set(files.map(file => path.dirname(path.resolve(file.path))))], fs, shown)) options.onNote?.(line);
	const seen = new Set<string>();
	const plans: PlannedWrite[] = [];
	const taken: string[] = [];
	for (const file of files) {
		const target = path.resolve(file.path);
		if (seen.has(target)) throw new WriteError(`${shown(target)} is named twice in one write: nothing was written.`);
		seen.add(target);
		const previous = await previousAt(target, fs);
		if (previous) taken.push(previous.kind === 'link' ? `${shown(target)} (a symbolic link)` : shown(target));
		plans.push({target, content: file.content, ...(previous ? {previous} : {})});
	}
	if (taken.length > 0 && !options.force) {
		throw new WriteError(`${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''}: nothing was written. Pass --force to overwrite.`);
	}
	for (const plan of plans) await checkReplaceable(plan.target, plan.previous, fs);
	if (plans.length > 0) await commitWrites(plans, fs, shown);
	return files.map(file => file.path);
}

/** Writes `files` by name into one folder; see writeFileSet. */
export async function writeFiles(directory: string, files: Array<{name: string; content: string}>, options: WriteOptions): Promise<string[]> {
	return writeFileSet(files.map(file => ({path: path.join(directory, file.name), content: file.content})), options);
}
