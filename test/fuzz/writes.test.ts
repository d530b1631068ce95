// Surface: writes. Generated sets of existing targets (files of any mode, links, dangling links,
// folders in the way) written with and without --force through writeFiles, and through the built
// binary under a file-size limit (ulimit -f): all or nothing, never through a link, no temp files.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {writeFiles} from '../../source/write/write-files.js';
import {binary} from '../cli-run.js';
import {today} from './command-lines.js';
import {runInProcess} from './in-process.js';
import {expectOneErrorLine, expectNoTerminalControl, expectNoWarnings} from './invariants.js';
import {removeScratch, scratchRepository, snapshotTree} from './scratch.js';
import {fuzzOptions, runs, timeoutFor} from './settings.js';
import {exists, expectAllOrNothing, isFolderInTheWay, leftovers, makeTargets, targetNames, targetStates, writeStage} from './write-targets.js';

const newContents = fc.tuple(...targetNames.map(() => fc.string({minLength: 1, maxLength: 200}))).map(contents => Object.fromEntries(targetNames.map((name, index) => [name, `new ${contents[index]}`])));

const writeArgv = ['--yes', '--today', today, '--detect', 'xml', '--write', 'out', '--force'];
let clean: Record<string, string> | undefined;
/** What the write puts in each target when nothing stops it. */
async function cleanContents(): Promise<Record<string, string>> {
	if (clean) return clean;
	const scratch = await scratchRepository();
	try {
		const run = await runInProcess(writeArgv, scratch.app);
		expect(run.exitCode, run.stderr).toBe(0);
		const contents: Record<string, string> = Object.fromEntries(await Promise.all(targetNames.map(async name => [name, await readFile(path.join(scratch.app, 'out', name), 'utf8')])));
		clean = contents;
		return contents;
	} finally {
		await removeScratch(scratch.folder);
	}
}

describe('generated writes', () => {
	const numRuns = runs(150);
	it('write every file or none, refuse existing files (a dangling link too) without --force, and never write through a link', async () => {
		await fc.assert(fc.asyncProperty(targetStates, newContents, fc.boolean(), fc.constantFrom('exists', 'exists', 'exists', 'exists', 'missing', 'is a file'), async (states, contents, force, folderState) => {
			const scratch = await scratchRepository('App', false);
			try {
				const folder = path.join(scratch.app, 'out');
				if (folderState === 'exists') await makeTargets(folder, scratch.outside, states);
				if (folderState === 'is a file') await writeFile(folder, 'a file where the folder goes');
				const before = await snapshotTree(scratch.app);
				const elsewhereBefore = await snapshotTree(scratch.outside);
				const label = JSON.stringify({states: folderState === 'exists' ? states : folderState, force});
				let failure: unknown;
				try {
					await writeFiles(folder, targetNames.map(name => ({name, content: contents[name]!})), {force});
				} catch (error) {
					failure = error;
				}
				const happened = await expectAllOrNothing(scratch.app, Object.fromEntries(targetNames.map(name => [`out/${name}`, contents[name]!])), before, scratch.outside, elsewhereBefore, label);
				expect(await leftovers(scratch.folder), `temporary files left (${label})`).toEqual([]);
				const present = folderState === 'exists' ? Object.values(states) : [];
				if (folderState === 'is a file' || present.some(isFolderInTheWay) || (!force && present.some(exists))) {
					expect(happened, `wrote though it must refuse (${label})`).toBe('nothing');
				}
				if (failure !== undefined) {
					expect(happened, `failed but changed files (${label})`).toBe('nothing');
					expect((failure as Error).message.split('\n'), `the error is not one line (${label})`).toHaveLength(1);
				} else {
					expect(happened, `succeeded but wrote nothing (${label})`).toBe('all');
				}
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 300));

	const limited = runs(5, 0.01);
	it('under a file-size limit (ulimit -f) leave every target as it was or all new, with one line and no temp files', async () => {
		// 512-byte blocks: 0 stops the first file, 1–3 stop the Dockerfile after smaller files went through.
		await fc.assert(fc.asyncProperty(targetStates, fc.integer({min: 0, max: 3}), async (states, blocks) => {
			const {scratch, folder, files, before, elsewhereBefore, env} = await writeStage(states);
			try {
				const child = spawn('sh', ['-c', `ulimit -f ${blocks}; exec "$@"`, 'sh', process.execPath, binary, ...writeArgv], {cwd: scratch.app, stdio: ['ignore', 'pipe', 'pipe'], env});
				let stderr = '';
				child.stderr.on('data', (chunk: Buffer) => {
					stderr += chunk.toString('utf8');
				});
				child.stdout.resume();
				const [code, signal] = await once(child, 'close') as [number | null, string | null];
				const label = JSON.stringify({files, blocks, code, signal, stderr});
				await expectAllOrNothing(folder, await cleanContents(), before, scratch.outside, elsewhereBefore, label);
				expect(await leftovers(scratch.folder), `temporary files left (${label})`).toEqual([]);
				expect(signal, `killed by ${signal} (${label})`).toBeNull();
				const outcome = {exitCode: code ?? -1, stdout: '', stderr};
				expect([0, 1], `exit code (${label})`).toContain(code);
				expectOneErrorLine(outcome);
				expectNoWarnings(outcome);
				expectNoTerminalControl(outcome);
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(limited));
	}, timeoutFor(limited, 8000));
});
