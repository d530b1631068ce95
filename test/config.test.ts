import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {root, runCli} from './cli-run.js';

async function copyOf(fixture: string): Promise<string> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-config-'));
	await cp(path.join(root, 'test', 'fixtures', 'projects', fixture), directory, {recursive: true});
	return directory;
}

describe('saved answers', () => {
	it('saves with --save and regenerates identical files from the config alone', async () => {
		const directory = await copyOf('web-api');
		const flags = ['--os', 'alpine', '--arch', 'arm64', '--globalization', 'icu', '--deploy', 'self-contained'];
		const first = await runCli(['--yes', '--save', ...flags, '--output', 'all'], {cwd: directory});
		expect(first.exitCode).toBe(0);
		expect(first.stderr).toContain('saved answers to .dotnet-image-wizardrc.json');
		const saved = JSON.parse(await readFile(path.join(directory, '.dotnet-image-wizardrc.json'), 'utf8'));
		expect(saved).toMatchObject({dotnet: '10.0', app: 'web', os: 'alpine', arch: ['arm64'], globalization: 'icu', project: 'WebApi.csproj'});

		const again = await runCli(['--yes', '--output', 'all'], {cwd: directory});
		expect(again.exitCode).toBe(0);
		expect(again.stdout).toBe(first.stdout);
		expect(again.stdout).toContain('FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine-extra');
	});

	it('ranks flags over the config file, and the config file over detection', async () => {
		const directory = await copyOf('web-api');
		await writeFile(path.join(directory, '.dotnet-image-wizardrc.yaml'), 'os: alpine\nglobalization: icu\n');
		const {stdout} = await runCli(['--yes', '--json', '--os', 'azurelinux'], {cwd: directory});
		const {answers, provenance} = JSON.parse(stdout);
		expect(answers).toMatchObject({os: 'azurelinux', globalization: 'icu', app: 'web'});
		expect(provenance.os.source).toBe('flag');
		expect(provenance.globalization).toEqual({source: 'config', note: '.dotnet-image-wizardrc.yaml'});
		expect(provenance.app).toEqual({source: 'detected', note: 'Sdk Microsoft.NET.Sdk.Web'});
	});

	it.each([
		['an unknown key', '{"distro": "ubuntu"}', /\.dotnet-image-wizardrc\.json: unknown key "distro" \(accepted: dotnet, app, deploy, startup, shell, globalization, os, arch, project, image\)\./],
		['a bad value', '{"os": "windows"}', /\.dotnet-image-wizardrc\.json: "os" has an invalid value "windows" \(accepted: ubuntu, debian, alpine, azurelinux\)\./],
		['a bad architecture list', '{"arch": ["amd64", "s390x"]}', /"arch" has an invalid value \["amd64","s390x"\]/],
		['broken JSON', '{"os": ', /cannot be parsed/],
	])('rejects %s naming the key, the file and the accepted values', async (_name, content, message) => {
		const directory = await copyOf('web-api');
		await writeFile(path.join(directory, '.dotnet-image-wizardrc.json'), content);
		const {exitCode, stderr} = await runCli(['--yes'], {cwd: directory});
		expect(exitCode).toBe(2);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(message);
	});

	it('reads the config named by --config', async () => {
		const directory = await copyOf('web-api');
		await writeFile(path.join(directory, 'ci.json'), '{"os": "debian", "dotnet": "8.0"}');
		const {stdout} = await runCli(['--yes', '--config', 'ci.json'], {cwd: directory});
		expect(stdout).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim');
		const missing = await runCli(['--yes', '--config', 'nope.json'], {cwd: directory});
		expect(missing.stderr).toContain('--config: nope.json does not exist.');
	});

	it('does not overwrite a different saved config without --force', async () => {
		const directory = await copyOf('web-api');
		await runCli(['--yes', '--save', '--os', 'alpine'], {cwd: directory});
		const refused = await runCli(['--yes', '--save', '--os', 'debian', '--dotnet', '9.0'], {cwd: directory});
		expect(refused.exitCode).toBe(1);
		expect(refused.stderr).toContain('.dotnet-image-wizardrc.json already exists: nothing was written. Pass --force to overwrite.');
		const forced = await runCli(['--yes', '--save', '--os', 'debian', '--dotnet', '9.0', '--force'], {cwd: directory});
		expect(forced.exitCode).toBe(0);
		expect(JSON.parse(await readFile(path.join(directory, '.dotnet-image-wizardrc.json'), 'utf8')).os).toBe('debian');
	});
});

describe('project problems on the command line', () => {
	it('explains net48 and accepts --dotnet to go on anyway', async () => {
		const directory = await copyOf('legacy-net48');
		const refused = await runCli(['--yes'], {cwd: directory});
		expect(refused.exitCode).toBe(2);
		expect(refused.stderr).toMatch(/Legacy\.csproj: the project targets net48: \.NET Framework runs only in Windows containers.*Pass --dotnet/);
		const forced = await runCli(['--yes', '--dotnet', '10.0'], {cwd: directory});
		expect(forced.exitCode).toBe(0);
		expect(forced.stderr).toContain('note: the project targets net48');
	});

	it('requires --project when a solution lists several', async () => {
		const directory = await copyOf('solution');
		const {exitCode, stderr} = await runCli(['--yes'], {cwd: directory});
		expect(exitCode).toBe(2);
		expect(stderr).toContain('Two.sln lists several apps: pass --project with one of Api/Api.csproj, Worker/Worker.csproj.');
		const chosen = await runCli(['--yes', '--project', 'Worker/Worker.csproj', '--output', 'dockerfile'], {cwd: directory});
		// Nothing outside Worker/ is read by its restore: the build context is the app's folder, and the output says so.
		expect(chosen.stderr).toContain('note: build context: Worker (the app\'s folder).');
		expect(chosen.stdout).toContain('COPY Worker.csproj .');
		expect(chosen.stdout).toContain('ENTRYPOINT ["dotnet", "Worker.dll"]');
	});
});
