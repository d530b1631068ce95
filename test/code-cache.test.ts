import {mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {codeCacheFile, removeOldCaches, runKind} from '../source/launch/code-cache.js';
import {fixture, runCli} from './cli-run.js';

const codeFolder = (cache: string) => path.join(cache, 'dotnet-image-wizard', 'code');
const cachedCode = (cache: string) => {
	try {
		return readdirSync(codeFolder(cache));
	} catch {
		return [];
	}
};
const scripted = ['--yes', '--json', '--detect', 'xml'];

describe('the compiled-code cache of the published program', () => {
	it('is made by the first run that goes well and read back by the next, which gives the same answer', async () => {
		const cache = await mkdtemp(path.join(os.tmpdir(), 'diw-code-'));
		const first = await runCli(scripted, {env: {XDG_CACHE_HOME: cache}});
		expect(first.exitCode).toBe(0);
		const [file, ...others] = cachedCode(cache);
		expect(others).toEqual([]);
		expect(file).toMatch(/^[\da-f]{16}-run-v\d+\.\d+\.\d+-\w+\.v8$/);
		const made = statSync(path.join(codeFolder(cache), file!)).mtimeMs;
		const second = await runCli(scripted, {env: {XDG_CACHE_HOME: cache}});
		expect(second).toEqual(first);
		// Read, not made again: V8 took it.
		expect(statSync(path.join(codeFolder(cache), file!)).mtimeMs).toBe(made);
	});

	it('replaces a cache V8 rejects (damaged, or from another Node) and still answers the same', async () => {
		const cache = await mkdtemp(path.join(os.tmpdir(), 'diw-code-'));
		const clean = await runCli(scripted, {env: {XDG_CACHE_HOME: cache}});
		const [file] = cachedCode(cache);
		writeFileSync(path.join(codeFolder(cache), file!), 'not compiled code at all');
		const damaged = await runCli(scripted, {env: {XDG_CACHE_HOME: cache}});
		expect(damaged).toEqual(clean);
		expect(readFileSync(path.join(codeFolder(cache), file!)).length).toBeGreaterThan(10_000);
	});

	it('is not made by a run that fails, nor by --version and --help, and doctor has its own', async () => {
		const cache = await mkdtemp(path.join(os.tmpdir(), 'diw-code-'));
		expect((await runCli(['--yes', '--dotnet', '7.5'], {env: {XDG_CACHE_HOME: cache}})).exitCode).toBe(2);
		expect((await runCli(['--version'], {env: {XDG_CACHE_HOME: cache}})).exitCode).toBe(0);
		expect((await runCli(['--help'], {env: {XDG_CACHE_HOME: cache}})).exitCode).toBe(0);
		expect(cachedCode(cache)).toEqual([]);
		expect((await runCli(['doctor', '--help'], {env: {XDG_CACHE_HOME: cache}})).exitCode).toBe(0);
		// Its own, beside those of the libraries it loaded.
		expect(cachedCode(cache).filter(name => !name.includes('-library-'))).toEqual([expect.stringMatching(/-doctor-/)]);
	});

	it('keeps a separate library\'s compiled code beside the program\'s, and doctor\'s report of problems is a run that went well', async () => {
		const cache = await mkdtemp(path.join(os.tmpdir(), 'diw-code-'));
		// --output zerops needs the YAML library, read from dist/libraries/.
		const zerops = await runCli([...scripted, '--output', 'zerops'], {env: {XDG_CACHE_HOME: cache}});
		expect(zerops.exitCode).toBe(0);
		expect(cachedCode(cache).sort()).toEqual([expect.stringMatching(/-library-yaml-/), expect.stringMatching(/-run-/)]);
		const again = await runCli([...scripted, '--output', 'zerops'], {env: {XDG_CACHE_HOME: cache}});
		expect(again).toEqual(zerops);
		// Exit 1 for doctor is a report that found problems: its code and the Dockerfile parser's are kept.
		const doctor = await runCli(['doctor', 'alpine-glibc', '--today', '2026-11-24', '--offline'], {cwd: path.join(fixture('..'), 'doctor', 'realistic'), env: {XDG_CACHE_HOME: cache}});
		expect(doctor.exitCode).toBe(1);
		expect(cachedCode(cache).filter(name => /-doctor-|-library-dockerfile-ast-/.test(name))).toHaveLength(2);
	});

	it('never fails a run: a cache folder that cannot be made is the same as none, and a relative one is not used', async () => {
		const cache = await mkdtemp(path.join(os.tmpdir(), 'diw-code-'));
		// A file where the program's cache folder would be.
		writeFileSync(path.join(cache, 'dotnet-image-wizard'), 'in the way');
		const blocked = await runCli(scripted, {env: {XDG_CACHE_HOME: cache}});
		expect(blocked.exitCode).toBe(0);
		expect(blocked.stderr).toBe('');
		const project = await mkdtemp(path.join(os.tmpdir(), 'diw-code-project-'));
		writeFileSync(path.join(project, 'App.csproj'), readFileSync(path.join(fixture('web-api'), 'WebApi.csproj')));
		const relative = await runCli(scripted, {cwd: project, env: {XDG_CACHE_HOME: 'cache', HOME: 'home'}});
		expect(relative.exitCode).toBe(0);
		expect(readdirSync(project)).toEqual(['App.csproj']);
	});
});

describe('which cache a run reads, and which old ones go', () => {
	it('keeps one cache per build, kind of run, Node version and architecture', () => {
		expect(codeCacheFile('/c', 'abc', 'run', 'v20.20.2', 'x64')).toBe('/c/code/abc-run-v20.20.2-x64.v8');
		expect(runKind(['doctor', '.'])).toBe('doctor');
		expect(runKind(['--yes', '--json'])).toBe('run');
		expect(runKind(['--project', 'x', '--version'])).toBeUndefined();
	});

	it('removes other builds\' caches and unfinished writes once they are a week old, and keeps its own', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-code-old-'));
		mkdirSync(folder, {recursive: true});
		const now = Date.now();
		const files = {own: 'aaaa-run-v20.20.2-x64.v8', ownOld: 'aaaa-doctor-v18.0.0-x64.v8', otherRecent: 'bbbb-run-v20.20.2-x64.v8', otherOld: 'cccc-run-v20.20.2-x64.v8', unfinished: 'aaaa-run-v20.20.2-x64.v8.123.tmp'};
		for (const name of Object.values(files)) writeFileSync(path.join(folder, name), 'x');
		const eightDaysAgo = new Date(now - 8 * 24 * 60 * 60 * 1000);
		for (const name of [files.ownOld, files.otherOld, files.unfinished]) utimesSync(path.join(folder, name), eightDaysAgo, eightDaysAgo);
		removeOldCaches(folder, 'aaaa', now);
		expect(readdirSync(folder).sort()).toEqual([files.ownOld, files.own, files.otherRecent].sort());
	});
});
