// SIGKILL in the middle of a write: no cleanup can run, so the next --write into that folder
// finishes or clears what the killed one left (source/write/leftovers.ts) and says so in a note.
// The killed writer is test/support/stalled-write.ts, stalled at a chosen file operation.
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {build} from 'esbuild';
import {execa} from 'execa';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from './cli-run.js';

let script: string;
let scripts: string;
beforeAll(async () => {
	scripts = await mkdtemp(path.join(os.tmpdir(), 'diw-stalled-write-'));
	script = path.join(scripts, 'stalled-write.mjs');
	await build({entryPoints: [path.join(import.meta.dirname, 'support', 'stalled-write.ts')], outfile: script, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning'});
});
afterAll(async () => {
	await rm(scripts, {recursive: true, force: true});
});

/** Starts a write of `files` that stalls at the operation, and kills it with SIGKILL once it stalls. */
async function killedWrite(files: Array<{path: string; content: string}>, operation: string, nth: number): Promise<number> {
	const child = execa(process.execPath, [script, JSON.stringify({files, operation, nth})], {reject: false});
	await new Promise<void>((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('stalled')) resolve();
		});
		void child.then(() => reject(new Error('the write ended before it stalled')));
	});
	child.kill('SIGKILL');
	const result = await child;
	expect(result.signal).toBe('SIGKILL');
	return child.pid!;
}

const ours = (names: string[]) => names.filter(name => /\.(tmp|old|renaming)$/.test(name)).sort();
// The next run: the CLI writes the Dockerfile into the folder, over the one there.
const nextWrite = (folder: string) => runCli(['--detect', 'xml', '--yes', '--output', 'dockerfile', '--write', folder, '--force']);

describe('the run after a write killed with SIGKILL', () => {
	it('finishes a write killed while it renamed files into place, and says so', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-killed-'));
		try {
			await writeFile(path.join(folder, 'Dockerfile'), 'FROM mine\n');
			await writeFile(path.join(folder, 'zerops.yml'), 'zerops: mine\n');
			const files = [
				{path: path.join(folder, 'Dockerfile'), content: 'FROM killed\n'},
				{path: path.join(folder, '.dockerignore'), content: 'bin/\n'},
				{path: path.join(folder, 'zerops.yml'), content: 'zerops: killed\n'},
			];
			// The Dockerfile is in place, the other two are not: a mixed set, as SIGKILL leaves it.
			const pid = await killedWrite(files, 'rename', 2);
			expect(await readFile(path.join(folder, 'Dockerfile'), 'utf8')).toBe('FROM killed\n');
			expect(await readFile(path.join(folder, 'zerops.yml'), 'utf8')).toBe('zerops: mine\n');
			expect(ours(await readdir(folder)).length).toBeGreaterThan(0);

			const next = await nextWrite(folder);
			expect(next.exitCode, next.stderr).toBe(0);
			expect(next.stderr).toMatch(new RegExp(`^note: a write that was killed \\(process ${pid}\\) had replaced some of its files: finished it \\(.*\\.dockerignore, .*zerops\\.yml now as it wrote them\\) and removed its backups\\.$`, 'm'));
			expect(ours(await readdir(folder))).toEqual([]);
			expect(await readFile(path.join(folder, '.dockerignore'), 'utf8')).toBe('bin/\n');
			expect(await readFile(path.join(folder, 'zerops.yml'), 'utf8')).toBe('zerops: killed\n');
			expect(await readFile(path.join(folder, 'Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/');
		} finally {
			await rm(folder, {recursive: true, force: true});
		}
	});

	it('removes the temporary files of a write killed before it replaced anything, and leaves the targets as they were', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-killed-'));
		try {
			await writeFile(path.join(folder, 'zerops.yml'), 'zerops: mine\n');
			const files = [
				{path: path.join(folder, '.dockerignore'), content: 'bin/\n'},
				{path: path.join(folder, 'zerops.yml'), content: 'zerops: killed\n'},
			];
			const pid = await killedWrite(files, 'create', 2);
			expect(ours(await readdir(folder))).toHaveLength(1);

			const next = await nextWrite(folder);
			expect(next.exitCode, next.stderr).toBe(0);
			expect(next.stderr).toMatch(new RegExp(`^note: a write that was killed \\(process ${pid}\\) had replaced nothing: removed its 1 temporary file \\(.*\\.dockerignore\\.${pid}-[\\da-f]{8}\\.tmp\\)\\.$`, 'm'));
			expect((await readdir(folder)).sort()).toEqual(['Dockerfile', 'zerops.yml']);
			expect(await readFile(path.join(folder, 'zerops.yml'), 'utf8')).toBe('zerops: mine\n');
		} finally {
			await rm(folder, {recursive: true, force: true});
		}
	});

	it('leaves alone the files of a write whose process is still running', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-running-'));
		try {
			const running = `.Dockerfile.${process.pid}-0123abcd.tmp`;
			await writeFile(path.join(folder, running), 'FROM half\n');
			const next = await nextWrite(folder);
			expect(next.exitCode, next.stderr).toBe(0);
			expect(next.stderr).not.toMatch(/killed/);
			expect(ours(await readdir(folder))).toEqual([running]);
		} finally {
			await rm(folder, {recursive: true, force: true});
		}
	});
});
