// Surface: signals. The built binary stopped with SIGINT or SIGTERM at a generated moment of a
// `--write --force` over existing files, or of a --build (recording engines, a slow one): every
// target all new or all as it was, no temp file beside them and nothing left in $TMPDIR.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {mkdir, readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {binary} from '../cli-run.js';
import {fakeBin} from '../fixtures/fake-bin/install.js';
import {today} from './command-lines.js';
import {runInProcess} from './in-process.js';
import {expectNoTerminalControl, expectNoWarnings} from './invariants.js';
import {removeScratch, scratchRepository} from './scratch.js';
import {fuzzOptions, runs, timeoutFor} from './settings.js';
import {mergeDockerignore} from '../../source/render/dockerignore.js';
import {expectAllOrNothing, leftovers, targetNames, targetStates, writeStage} from './write-targets.js';

const writeArgv = ['--yes', '--today', today, '--detect', 'xml', '--write', 'out', '--force'];
const exitCodes = {SIGINT: 130, SIGTERM: 143} as const;

let clean: Record<string, string> | undefined;
async function cleanContents(): Promise<Record<string, string>> {
	if (clean) return clean;
	const scratch = await scratchRepository();
	try {
		await runInProcess(writeArgv, scratch.app);
		const contents: Record<string, string> = Object.fromEntries(await Promise.all(targetNames.map(async name => [name, await readFile(path.join(scratch.app, 'out', name), 'utf8')])));
		clean = contents;
		return contents;
	} finally {
		await removeScratch(scratch.folder);
	}
}

/** Starts the binary, sends `signal` after `delay` ms, and waits for it to end. */
async function stopped(argv: string[], cwd: string, env: NodeJS.ProcessEnv, signal: 'SIGINT' | 'SIGTERM', delay: number) {
	const child = spawn(process.execPath, [binary, ...argv], {cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	let stdout = '';
	child.stdout.on('data', (chunk: Buffer) => {
		stdout += chunk.toString('utf8');
	});
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString('utf8');
	});
	const timer = setTimeout(() => child.kill(signal), delay);
	const killer = setTimeout(() => child.kill('SIGKILL'), delay + 30_000);
	const [code, killedBy] = await once(child, 'close') as [number | null, NodeJS.Signals | null];
	clearTimeout(timer);
	clearTimeout(killer);
	return {code, killedBy, stdout, stderr};
}

const moments = fc.integer({min: 0, max: 1500});
/** A moment as a share (in %) of how long a clean run takes: the write comes at the end of it. */
const shares = fc.integer({min: 30, max: 120});

let cleanRunMs: number | undefined;
async function cleanRunTime(): Promise<number> {
	if (cleanRunMs !== undefined) return cleanRunMs;
	const scratch = await scratchRepository();
	try {
		const started = Date.now();
		const child = spawn(process.execPath, [binary, ...writeArgv], {cwd: scratch.app, env: {...process.env, XDG_CACHE_HOME: path.join(scratch.folder, 'cache')}, stdio: 'ignore'});
		await once(child, 'close');
		cleanRunMs = Date.now() - started;
		return cleanRunMs;
	} finally {
		await removeScratch(scratch.folder);
	}
}

describe('signals at generated moments', () => {
	const numRuns = runs(6, 0.01);
	it('during --write --force: every target all new or all as it was, no temp files, 130/143 or done', async () => {
		const contents = await cleanContents();
		const runMs = await cleanRunTime();
		await fc.assert(fc.asyncProperty(targetStates, fc.constantFrom('SIGINT' as const, 'SIGTERM' as const), shares, async (states, signal, share) => {
			const delay = Math.round(runMs * share / 100);
			const {scratch, folder, files, before, elsewhereBefore, temporary, env} = await writeStage(states);
			try {
				// A .dockerignore already there (or behind a link) is merged with ours, never replaced.
				const previous = await readFile(path.join(folder, '.dockerignore'), 'utf8').catch(() => undefined);
				const expected = {...contents, '.dockerignore': mergeDockerignore(previous, contents['.dockerignore'])};
				const result = await stopped(writeArgv, scratch.app, env, signal, delay);
				const label = JSON.stringify({files, signal, delay, ...result});
				await expectAllOrNothing(folder, expected, before, scratch.outside, elsewhereBefore, label);
				expect(await leftovers(scratch.folder), `temporary files left (${label})`).toEqual([]);
				expect(await readdir(temporary), `left in $TMPDIR (${label})`).toEqual([]);
				// A signal before Node set up its handlers kills it outright; after, the run exits with the signal's code.
				if (result.killedBy === null) expect([0, exitCodes[signal]], `exit code (${label})`).toContain(result.code);
				expectNoWarnings({exitCode: result.code ?? -1, stdout: result.stdout, stderr: result.stderr});
				expectNoTerminalControl({exitCode: result.code ?? -1, stdout: result.stdout, stderr: result.stderr});
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 10_000));

	it('during --build (preflight or a slow build): nothing left in $TMPDIR, and the build\'s processes end', async () => {
		await fc.assert(fc.asyncProperty(fc.constantFrom('SIGINT' as const, 'SIGTERM' as const), moments, fc.constantFrom('docker', 'podman', 'buildah'), async (signal, delay, engine) => {
			const scratch = await scratchRepository();
			const fake = await fakeBin(['docker', 'podman', 'buildah', 'dotnet']);
			try {
				const temporary = path.join(scratch.folder, 'tmp');
				await mkdir(temporary);
				const pids = path.join(scratch.folder, 'pids.json');
				const env = {...fake.env, FAKE_DOCKER: 'slow', FAKE_PIDS: pids, TMPDIR: temporary, XDG_CACHE_HOME: path.join(scratch.folder, 'cache')};
				const result = await stopped(['--yes', '--today', today, '--detect', 'xml', '--arch', 'amd64', '--build', '--engine', engine], scratch.app, env, signal, delay);
				const label = JSON.stringify({signal, delay, engine, ...result});
				expect(await readdir(temporary), `left in $TMPDIR (${label})`).toEqual([]);
				if (result.killedBy === null) expect([0, exitCodes[signal]], `exit code (${label})`).toContain(result.code);
				const started = await readFile(pids, 'utf8').then(text => JSON.parse(text) as number[], () => []);
				for (const pid of started) {
					let alive = true;
					for (let attempt = 0; attempt < 50 && alive; attempt++) {
						try {
							process.kill(pid, 0);
							await new Promise(resolve => setTimeout(resolve, 100));
						} catch {
							alive = false;
						}
					}
					if (alive) process.kill(pid, 'SIGKILL');
					expect(alive, `the build's process ${pid} outlived the run (${label})`).toBe(false);
				}
			} finally {
				await removeScratch(fake.bin);
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 15_000));
});
