import {spawnSync} from 'node:child_process';
import {chmod, mkdir, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {build} from 'esbuild';
import {execa, type ResultPromise} from 'execa';
import {beforeAll, describe, expect, it} from 'vitest';
import {binary, fixture} from './cli-run.js';
import {fakeBin} from './fixtures/fake-bin/install.js';
import {snapshot} from './support/folder-snapshot.js';

// The fake engines cannot evaluate projects: these runs read them with the XML reader.
const project = ['--today', '2026-11-24', '--yes', '--project', fixture('web-api'), '--detect', 'xml', '--arch', 'amd64'];

const freshFolder = async (name: string) => mkdtemp(path.join(os.tmpdir(), `diw-${name}-`));

/** Resolves once `child` has printed `text` on stdout (reading on, so the pipe never fills). */
async function printed(child: ResultPromise, text: string): Promise<void> {
	let seen = '';
	await new Promise<void>((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			if (seen.includes(text)) resolve();
		});
		void child.then(result => reject(new Error(`ended before "${text}": ${String(result.stderr)}`)), reject);
	});
}

async function until(condition: () => Promise<boolean>): Promise<void> {
	while (!(await condition())) {
		await new Promise(resolve => {
			setTimeout(resolve, 50);
		});
	}
}

// A zombie waiting to be reaped is not running.
const alive = (pid: number) => {
	const state = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], {encoding: 'utf8'}).stdout.trim();
	return state !== '' && !state.startsWith('Z');
};

describe('a signal in the middle of a write', () => {
	let script: string;
	beforeAll(async () => {
		script = path.join(await freshFolder('stalled-write'), 'stalled-write.mjs');
		await build({entryPoints: [path.join(import.meta.dirname, 'support', 'stalled-write.ts')], outfile: script, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning'});
	});

	it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('%s: the files already renamed are put back, no temporary file stays, exit %i', async (signal, code) => {
		const root = await freshFolder('signal-write');
		const temporary = await freshFolder('signal-tmpdir');
		await mkdir(path.join(root, 'context'));
		await writeFile(path.join(root, 'context', 'Dockerfile'), 'FROM mine\n', {mode: 0o600});
		await writeFile(path.join(root, 'context', 'zerops.yml'), 'zerops: mine\n');
		const files = [
			{path: path.join(root, 'context', 'Dockerfile'), content: 'FROM new\n'},
			{path: path.join(root, 'context', '.dockerignore'), content: 'bin/\n'},
			{path: path.join(root, 'context', 'zerops.yml'), content: 'zerops: new\n'},
			{path: path.join(root, 'project', '.dotnet-image-wizardrc.json'), content: '{}\n'},
		];
		const before = await snapshot(root);
		// Stalls at the third rename: the Dockerfile and .dockerignore are in place by then.
		const child = execa(process.execPath, [script, JSON.stringify({files, operation: 'rename', nth: 3})], {reject: false, env: {TMPDIR: temporary}});
		await printed(child, 'stalled');
		expect(await readFile(files[0]!.path, 'utf8')).toBe('FROM new\n');
		child.kill(signal);
		const result = await child;
		expect(result.exitCode).toBe(code);
		expect(String(result.stderr)).toBe(`dotnet-image-wizard: stopped by ${signal}: nothing was written.`);
		expect(await snapshot(root)).toEqual(before);
		expect(await readdir(temporary)).toEqual([]);
	});
});

describe('a signal outside the write', () => {
	it('SIGTERM during preflight stops the engine probe, removes the temporary Dockerfile from $TMPDIR and exits 143', async () => {
		// A docker that hangs on its first question, as one waiting for a dead daemon does.
		const bin = await freshFolder('hanging-docker');
		const pidFile = path.join(bin, 'pid');
		await writeFile(path.join(bin, 'docker'), `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nsetInterval(() => {}, 60000);\n`);
		await chmod(path.join(bin, 'docker'), 0o755);
		const temporary = await freshFolder('preflight-tmpdir');
		const child = execa(process.execPath, [binary, ...project, '--build', '--engine', 'docker'], {reject: false, env: {TMPDIR: temporary, PATH: `${bin}${path.delimiter}/usr/bin${path.delimiter}/bin`}});
		await until(async () => readFile(pidFile, 'utf8').then(() => true, () => false));
		const docker = Number(await readFile(pidFile, 'utf8'));
		child.kill('SIGTERM');
		const result = await child;
		expect(result.exitCode).toBe(143);
		// The notes said before the probe, then one line for the stop.
		expect(String(result.stderr).split('\n').filter(line => !line.startsWith('note: '))).toEqual(['dotnet-image-wizard: stopped by SIGTERM.']);
		expect(await readdir(temporary)).toEqual([]);
		await until(async () => !alive(docker));
	});

	it('SIGTERM during a build stops the build tree, exits 143 and leaves nothing in $TMPDIR', async () => {
		const fake = await fakeBin();
		const pids = path.join(fake.bin, 'pids.json');
		const temporary = await freshFolder('build-tmpdir');
		const child = execa(process.execPath, [binary, ...project, '--build'], {reject: false, env: {...fake.env, TMPDIR: temporary, FAKE_DOCKER: 'slow', FAKE_PIDS: pids}});
		await printed(child, 'Determining projects to restore');
		const [docker, grandchild] = JSON.parse(await readFile(pids, 'utf8')) as number[];
		child.kill('SIGTERM');
		const result = await child;
		expect(result.exitCode).toBe(143);
		expect(String(result.stderr)).toMatch(/build cancelled after/);
		expect(await readdir(temporary)).toEqual([]);
		await until(async () => !alive(docker!) && !alive(grandchild!));
	});
});
