// Generated states of the files a write replaces: missing, regular files of any mode, links
// (also dangling ones, and links to folders), folders in the way; and the check that a write
// left either every target new or every target exactly as it was, with no temp file beside them.
import {chmod, lstat, mkdir, readdir, readFile, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import fc from 'fast-check';
import {expect} from 'vitest';
import {removeScratch, scratchRepository, snapshotTree, type Scratch, type Tree} from './scratch.js';

export type TargetState =
	| {kind: 'missing'}
	| {kind: 'file'; content: string; mode: number}
	| {kind: 'link'; content: string}
	| {kind: 'dangling link'}
	| {kind: 'folder'}
	| {kind: 'link to folder'};

export const targetNames = ['Dockerfile', '.dockerignore', 'zerops.yml', 'container.props'] as const;

export const targetState: fc.Arbitrary<TargetState> = fc.oneof(
	{weight: 3, arbitrary: fc.constant({kind: 'missing'} as const)},
	{weight: 3, arbitrary: fc.record({kind: fc.constant('file' as const), content: fc.string({maxLength: 40}), mode: fc.constantFrom(0o644, 0o600, 0o444, 0o755, 0o640)})},
	{weight: 1, arbitrary: fc.record({kind: fc.constant('link' as const), content: fc.string({maxLength: 40})})},
	{weight: 1, arbitrary: fc.constant({kind: 'dangling link'} as const)},
	{weight: 1, arbitrary: fc.constant({kind: 'folder'} as const)},
	{weight: 1, arbitrary: fc.constant({kind: 'link to folder'} as const)},
);

/** Every target in a generated state; a third of the time only one of them exists, to see each state alone. */
export const targetStates: fc.Arbitrary<Record<string, TargetState>> = fc.oneof(
	{weight: 2, arbitrary: fc.tuple(...targetNames.map(() => targetState)).map(states => Object.fromEntries(targetNames.map((name, index) => [name, states[index]!])) as Record<string, TargetState>)},
	{weight: 1, arbitrary: fc.tuple(fc.constantFrom(...targetNames), targetState).map(([only, state]) => Object.fromEntries(targetNames.map(name => [name, name === only ? state : {kind: 'missing'} as const])) as Record<string, TargetState>)},
);

/** Makes the targets in `folder`; links point into `elsewhere`, whose files must never change. */
export async function makeTargets(folder: string, elsewhere: string, states: Record<string, TargetState>): Promise<void> {
	await mkdir(folder, {recursive: true});
	await mkdir(elsewhere, {recursive: true});
	for (const [name, state] of Object.entries(states)) {
		const file = path.join(folder, name);
		const pointee = path.join(elsewhere, `pointee-of-${name}`);
		if (state.kind === 'file') {
			await writeFile(file, state.content);
			await chmod(file, state.mode);
		} else if (state.kind === 'link') {
			await writeFile(pointee, state.content);
			await symlink(pointee, file);
		} else if (state.kind === 'dangling link') {
			await symlink(path.join(elsewhere, `missing-${name}`), file);
		} else if (state.kind === 'folder') {
			await mkdir(file);
			await writeFile(path.join(file, 'inside'), 'keep');
		} else if (state.kind === 'link to folder') {
			await mkdir(pointee);
			await symlink(pointee, file);
		}
	}
}

export const exists = (state: TargetState) => state.kind !== 'missing';
export const isFolderInTheWay = (state: TargetState) => state.kind === 'folder' || state.kind === 'link to folder';

/** The states with every folder in the way left out (missing instead): the runs where all of a write can succeed. */
export const withoutFoldersInTheWay = (states: Record<string, TargetState>): Record<string, TargetState> =>
	Object.fromEntries(Object.entries(states).map(([name, state]) => [name, isFolderInTheWay(state) ? {kind: 'missing'} as const : state]));

/**
 * After a write of `contents` into `folder`: either every target is a regular file with its new
 * content, or the folder is exactly as `before` (content, mode, links); `elsewhere` (what links
 * point to) is untouched, and no temporary file is left. Returns which of the two happened.
 */
export async function expectAllOrNothing(folder: string, contents: Record<string, string>, before: Tree, elsewhere: string, elsewhereBefore: Tree, label: string): Promise<'all' | 'nothing'> {
	expect([...(await snapshotTree(elsewhere)).entries()], `a link's target was written through (${label})`).toEqual([...elsewhereBefore.entries()]);
	const after = await snapshotTree(folder);
	const names = Object.keys(contents);
	const extra = [...after.keys()].filter(file => !before.has(file) && !names.includes(file) && !names.some(name => name.startsWith(`${file}/`)));
	expect(extra, `files left beside the targets (${label})`).toEqual([]);
	const unchanged = JSON.stringify([...after.entries()]) === JSON.stringify([...before.entries()]);
	if (unchanged) return 'nothing';
	for (const name of names) {
		const file = path.join(folder, name);
		const info = await lstat(file).catch(() => undefined);
		expect(info?.isFile(), `${name} is not a regular file after a write that changed something (${label}): some targets new, some not`).toBe(true);
		expect(await readFile(file, 'utf8'), `${name} does not have the new content though others changed (${label})`).toBe(contents[name]);
	}
	return 'all';
}

/** Leftovers of a write anywhere under `folder`: temporary or kept-aside siblings. */
export async function leftovers(folder: string): Promise<string[]> {
	const found: string[] = [];
	const walk = async (current: string): Promise<void> => {
		for (const entry of await readdir(current, {withFileTypes: true}).catch(() => [])) {
			const file = path.join(current, entry.name);
			if (/\.(?:tmp|old|renaming)$|^\.[^/]+\.(?:\d+-)?[0-9a-f]{8,}\./.test(entry.name)) found.push(file);
			if (entry.isDirectory()) await walk(file);
		}
	};
	await walk(folder);
	return found;
}

/** A write's stage: a scratch repository whose app folder's `out` holds the targets, what was there before, an empty $TMPDIR and a cache of its own. */
export type WriteStage = {scratch: Scratch; folder: string; files: Record<string, TargetState>; before: Tree; elsewhereBefore: Tree; temporary: string; env: NodeJS.ProcessEnv};

/** Sets the stage for a write that can succeed (folders in the way left out); the caller removes `scratch.folder`. */
export async function writeStage(states: Record<string, TargetState>): Promise<WriteStage> {
	const scratch = await scratchRepository();
	try {
		const folder = path.join(scratch.app, 'out');
		const files = withoutFoldersInTheWay(states);
		await makeTargets(folder, scratch.outside, files);
		const temporary = path.join(scratch.folder, 'tmp');
		await mkdir(temporary);
		const env = {...process.env, TMPDIR: temporary, XDG_CACHE_HOME: path.join(scratch.folder, 'cache')};
		return {scratch, folder, files, before: await snapshotTree(folder), elsewhereBefore: await snapshotTree(scratch.outside), temporary, env};
	} catch (error) {
		await removeScratch(scratch.folder);
		throw error;
	}
}
