import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmdirSync} from 'node:fs';
import {cp, mkdir, readdir, readFile, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, it} from 'vitest';
import {binary, fixture, runCli} from './cli-run.js';
import {snapshot} from './support/folder-snapshot.js';
import {scratchFolder} from './support/scratch-folder.js';

async function scratch(): Promise<string> {
	return scratchFolder('diw-write-');
}

describe('--write', () => {
	it('writes the Dockerfile, .dockerignore, zerops.yml and container.props and names the build command', async () => {
		const directory = await scratch();
		const {exitCode, stdout} = await runCli(['--yes', '--write', directory]);
		expect(exitCode).toBe(0);
		expect((await readdir(directory)).sort()).toEqual(['.dockerignore', 'Dockerfile', 'container.props', 'zerops.yml']);
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		expect(stdout).toMatch(/wrote .*Dockerfile/);
		expect(stdout).toContain('Build: docker buildx build --platform linux/amd64,linux/arm64');
	});

	it('writes into the project folder when --write names no folder', async () => {
		const directory = await scratch();
		await cp(fixture('worker'), directory, {recursive: true});
		const {exitCode, stdout} = await runCli(['--yes', '--output', 'dockerfile', '--write'], {cwd: directory});
		expect(exitCode).toBe(0);
		expect(stdout).toContain('wrote Dockerfile');
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/runtime:');
	});

	it('never overwrites an existing file without --force, and then writes nothing at all', async () => {
		const directory = await scratch();
		await writeFile(path.join(directory, 'Dockerfile'), 'FROM mine\n');
		const {exitCode, stderr} = await runCli(['--yes', '--write', directory]);
		expect(exitCode).toBe(1);
		expect(stderr.trim()).toMatch(/Dockerfile already exists: nothing was written\. Pass --force to overwrite\.$/);
		expect(await readdir(directory)).toEqual(['Dockerfile']);
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toBe('FROM mine\n');

		const forced = await runCli(['--yes', '--write', directory, '--force']);
		expect(forced.exitCode).toBe(0);
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toContain('AS build');
	});

	it('leaves nothing behind when the target cannot be written', async () => {
		const directory = await scratch();
		const blocker = path.join(directory, 'not-a-folder');
		await writeFile(blocker, 'x');
		const {exitCode, stderr} = await runCli(['--yes', '--write', path.join(blocker, 'inside')]);
		expect(exitCode).toBe(1);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/cannot write into .*not-a-folder\/inside/);
		expect(await readdir(directory)).toEqual(['not-a-folder']);
	});

	it('refuses a target that is a folder instead of overwriting it', async () => {
		const directory = await scratch();
		await mkdir(path.join(directory, 'Dockerfile'));
		const {exitCode, stderr} = await runCli(['--yes', '--write', directory, '--force']);
		expect(exitCode).toBe(1);
		expect(stderr).toMatch(/Dockerfile is a folder/);
		expect((await readdir(directory)).sort()).toEqual(['Dockerfile']);
	});
});

