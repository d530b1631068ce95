// Issue 23, breaks 1, 4 and 5: reading a project runs none of its targets, and a `dotnet` that
// prints without end or hangs (with children) is bounded: the XML reader takes over with one note.
import {spawnSync} from 'node:child_process';
import {access, chmod, cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, describe, expect, it} from 'vitest';
import {binary, fixture, runCli} from './cli-run.js';
import {hasProgram, missingTools} from './support/requirements.js';

const scratch: string[] = [];
afterAll(async () => Promise.all(scratch.map(async folder => rm(folder, {recursive: true, force: true}))));

async function folderOf(prefix: string): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
	scratch.push(folder);
	return folder;
}

/** A folder holding a `dotnet` that is the given shell script, for PATH. */
async function hostileDotnet(script: string): Promise<string> {
	const bin = await folderOf('diw-hostile-dotnet-');
	await writeFile(path.join(bin, 'dotnet'), `#!/bin/sh\n${script}\n`);
	await chmod(path.join(bin, 'dotnet'), 0o755);
	return bin;
}

/** Whether the process runs: a zombie (killed, not yet reaped by whoever adopted it) does not. */
async function alive(pid: number): Promise<boolean> {
	const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
	return stat !== '' && !/^\d+ \(.*\) [ZX] /.test(stat);
}

const missing = missingTools(['dotnet']);

describe.skipIf(missing !== '')(`reading a project runs none of its targets${missing}`, () => {
	it('runs no target of the project or its Directory.Build.targets, yet gives the SDK\'s own pick', async () => {
		const copy = await folderOf('diw-no-targets-');
		await cp(fixture('web-api'), copy, {recursive: true});
		const project = path.join(copy, 'WebApi.csproj');
		const hooks = (name: string) => [
			`  <Target Name="${name}Before" BeforeTargets="ComputeContainerBaseImage"><Exec Command="touch ${name}-before" /></Target>`,
			`  <Target Name="${name}Initial"><Exec Command="touch ${name}-initial" /></Target>`,
			`  <Target Name="${name}After" AfterTargets="ComputeContainerBaseImage;Restore;Build"><Exec Command="touch ${name}-after" /></Target>`,
		].join('\n');
		await writeFile(project, (await readFile(project, 'utf8'))
			.replace('<Project Sdk="Microsoft.NET.Sdk.Web">', '<Project Sdk="Microsoft.NET.Sdk.Web" InitialTargets="ProjectInitial">')
			.replace('</Project>', `${hooks('Project')}\n</Project>`));
		await writeFile(path.join(copy, 'Directory.Build.targets'), `<Project InitialTargets="TargetsInitial">\n${hooks('Targets')}\n</Project>\n`);
		const cache = await folderOf('diw-no-targets-cache-');
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--json', '--detect', 'msbuild'], {cwd: copy, env: {XDG_CACHE_HOME: cache}});
		expect(stderr).toBe('');
		expect(exitCode).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.project.reader).toBe('msbuild');
		expect(json.project.sdk.sdk).toBe('mcr.microsoft.com/dotnet/aspnet:10.0');
		for (const name of ['Project', 'Targets']) {
			for (const hook of ['before', 'initial', 'after']) {
				await expect(access(path.join(copy, `${name}-${hook}`)), `${name}-${hook}`).rejects.toThrow();
			}
		}
	}, 120_000);
});

describe.skipIf(missing !== '')(`MSBuild without a temporary folder${missing}`, () => {
	it('still reads with MSBuild, and copies the files the XML reader sees imported', async () => {
		const cache = await folderOf('diw-no-tmp-cache-');
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--output', 'dockerfile', '--detect', 'msbuild'], {cwd: fixture('with-props'), env: {XDG_CACHE_HOME: cache, TMPDIR: path.join(cache, 'missing')}});
		expect(exitCode, stderr).toBe(0);
		expect(stdout).toContain('COPY Directory.Build.props .\nCOPY Directory.Build.targets .\nCOPY NuGet.config .\nCOPY src/Api/Api.csproj src/Api/\n');
	}, 120_000);
});

