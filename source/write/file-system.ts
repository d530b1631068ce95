import {constants, type Stats} from 'node:fs';
import {link, lstat, mkdir, open, rename, stat, unlink} from 'node:fs/promises';

/**
 * The file operations a write makes, as one object: the real ones by default; tests and the
 * generated-input suite pass a stand-in that fails (ENOSPC, EFBIG, a failed rename) or stalls
 * at the call they choose, to check that the write leaves every target as it was.
 */
export type WriteFileSystem = {
	lstat(file: string): Promise<Stats>;
	stat(file: string): Promise<Stats>;
	/** Creates the folder and its parents; resolves with the first folder it created, if any. */
	mkdir(folder: string): Promise<string | undefined>;
	/**
	 * Creates `file`, which must not exist (O_EXCL, never through a link), writes `content` and
	 * flushes it to disk. `exact` sets the mode as given, past the umask (a copy of the replaced file's).
	 */
	create(file: string, content: string, options: {mode: number; exact: boolean; owner?: {uid: number; gid: number}}): Promise<void>;
	link(existing: string, file: string): Promise<void>;
	rename(from: string, to: string): Promise<void>;
	unlink(file: string): Promise<void>;
	/** Flushes a folder's entries (the renames) to disk; best effort. */
	syncFolder(folder: string): Promise<void>;
};

export const nodeFileSystem: WriteFileSystem = {
	lstat,
	stat,
	mkdir: async folder => mkdir(folder, {recursive: true}),
	async create(file, content, {mode, exact, owner}) {
		const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
		try {
			await handle.writeFile(content);
			if (exact) await handle.chmod(mode);
			// Only root can give a file away; for anyone else the file stays theirs.
			if (owner) await handle.chown(owner.uid, owner.gid).catch(() => undefined);
			await handle.sync();
		} finally {
			await handle.close();
		}
	},
	link,
	rename,
	unlink,
	async syncFolder(folder) {
		const handle = await open(folder, constants.O_RDONLY | constants.O_DIRECTORY).catch(() => undefined);
		if (!handle) return;
		await handle.sync().catch(() => undefined);
		await handle.close().catch(() => undefined);
	},
};