describe('--write on a full disk or past a size limit', () => {
	// The XML reader: a file-size limit stops dotnet itself from starting, which a run notes (detect-cli.test.ts).
	const args = ['--today', '2026-11-24', '--detect', 'xml', '--yes', '--force', '--write'];
	// The fixture project's files are each larger than 512 bytes, most of them larger than 4 kB together.
	const existing = async (directory: string) => {
		await writeFile(path.join(directory, 'Dockerfile'), 'FROM mine\n', {mode: 0o600});
	};

	it('past the file-size limit (ulimit -f 1, 512 bytes): one line, exit 1, the Dockerfile as it was, no temporary file', async () => {
		const directory = await scratch();
		await existing(directory);
		const before = await snapshot(directory);
		// Node ignores SIGXFSZ, so the write gets EFBIG instead of the process being killed.
		const run = spawnSync('sh', ['-c', 'ulimit -f 1; exec "$@"', 'sh', process.execPath, binary, ...args, directory], {cwd: fixture('web-api'), encoding: 'utf8'});
		expect(run.status).toBe(1);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/cannot write .*: the file would pass the file-size limit \(ulimit -f\)\. Nothing was written\.\n$/);
		expect(await snapshot(directory)).toEqual(before);
	});

	// A 12 kB tmpfs in a mount namespace of its own: room for the Dockerfile there and two more files.
	const unshare = process.getuid?.() === 0 ? ['-m'] : ['-r', '-m'];
	const probeFolder = mkdtempSync(path.join(os.tmpdir(), 'diw-tmpfs-probe-'));
	const canMount = spawnSync('unshare', [...unshare, 'sh', '-c', 'mount -t tmpfs -o size=12k tmpfs "$1"', 'sh', probeFolder]).status === 0;
	rmdirSync(probeFolder);
	it.skipIf(!canMount)(`on a full disk (a 12 kB tmpfs): one line, exit 1, the Dockerfile as it was, no temporary file${canMount ? '' : ' (skipped: cannot mount a tmpfs in a mount namespace here)'}`, async () => {
		const mountPoint = await scratch();
		const results = await scratch();
		// The tmpfs lives only as long as the namespace: its content is copied out for the checks.
		const script = [
			'mount -t tmpfs -o size=12k tmpfs "$M" || exit 99',
			'printf "FROM mine\\n" > "$M/Dockerfile" && chmod 600 "$M/Dockerfile"',
			'cd "$PROJECT" && "$@" "$M" > /dev/null 2> "$R/stderr"; echo $? > "$R/status"',
			'mkdir "$R/disk" && cp -a "$M/." "$R/disk/"',
		].join('\n');
		const run = spawnSync('unshare', [...unshare, 'sh', '-c', script, 'sh', process.execPath, binary, ...args], {env: {...process.env, M: mountPoint, R: results, PROJECT: fixture('web-api')}, encoding: 'utf8'});
		expect(run.status).toBe(0);
		expect(await readFile(path.join(results, 'status'), 'utf8')).toBe('1\n');
		const stderr = await readFile(path.join(results, 'stderr'), 'utf8');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/cannot write .*: the disk is full\. Nothing was written\.\n$/);
		expect(await snapshot(path.join(results, 'disk'))).toEqual({Dockerfile: {kind: 'file', mode: '600', content: 'FROM mine\n'}});
	});
});

describe('--write and links', () => {
	it('a dangling link where a file goes counts as an existing file; --force replaces the link, not what it names', async () => {
		const directory = await scratch();
		const elsewhere = await scratch();
		await symlink(path.join(elsewhere, 'Dockerfile'), path.join(directory, 'Dockerfile'));
		const refused = await runCli(['--yes', '--write', directory]);
		expect(refused.exitCode).toBe(1);
		expect(refused.stderr.trim()).toMatch(/Dockerfile \(a symbolic link\) already exists: nothing was written\. Pass --force to overwrite\.$/);
		expect(await readdir(directory)).toEqual(['Dockerfile']);
		const forced = await runCli(['--yes', '--write', directory, '--force']);
		expect(forced.exitCode).toBe(0);
		expect((await snapshot(directory))['Dockerfile']).toMatchObject({kind: 'file'});
		expect(await readdir(elsewhere)).toEqual([]);
	});
});

describe('--output', () => {
	it('prints one file bare so it can be redirected', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--output', 'dockerfile']);
		expect(exitCode).toBe(0);
		expect(stdout.startsWith('# syntax=docker/dockerfile:1\n')).toBe(true);
	});

	it('includes file contents in --json', async () => {
		const {stdout} = await runCli(['--yes', '--json', '--output', 'zerops,dockerignore']);
		const document = JSON.parse(stdout);
		expect(Object.keys(document.files)).toEqual(['zerops.yml', '.dockerignore']);
		expect(document.files['zerops.yml']).toContain('base: dotnet@10');
	});

	it('rejects an unknown file kind, and a zerops.yml Zerops cannot run', async () => {
		const unknown = await runCli(['--yes', '--output', 'helm']);
		expect(unknown.exitCode).toBe(2);
		expect(unknown.stderr).toContain('--output: unknown file "helm" (accepted: dockerfile, dockerignore, zerops, csproj, compose, github-actions, gitlab-ci, renovate, dependabot, all).');
		const preview = await runCli(['--yes', '--dotnet', '11.0', '--output', 'zerops']);
		expect(preview.exitCode).toBe(2);
		expect(preview.stderr).toContain('Zerops has no dotnet@11 base yet');
	});
});