describe('a hostile dotnet on PATH is bounded', () => {
	it('stops one that prints 100 MB at the output cap: memory stays small, the note is one short line', async () => {
		const bin = await hostileDotnet('head -c 100000000 /dev/zero | tr "\\000" x\nexit 1');
		const cache = await folderOf('diw-hostile-cache-');
		const timed = hasProgram('/usr/bin/time', ['-f', '%M', 'true']);
		const argv = [process.execPath, binary, '--today', '2026-11-24', '--yes', '--json'];
		const result = spawnSync(timed ? '/usr/bin/time' : argv[0]!, timed ? ['-f', 'maxrss=%M', ...argv] : argv.slice(1), {
			cwd: fixture('web-api'), encoding: 'utf8', env: {...process.env, PATH: `${bin}:${process.env['PATH']}`, XDG_CACHE_HOME: cache}, maxBuffer: 64 * 1024 * 1024,
		});
		expect(result.status).toBe(0);
		const lines = result.stderr.trim().split('\n').filter(line => !line.startsWith('maxrss='));
		expect(lines).toEqual(['note: MSBuild could not evaluate WebApi.csproj (dotnet msbuild printed more than 8 MiB): read WebApi.csproj with the XML reader, which does not run MSBuild.']);
		expect(JSON.parse(result.stdout).project.reader).toBe('xml');
		const rss = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1]);
		// In KiB: the run keeps at most 8 MiB of what dotnet printed (it took 3.9 GB before the cap).
		if (timed) expect(rss).toBeLessThan(250 * 1024);
	}, 60_000);

	it('kills a hung dotnet and every child it started after DIW_MSBUILD_TIMEOUT seconds, then reads with the XML reader', async () => {
		const folder = await folderOf('diw-hung-');
		const pids = path.join(folder, 'pids');
		const bin = await hostileDotnet(`sleep 300 &\necho $! >> ${pids}\nsh -c 'sleep 300 & echo $! >> ${pids}; sleep 300' &\necho $! >> ${pids}\necho $$ >> ${pids}\nsleep 300`);
		const cache = await folderOf('diw-hung-cache-');
		const started = Date.now();
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--json'], {env: {PATH: `${bin}:${process.env['PATH']}`, XDG_CACHE_HOME: cache, DIW_MSBUILD_TIMEOUT: '2'}});
		const elapsed = Date.now() - started;
		expect(exitCode).toBe(0);
		expect(stderr.trim().split('\n')).toEqual(['note: MSBuild could not evaluate WebApi.csproj (dotnet msbuild did not finish within 2 s): read WebApi.csproj with the XML reader, which does not run MSBuild.']);
		expect(JSON.parse(stdout).project.reader).toBe('xml');
		expect(elapsed).toBeLessThan(20_000);
		const recorded = (await readFile(pids, 'utf8')).trim().split('\n').map(Number);
		expect(recorded.length).toBe(4);
		const running = [];
		for (const pid of recorded) if (await alive(pid)) running.push(pid);
		expect(running).toEqual([]);
	}, 60_000);

	it('takes garbage on stdout as no evaluation, in one short line', async () => {
		const bin = await hostileDotnet('printf "\\033[31m%s" "$(head -c 5000 /dev/urandom | base64 -w0)"\nexit 0');
		const {exitCode, stderr} = await runCli(['--yes'], {env: {PATH: `${bin}:${process.env['PATH']}`, XDG_CACHE_HOME: await folderOf('diw-garbage-cache-')}});
		expect(exitCode).toBe(0);
		const lines = stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^note: MSBuild could not evaluate WebApi\.csproj \(dotnet msbuild printed no evaluation \(\\x1b\[31m/);
		expect(lines[0]!.length).toBeLessThan(300);
	}, 60_000);
});
