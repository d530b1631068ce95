// The build context never leaves the project: a referenced project outside the repository (or,
// without one, outside the folder the user is in) stops the run with the --context it would need,
// nothing is written above that folder, and the context is never `/`.
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, realpath, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {runCli} from './cli-run.js';

const app = (reference: string) => `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><ProjectReference Include="${reference}" /></ItemGroup>
</Project>
`;
const library = '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n';

/** top/repo/src/App/App.csproj referencing `reference`, and a library at top/lib/Lib.csproj (outside repo). */
async function layout(reference: string, options: {git: boolean}) {
	const top = await realpath(await mkdtemp(path.join(os.tmpdir(), 'diw-boundary-')));
	const repository = path.join(top, 'repo');
	const appFolder = path.join(repository, 'src', 'App');
	await mkdir(appFolder, {recursive: true});
	await mkdir(path.join(top, 'lib'));
	await writeFile(path.join(top, 'lib', 'Lib.csproj'), library);
	await writeFile(path.join(appFolder, 'App.csproj'), app(reference));
	if (options.git) await execa('git', ['init', '-q', repository]);
	return {top, repository, appFolder};
}

const noDockerfileAbove = (appFolder: string, top: string) => {
	for (let folder = appFolder; folder.startsWith(top); folder = path.dirname(folder)) expect(existsSync(path.join(folder, 'Dockerfile')), folder).toBe(false);
};

describe('a referenced project outside the repository', () => {
	it.each([true, false])('stops the run in one line naming the --context it needs, and writes nothing (git repository: %s)', async git => {
		const {top, appFolder} = await layout('../../../lib/Lib.csproj', {git});
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--detect', 'xml', '--write'], {cwd: appFolder});
		expect(exitCode).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		const where = git ? 'outside the repository ../..' : 'outside this folder, the widest build context without a repository (.git)';
		expect(stderr).toContain(`App.csproj references ../../../lib/Lib.csproj, ${where}: the build context would have to be ${top}; pass --context ${top} to use it.`);
		noDockerfileAbove(appFolder, top);

		// Asked for, that context is used.
		const asked = await runCli(['--yes', '--detect', 'xml', '--context', top, '--output', 'dockerfile'], {cwd: appFolder});
		expect(asked.exitCode).toBe(0);
		expect(asked.stdout).toContain('COPY lib/Lib.csproj lib/\n');
	});

	it('stops at a reference through /proc/self/cwd, even to a project inside: the context would have to be /', async () => {
		const {repository, appFolder} = await layout('/proc/self/cwd/Inner/Inner.csproj', {git: true});
		await mkdir(path.join(appFolder, 'Inner'));
		await writeFile(path.join(appFolder, 'Inner', 'Inner.csproj'), library);
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml', '--write'], {cwd: appFolder});
		expect(exitCode).toBe(2);
		expect(stderr.trim()).toBe('dotnet-image-wizard: App.csproj references /proc/self/cwd/Inner/Inner.csproj, outside the repository ../..: the build context would have to be /, which it never is; move the referenced project inside ../...');
		expect(existsSync(path.join(repository, 'Dockerfile'))).toBe(false);
		expect(existsSync(path.join(appFolder, 'Dockerfile'))).toBe(false);
	});

	it('stops at a reference that leads out of the repository through a symlink', async () => {
		const {top, repository, appFolder} = await layout('../../lib/Lib.csproj', {git: true});
		await symlink(path.join(top, 'lib'), path.join(repository, 'lib'));
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml', '--write'], {cwd: appFolder});
		expect(exitCode).toBe(2);
		expect(stderr).toContain(`App.csproj references ../../lib/Lib.csproj, outside the repository ../..: a symlink on its way leads to ${path.join(top, 'lib', 'Lib.csproj')}`);
		noDockerfileAbove(appFolder, top);
	});

	it('widens the context inside the repository, says so, writes the Dockerfile in the app\'s folder (built from the context with --file) and the .dockerignore at the context', async () => {
		const {repository, appFolder} = await layout('../Lib/Lib.csproj', {git: true});
		await mkdir(path.join(repository, 'src', 'Lib'));
		await writeFile(path.join(repository, 'src', 'Lib', 'Lib.csproj'), library);
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--detect', 'xml', '--write'], {cwd: appFolder});
		expect(exitCode, stderr).toBe(0);
		expect(stderr).toContain('note: build context: .., widened from . to hold Lib/Lib.csproj.');
		expect(stdout).toContain('wrote Dockerfile\n');
		expect(stdout).toContain('wrote ../.dockerignore\n');
		expect(stdout).toContain('--file Dockerfile');
		expect(stdout).toMatch(/^Build: docker buildx build .* \.\.$/m);
		expect(existsSync(path.join(appFolder, 'Dockerfile'))).toBe(true);
		expect(existsSync(path.join(repository, 'src', 'Dockerfile'))).toBe(false);
	});

	it('refuses --context /', async () => {
		const {appFolder} = await layout('../Lib/Lib.csproj', {git: false});
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml', '--context', '/', '--write'], {cwd: appFolder});
		expect(exitCode).toBe(2);
		expect(stderr.trim()).toBe('dotnet-image-wizard: --context: / is the root of the file system, which is never a build context: pass the folder of the repository or of the app.');
		expect(existsSync(path.join(appFolder, 'Dockerfile'))).toBe(false);
	});
});
