import {cp, mkdtemp, mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixture, runCli} from './cli-run.js';

async function scratch(): Promise<string> {
	return mkdtemp(path.join(os.tmpdir(), 'diw-write-'));
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
		expect(unknown.stderr).toContain('--output: unknown file "helm" (accepted: dockerfile, dockerignore, zerops, csproj, all).');
		const preview = await runCli(['--yes', '--dotnet', '11.0', '--output', 'zerops']);
		expect(preview.exitCode).toBe(2);
		expect(preview.stderr).toContain('Zerops has no dotnet@11 base yet');
	});
});
