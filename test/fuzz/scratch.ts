// Throwaway folders under os.tmpdir() for generated runs, and snapshots of a folder tree to tell
// exactly what a run changed (content, mode, symlink target), down to left-over temp files.
import {createHash} from 'node:crypto';
import {chmod, cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {root} from '../cli-run.js';

export const sampleApi = path.join(root, 'examples', 'SampleApi');

/**
 * A scratch folder holding a repository (`repo/`, with a .git folder) with a copy of SampleApi at
 * `repo/<app>` (or nothing there), and a folder `outside/` next to the repository.
 */
export type Scratch = {folder: string; repository: string; app: string; outside: string};

export async function scratchRepository(app = 'SampleApi', copy = true): Promise<Scratch> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-fuzz-'));
	const repository = path.join(folder, 'repo');
	const appFolder = path.join(repository, app);
	const outside = path.join(folder, 'outside');
	await mkdir(path.join(repository, '.git'), {recursive: true});
	await mkdir(outside, {recursive: true});
	if (copy) await cp(sampleApi, appFolder, {recursive: true});
	else await mkdir(appFolder, {recursive: true});
	return {folder, repository, app: appFolder, outside};
}

/** Removes a scratch folder, read-only parts included. */
export async function removeScratch(folder: string): Promise<void> {
	const writable = async (current: string): Promise<void> => {
		const info = await lstat(current).catch(() => undefined);
		if (!info || info.isSymbolicLink()) return;
		if (info.isDirectory()) {
			await chmod(current, 0o755).catch(() => {});
			for (const entry of await readdir(current)) await writable(path.join(current, entry));
		}
	};
	await writable(folder);
	await rm(folder, {recursive: true, force: true});
}

export type Entry = {kind: 'file' | 'folder' | 'symlink' | 'other'; mode: number; digest?: string; target?: string};
export type Tree = Map<string, Entry>;

/** Every path under `folder` (relative, with /), with what it is, its mode and its content's digest. */
export async function snapshotTree(folder: string): Promise<Tree> {
	const tree: Tree = new Map();
	const walk = async (current: string): Promise<void> => {
		let entries: string[];
		try {
			entries = await readdir(current);
		} catch {
			return;
		}
		for (const name of entries) {
			const file = path.join(current, name);
			const relative = path.relative(folder, file).split(path.sep).join('/');
			const info = await lstat(file);
			const mode = info.mode & 0o7777;
			if (info.isSymbolicLink()) tree.set(relative, {kind: 'symlink', mode, target: await readlink(file)});
			else if (info.isDirectory()) {
				tree.set(relative, {kind: 'folder', mode});
				await walk(file);
			} else if (info.isFile()) tree.set(relative, {kind: 'file', mode, digest: createHash('sha256').update(await readFile(file)).digest('hex')});
			else tree.set(relative, {kind: 'other', mode});
		}
	};
	await walk(folder);
	return tree;
}

/** The paths whose entry differs between two snapshots (added, removed or changed). */
export function changedPaths(before: Tree, after: Tree): string[] {
	const paths = new Set([...before.keys(), ...after.keys()]);
	return [...paths].filter(file => JSON.stringify(before.get(file)) !== JSON.stringify(after.get(file))).sort();
}

/** Whether `file` is `folder` or inside it. */
export function isInside(file: string, folder: string): boolean {
	const relative = path.relative(folder, file);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
