// What --project and a solution's list say when a path is not a project: a solution listing projects
// that are not there never suggests them as --project values; a link loop is called a loop.
import {cp, mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {fixture, runCli} from './cli-run.js';

const entry = (name: string, index: number) => `Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "${name}", "src\\${name}\\${name}.csproj", "{${String(index).repeat(8)}-1111-1111-1111-111111111111}"\nEndProject\n`;
const solution = (names: string[]) => `Microsoft Visual Studio Solution File, Format Version 12.00\n${names.map((name, index) => entry(name, index + 1)).join('')}`;

let folder: string;
beforeEach(async () => {
	folder = await mkdtemp(path.join(os.tmpdir(), 'diw-solution-'));
});
afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

async function app(name: string): Promise<void> {
	await mkdir(path.join(folder, 'src', name), {recursive: true});
	await cp(path.join(fixture('web-api'), 'WebApi.csproj'), path.join(folder, 'src', name, `${name}.csproj`));
}
const run = (args: string[] = []) => runCli(['--detect', 'xml', '--yes', '--json', ...args], {cwd: folder});

describe('a solution listing projects that do not exist', () => {
	it('with none left: one line that says so, and suggests none of them as --project', async () => {
		await writeFile(path.join(folder, 'App.sln'), solution(['Api', 'Web', 'Worker', 'Jobs', 'Admin']));
		for (const result of [await run(), await run(['--project', 'App.sln'])]) {
			expect(result.exitCode).toBe(2);
			expect(result.stderr.trim()).toBe('dotnet-image-wizard: App.sln lists 5 projects, and none exists (src/Api/Api.csproj, src/Web/Web.csproj, src/Worker/Worker.csproj +2 more): pass --project with the project to containerise.');
		}
	});

	it('with one left: that one is taken', async () => {
		await writeFile(path.join(folder, 'App.sln'), solution(['Api', 'Web']));
		await app('Web');
		const result = await run();
		expect(result.exitCode, result.stderr).toBe(0);
		expect(JSON.parse(result.stdout).project.file).toMatch(/Web\.csproj$/);
	});

	it('with several left: only those are offered', async () => {
		await writeFile(path.join(folder, 'App.sln'), solution(['Api', 'Gone', 'Web']));
		await app('Api');
		await app('Web');
		const result = await run();
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toContain('pass --project with one of src/Api/Api.csproj, src/Web/Web.csproj,');
		expect(/pass --project with one of ([^.]*)/.exec(result.stderr)?.[1]).not.toContain('Gone');
	});
});

describe('a --project that is a symbolic link loop', () => {
	it('says it loops, not that it does not exist', async () => {
		await symlink('b.csproj', path.join(folder, 'a.csproj'));
		await symlink('a.csproj', path.join(folder, 'b.csproj'));
		const result = await run(['--project', 'a.csproj']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.trim()).toBe('dotnet-image-wizard: --project: a.csproj is a symbolic link that loops (it leads back to itself).');
	});
});

describe('lists in one-line messages', () => {
	it('a solution of one app and forty libraries: the note names four and says how many more', async () => {
		const libraries = Array.from({length: 40}, (_, index) => `Lib${index}`);
		await writeFile(path.join(folder, 'App.sln'), solution(['Api', ...libraries]));
		await app('Api');
		for (const name of libraries) {
			await mkdir(path.join(folder, 'src', name), {recursive: true});
			await cp(path.join(fixture('library'), 'Library.csproj'), path.join(folder, 'src', name, `${name}.csproj`));
		}
		const result = await run();
		expect(result.exitCode, result.stderr).toBe(0);
		const note = result.stderr.split('\n').find(line => line.includes('the only app'))!;
		expect(note).toMatch(/: using src\/Api\/Api\.csproj, the only app \(Lib0\.csproj is a library, .* \+36 more\)/);
		expect(note.length).toBeLessThan(400);
	});

	it('a folder of thirty apps: the error names eight and says how many more', async () => {
		const names = Array.from({length: 30}, (_, index) => `App${String(index).padStart(2, '0')}`);
		for (const name of names) await app(name);
		const result = await run();
		expect(result.exitCode).toBe(2);
		expect(result.stderr.trim()).toMatch(/pass --project with one of src\/App00\/App00\.csproj, .*src\/App07\/App07\.csproj \+22 more, or --all for every app \(--apps A,B for some\)\.$/);
	});
});
