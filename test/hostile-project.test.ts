// Project files an attacker or an unlucky user could hand us: each is refused in one line naming
// the file, or read without touching what it points at; none may hang (every run has a timeout).
import {execFileSync} from 'node:child_process';
import {cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixture, runCli} from './cli-run.js';

async function copyOfWebApi(): Promise<string> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-hostile-'));
	await cp(fixture('web-api'), directory, {recursive: true});
	return directory;
}

const run = (cwd: string, extra: string[] = []) => runCli(['--yes', '--detect', 'xml', '--output', 'dockerfile', ...extra], {cwd, timeout: 20_000});

async function withProject(edit: (directory: string) => Promise<void>) {
	const directory = await copyOfWebApi();
	await edit(directory);
	const result = await run(directory);
	await rm(directory, {recursive: true, force: true});
	return result;
}

const addToProject = (directory: string, xml: string) => readFile(path.join(directory, 'WebApi.csproj'), 'utf8')
	.then(async content => writeFile(path.join(directory, 'WebApi.csproj'), content.replace('</Project>', `${xml}</Project>`)));

const deepCondition = `${'('.repeat(100_000)}'a' == 'a'${')'.repeat(100_000)}`;
const wideExpansion = `<Project><PropertyGroup><P0>${'x'.repeat(1000)}</P0><P1>${'$(P0)'.repeat(1000)}</P1><P2>${'$(P1)'.repeat(1000)}</P2></PropertyGroup></Project>`;
const expansionBomb = `<Project><PropertyGroup><P0>xxxxxxxxxx</P0>${Array.from({length: 11}, (_, index) => `<P${index + 1}>${`$(P${index})`.repeat(10)}</P${index + 1}>`).join('')}</PropertyGroup></Project>`;

