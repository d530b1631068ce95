// Surface: writes, with a fault injected at a generated step. Written against the fault-injection
// API the write fix brings (h12-process), not on main yet:
//   source/write/file-system.ts exports `nodeFileSystem: WriteFileSystem` (lstat, stat, mkdir,
//   create, link, rename, unlink, syncFolder), and writeFiles(directory, files, {force, fileSystem})
//   uses the one it is given. A stand-in wraps the real one and fails its Nth changing call.
// Until that lands this file fails with one line saying so; it is not skipped.
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {writeFiles} from '../../source/write/write-files.js';
import {removeScratch, scratchRepository, snapshotTree} from './scratch.js';
import {fuzzOptions, runs, timeoutFor} from './settings.js';
import {expectAllOrNothing, leftovers, makeTargets, targetNames, targetStates} from './write-targets.js';

/** The expected API (see above), declared here so that this file typechecks before it lands. */
type WriteFileSystem = Record<'lstat' | 'stat' | 'mkdir' | 'create' | 'link' | 'rename' | 'unlink' | 'syncFolder', (...args: never[]) => Promise<unknown>>;
type FaultyWrite = (directory: string, files: Array<{name: string; content: string}>, options: {force: boolean; fileSystem: WriteFileSystem}) => Promise<string[]>;

const fileSystemModule = '../../source/write/file-system.js';
async function realFileSystem(): Promise<WriteFileSystem> {
	const module = await import(/* @vite-ignore */ fileSystemModule).catch(() => undefined) as {nodeFileSystem?: WriteFileSystem} | undefined;
	expect(module?.nodeFileSystem, 'source/write/file-system.ts with nodeFileSystem (the write fault-injection API) is not there yet').toBeDefined();
	return module!.nodeFileSystem!;
}

const changing = ['mkdir', 'create', 'link', 'rename', 'unlink'] as const;
type Fault = {at: number; code: string};
const fault: fc.Arbitrary<Fault> = fc.record({at: fc.integer({min: 0, max: 14}), code: fc.constantFrom('ENOSPC', 'EFBIG', 'EIO', 'EXDEV', 'EPERM', 'EACCES', 'EROFS')});

/** The real file system, failing its `at`-th changing call (mkdir, create, link, rename, unlink) with `code`. */
function faulty(real: WriteFileSystem, {at, code}: Fault): WriteFileSystem & {failed: () => boolean} {
	let calls = 0;
	let failed = false;
	const wrapped = {...real} as WriteFileSystem;
	for (const name of changing) {
		const original = real[name] as (...args: unknown[]) => Promise<unknown>;
		(wrapped as Record<string, unknown>)[name] = async (...args: unknown[]) => {
			if (calls++ === at) {
				failed = true;
				throw Object.assign(new Error(`${code}: injected fault, ${name}`), {code});
			}
			return original.apply(real, args);
		};
	}
	return Object.assign(wrapped, {failed: () => failed});
}

const newContents = fc.tuple(...targetNames.map(() => fc.string({minLength: 1, maxLength: 200}))).map(contents => Object.fromEntries(targetNames.map((name, index) => [name, `new ${contents[index]}`])));

describe('generated writes with a fault at a generated step', () => {
	const numRuns = runs(150);
	it('leave every target new or every target as it was (content and mode), with no temp file and one line', async () => {
		const real = await realFileSystem();
		await fc.assert(fc.asyncProperty(targetStates, newContents, fault, fc.boolean(), async (states, contents, injected, folderExists) => {
			const scratch = await scratchRepository('App', false);
			try {
				const folder = path.join(scratch.app, 'out');
				if (folderExists) await makeTargets(folder, scratch.outside, states);
				const before = await snapshotTree(scratch.app);
				const elsewhereBefore = await snapshotTree(scratch.outside);
				const fileSystem = faulty(real, injected);
				let failure: unknown;
				try {
					await (writeFiles as unknown as FaultyWrite)(folder, targetNames.map(name => ({name, content: contents[name]!})), {force: true, fileSystem});
				} catch (error) {
					failure = error;
				}
				const label = JSON.stringify({states: folderExists ? states : 'no folder', injected, failed: fileSystem.failed(), failure: String(failure)});
				const happened = await expectAllOrNothing(scratch.app, Object.fromEntries(targetNames.map(name => [`out/${name}`, contents[name]!])), before, scratch.outside, elsewhereBefore, label);
				expect(await leftovers(scratch.folder), `temporary files left (${label})`).toEqual([]);
				if (failure === undefined) expect(happened, `succeeded but wrote nothing (${label})`).toBe('all');
				else {
					expect(happened, `failed but changed files (${label})`).toBe('nothing');
					expect((failure as Error).message.split('\n'), `the error is not one line (${label})`).toHaveLength(1);
				}
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 300));
});
