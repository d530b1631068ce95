// A stand-in for the write's file operations (source/write/file-system.ts) that does the real
// thing, except at the calls chosen: there it fails with an errno code, or stalls forever (so
// a test can send a signal while a write is half done). It also counts the calls it saw.
import {writeFile} from 'node:fs/promises';
import {nodeFileSystem, type WriteFileSystem} from '../../source/write/file-system.js';

export type Operation = 'mkdir' | 'create' | 'link' | 'rename' | 'unlink';

export type Fault = {
	operation: Operation;
	/** Which call of that operation, from 1. */
	nth: number;
	/** The errno code to fail with (ENOSPC, EFBIG, EISDIR, EPERM …), or 'stall' to never return. */
	code: string | 'stall';
	/** Called when the stall begins: the write is half done and waiting. */
	onStall?: () => void;
};

export type FaultyFileSystem = WriteFileSystem & {calls: Record<Operation, number>};

export function errno(code: string, operation: string, file: string): NodeJS.ErrnoException {
	return Object.assign(new Error(`${code}: ${operation} failed, '${file}'`), {code, syscall: operation, path: file});
}

/** The real file operations, failing (or stalling) at each of `faults`; none when none are given. */
export function faultyFileSystem(...faults: Fault[]): FaultyFileSystem {
	const calls: Record<Operation, number> = {mkdir: 0, create: 0, link: 0, rename: 0, unlink: 0};
	let fault: Fault | undefined;
	const hit = (operation: Operation) => {
		calls[operation]++;
		fault = faults.find(each => each.operation === operation && each.nth === calls[operation]);
		return fault !== undefined;
	};
	const failure = async (file: string): Promise<never> => {
		if (fault!.code !== 'stall') throw errno(fault!.code, fault!.operation, file);
		fault!.onStall?.();
		return new Promise<never>(() => {});
	};
	return {
		...nodeFileSystem,
		calls,
		async mkdir(folder) {
			return hit('mkdir') ? failure(folder) : nodeFileSystem.mkdir(folder);
		},
		async create(file, content, options) {
			if (!hit('create')) return nodeFileSystem.create(file, content, options);
			// A full disk fails partway: half the file is on disk, as a real short write leaves it.
			if (fault!.code !== 'stall') await writeFile(file, content.slice(0, Math.floor(content.length / 2)), {flag: 'wx'});
			return failure(file);
		},
		async link(existing, file) {
			return hit('link') ? failure(file) : nodeFileSystem.link(existing, file);
		},
		async rename(from, to) {
			return hit('rename') ? failure(to) : nodeFileSystem.rename(from, to);
		},
		async unlink(file) {
			return hit('unlink') ? failure(file) : nodeFileSystem.unlink(file);
		},
	};
}