describe('hostile project files', () => {
	it.each([
		['the project is a FIFO', async (directory: string) => {
			await rm(path.join(directory, 'WebApi.csproj'));
			execFileSync('mkfifo', [path.join(directory, 'WebApi.csproj')]);
		}, 'WebApi.csproj is a named pipe (FIFO), not a regular file: only regular files are read.'],
		['Directory.Build.props links to /dev/zero', async (directory: string) => symlink('/dev/zero', path.join(directory, 'Directory.Build.props')),
			'Directory.Build.props is a device, not a regular file: only regular files are read.'],
		['global.json is a FIFO', async (directory: string) => {
			execFileSync('mkfifo', [path.join(directory, 'global.json')]);
		},
			'global.json is a named pipe (FIFO), not a regular file: only regular files are read.'],
		['an imported .props is a FIFO', async (directory: string) => {
			execFileSync('mkfifo', [path.join(directory, 'shared.props')]);
			await addToProject(directory, '<Import Project="shared.props" />');
		}, 'shared.props is a named pipe (FIFO), not a regular file: only regular files are read.'],
		['Directory.Build.props is larger than 8 MiB', async (directory: string) => writeFile(path.join(directory, 'Directory.Build.props'), `<Project>${' '.repeat(8 * 1024 * 1024)}</Project>`),
			'Directory.Build.props is larger than 8 MiB, more than such a file ever needs: it is not read.'],
		['XML nested 100,000 deep', async (directory: string) => writeFile(path.join(directory, 'Directory.Build.props'), `<Project>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</Project>`),
			'Directory.Build.props nests its XML elements deeper than an MSBuild file does: it is not read.'],
		['a Condition of 100,000 nested parentheses', async (directory: string) => writeFile(path.join(directory, 'Directory.Build.props'), `<Project><PropertyGroup Condition="${deepCondition}"><X>1</X></PropertyGroup></Project>`),
			'Directory.Build.props has a Condition that nests parentheses more than 64 deep: it is not read.'],
		['an Import Condition of 100,000 nested parentheses', async (directory: string) => addToProject(directory, `<Import Project="x.props" Condition="${deepCondition}" />`),
			'WebApi.csproj has a Condition that nests parentheses more than 64 deep: it is not read.'],
		['an external entity', async (directory: string) => writeFile(path.join(directory, 'Directory.Build.props'), '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project><PropertyGroup><A>&x;</A></PropertyGroup></Project>\n'),
			'Directory.Build.props has a <!DOCTYPE> declaration: MSBuild prohibits DTDs (and the entities they declare), and so does this reader.'],
		['an entity bomb', async (directory: string) => writeFile(path.join(directory, 'Directory.Build.props'), `<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">${Array.from({length: 8}, (_, index) => `<!ENTITY e${index} "${`&${index === 0 ? 'a' : `e${index - 1}`};`.repeat(10)}">`).join('')}]><Project><PropertyGroup><A>&e7;</A></PropertyGroup></Project>`),
			'Directory.Build.props has a <!DOCTYPE> declaration'],
		['properties that repeat each other to a billion characters', async (directory: string) => writeFile(path.join(directory, 'Directory.Build.props'), expansionBomb),
			'Directory.Build.props: a $(Property) value expands to more than 1 MiB (properties that repeat each other): it is not read.'],
		['one value naming a 1 MB property a thousand times', async (directory: string) => writeFile(path.join(directory, 'Directory.Build.props'), wideExpansion),
			'Directory.Build.props: a $(Property) value expands to more than 1 MiB (properties that repeat each other): it is not read.'],
	])('%s: refused in one line naming the file', {timeout: 30_000}, async (_name, edit, message) => {
		const {exitCode, stderr} = await withProject(edit);
		expect(exitCode).toBe(2);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(`dotnet-image-wizard: ${message}`);
	});

	it('reads no device and does not hang on a ProjectReference to /dev/zero', {timeout: 30_000}, async () => {
		const {exitCode, stdout} = await withProject(async directory => addToProject(directory, '<ItemGroup><ProjectReference Include="/dev/zero" /></ItemGroup>'));
		expect(exitCode).toBe(0);
		expect(stdout).toContain('ENTRYPOINT ["dotnet", "WebApi.dll"]');
		expect(stdout).not.toContain('zero');
	});

	it('stops in one line, without hanging, at a ProjectReference through /proc/self/cwd (the context would have to be /)', {timeout: 30_000}, async () => {
		const {exitCode, stdout, stderr} = await withProject(async directory => addToProject(directory, '<ItemGroup><ProjectReference Include="/proc/self/cwd/WebApi.csproj" /></ItemGroup>'));
		expect(exitCode).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/\/proc\/self\/cwd/);
	});

	it('says when an MSBuild file is in the build context only as a link to a file outside it', {timeout: 30_000}, async () => {
		const outer = await mkdtemp(path.join(os.tmpdir(), 'diw-hostile-'));
		await mkdir(path.join(outer, 'outside'));
		await writeFile(path.join(outer, 'outside', 'real.props'), '<Project><PropertyGroup><InvariantGlobalization>true</InvariantGlobalization></PropertyGroup></Project>');
		await cp(fixture('web-api'), path.join(outer, 'app'), {recursive: true});
		await symlink('../outside/real.props', path.join(outer, 'app', 'Directory.Build.props'));
		const {exitCode, stderr} = await run(path.join(outer, 'app'));
		expect(exitCode).toBe(0);
		expect(stderr).toContain('note: Directory.Build.props is in the build context through a symbolic link to a file outside it: the container build copies the link, not the file.');
		await rm(outer, {recursive: true, force: true});
	});

	it('reads 60,000 conditional properties in time linear in their number', {timeout: 30_000}, async () => {
		const many = Array.from({length: 60_000}, (_, index) => `<P${index} Condition="'$(Configuration)' == 'Release'">x</P${index}>`).join('');
		const {exitCode, stdout} = await withProject(async directory => writeFile(path.join(directory, 'Directory.Build.props'), `<Project><PropertyGroup>${many}</PropertyGroup></Project>`));
		expect(exitCode).toBe(0);
		expect(stdout).toContain('ENTRYPOINT ["dotnet", "WebApi.dll"]');
	});

	it('does not walk the whole machine for an Import glob from /', {timeout: 30_000}, async () => {
		const {exitCode, stdout} = await withProject(async directory => addToProject(directory, '<Import Project="/**/*.never-a-real-extension" />'));
		expect(exitCode).toBe(0);
		expect(stdout).toContain('ENTRYPOINT ["dotnet", "WebApi.dll"]');
	});

	it.each([
		['a .sln', 'App.sln'],
		['a .slnx', 'App.slnx'],
	])('refuses %s that is a FIFO, naming it', {timeout: 30_000}, async (_name, solution) => {
		const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-hostile-'));
		execFileSync('mkfifo', [path.join(directory, solution)]);
		const {exitCode, stderr} = await run(directory);
		expect(exitCode).toBe(2);
		expect(stderr.trim()).toBe(`dotnet-image-wizard: ${solution} is a named pipe (FIFO), not a regular file: only regular files are read.`);
	});

	it('refuses a .slnx nested 100,000 deep, naming it', {timeout: 30_000}, async () => {
		const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-hostile-'));
		await writeFile(path.join(directory, 'App.slnx'), `<Solution>${'<Folder>'.repeat(100_000)}${'</Folder>'.repeat(100_000)}</Solution>`);
		const {exitCode, stderr} = await run(directory);
		expect(exitCode).toBe(2);
		expect(stderr.trim()).toBe('dotnet-image-wizard: App.slnx nests its XML elements deeper than an MSBuild file does: it is not read.');
	});

	it('refuses a FIFO project before MSBuild is asked about it, in every --detect mode', {timeout: 30_000}, async () => {
		const directory = await copyOfWebApi();
		await rm(path.join(directory, 'WebApi.csproj'));
		execFileSync('mkfifo', [path.join(directory, 'WebApi.csproj')]);
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'auto', '--output', 'dockerfile'], {cwd: directory, timeout: 20_000});
		expect(exitCode).toBe(2);
		expect(stderr.trim()).toBe('dotnet-image-wizard: WebApi.csproj is a named pipe (FIFO), not a regular file: only regular files are read.');
	});
});
