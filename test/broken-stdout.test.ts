import {spawn, spawnSync} from 'node:child_process';
import {closeSync, openSync} from 'node:fs';
import {mkdtemp, readdir, readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, it} from 'vitest';
import {binary, fixture} from './cli-run.js';
import {fakeBin} from './fixtures/fake-bin/install.js';

type Ended = {code: number | null; stderr: string};

/** Runs the CLI in the web-api fixture with stdout on `/dev/full`, or on a pipe whose reader is gone. */
async function runWithBrokenStdout(args: string[], stdout: 'full' | 'closed pipe', env: Record<string, string> = {}): Promise<Ended> {
	const full = stdout === 'full' ? openSync('/dev/full', 'w') : undefined;
	const child = spawn(process.execPath, [binary, ...args], {cwd: fixture('web-api'), stdio: ['ignore', full ?? 'pipe', 'pipe'], env: {...process.env, ...env}});
	if (full !== undefined) closeSync(full);
	// The reader goes away before the CLI has started: its first write meets EPIPE.
	else child.stdout!.destroy();
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	return new Promise(resolve => {
		child.on('close', code => resolve({code, stderr}));
	});
}

const runs: Array<[string, string[]]> = [['--help', ['--help']], ['--version', ['--version']], ['--yes --json', ['--today', '2026-11-24', '--yes', '--json']]];

describe('a broken stdout', () => {
	it.each(runs)('> /dev/full: %s exits 1 with one line, no stack trace', async (_title, args) => {
		expect(await runWithBrokenStdout(args, 'full')).toEqual({code: 1, stderr: 'dotnet-image-wizard: cannot write the output: the disk is full.\n'});
	});

	it.each(runs)('a closed pipe: %s ends quietly with 141, as git and cat stopped by SIGPIPE do', async (_title, args) => {
		expect(await runWithBrokenStdout(args, 'closed pipe')).toEqual({code: 141, stderr: ''});
	});

	it('a pipe closed during a build stops the build tree and leaves nothing in $TMPDIR', async () => {
		const fake = await fakeBin();
		const pids = path.join(fake.bin, 'pids.json');
		const temporary = await mkdtemp(path.join(os.tmpdir(), 'diw-pipe-tmpdir-'));
		const child = spawn(process.execPath, [binary, '--today', '2026-11-24', '--yes', '--project', fixture('web-api'), '--detect', 'xml', '--arch', 'amd64', '--build'], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: {...process.env, ...fake.env, TMPDIR: temporary, FAKE_DOCKER: 'slow', FAKE_PIDS: pids},
		});
		let seen = '';
		await new Promise<void>(resolve => {
			child.stdout.on('data', (chunk: Buffer) => {
				seen += chunk.toString();
				if (seen.includes('Determining projects to restore')) resolve();
			});
		});
		const [docker, grandchild] = JSON.parse(await readFile(pids, 'utf8')) as number[];
		const ended = new Promise<number | null>(resolve => {
			child.on('close', resolve);
		});
		child.stdout.destroy();
		expect(await ended).toBe(141);
		const alive = (pid: number) => {
			const state = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], {encoding: 'utf8'}).stdout.trim();
			return state !== '' && !state.startsWith('Z');
		};
		for (let tries = 0; tries < 40 && (alive(docker!) || alive(grandchild!)); tries++) {
			await new Promise(resolve => {
				setTimeout(resolve, 50);
			});
		}
		expect([alive(docker!), alive(grandchild!)]).toEqual([false, false]);
		expect(await readdir(temporary)).toEqual([]);
	});
});
