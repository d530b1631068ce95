// Discovery that ends (issue 19): the search below a folder with no project of its own, over
// generated trees. Timings are generous (a shared machine); `npm run bench` measures them.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {shownList} from '../source/grammar/shown-list.js';
import {discoverProjects} from '../source/project/discovery.js';
import {runCli} from './cli-run.js';

const library = '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n';
const web = '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n';

// The generated trees are large (26,000 folders): removed after the tests.
const trees: string[] = [];
afterAll(async () => {
	await Promise.all(trees.splice(0).map(async folder => rm(folder, {recursive: true, force: true})));
});

/** `count` projects in src/P0000 … (every tenth a web app, the rest libraries), with bin/obj/node_modules beside them. */
async function manyProjects(count: number): Promise<string> {
	const top = await mkdtemp(path.join(os.tmpdir(), 'diw-many-'));
	trees.push(top);
	for (let index = 0; index < count; index++) {
		const name = `P${String(index).padStart(4, '0')}`;
		const folder = path.join(top, 'src', name);
		await mkdir(path.join(folder, 'obj'), {recursive: true});
		await writeFile(path.join(folder, `${name}.csproj`), index % 10 === 0 ? web : library);
	}
	await mkdir(path.join(top, 'node_modules', 'x', 'y'), {recursive: true});
	await writeFile(path.join(top, 'node_modules', 'x', 'y', 'Hidden.csproj'), web);
	return top;
}

/** A tree of about `folders` folders, ten to a level, with a project now and then. */
async function wideTree(folders: number): Promise<string> {
	const top = await mkdtemp(path.join(os.tmpdir(), 'diw-tree-'));
	trees.push(top);
	let made = 0;
	let level = [top];
	while (made < folders) {
		const next: string[] = [];
		for (const parent of level) {
			for (let index = 0; index < 10 && made < folders; index++, made++) {
				const folder = path.join(parent, `d${index}`);
				await mkdir(folder);
				if (made % 7 === 0) await writeFile(path.join(folder, `L${made}.csproj`), library);
				next.push(folder);
			}
		}
		level = next;
	}
	return top;
}

describe('discovery below a folder', () => {
	it('skips bin, obj, node_modules and hidden folders, and says what a limit left out', async () => {
		const top = await manyProjects(30);
		await mkdir(path.join(top, '.git', 'a'), {recursive: true});
		await writeFile(path.join(top, '.git', 'a', 'Git.csproj'), web);
		const found = await discoverProjects(top);
		expect(found.projects).toHaveLength(30);
		expect(found.projects.some(file => file.includes('node_modules') || file.includes('.git'))).toBe(false);
		expect(found.ignored).toBe(32);
		expect(found.stoppedBy).toBeUndefined();
		const shallow = await discoverProjects(top, {depth: 1, budgetMs: 10_000, maxFolders: 100_000});
		expect(shallow).toMatchObject({projects: [], stoppedBy: 'depth', unsearched: 30});
	});

	it('cuts a long list with +N more', () => {
		expect(shownList(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toBe('a, b, c +4 more');
	});

	it('answers from a root with 2,000 projects, with one short line', async () => {
		const top = await manyProjects(2000);
		const started = Date.now();
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml'], {cwd: top});
		const elapsed = Date.now() - started;
		expect(exitCode).toBe(2);
		expect(stderr).toContain('this folder has no project of its own, and the folders below it hold several apps: pass --project with one of src/P0000/P0000.csproj');
		expect(stderr).toContain('+192 more');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr.length).toBeLessThan(1000);
		// Generous: the bench measures it (under 2 s on a quiet machine).
		expect(elapsed).toBeLessThan(20_000);
	}, 120_000);

	it('ends in a tree of 26,000 folders, saying how much it left unsearched', async () => {
		const top = await wideTree(26_000);
		const started = Date.now();
		const found = await discoverProjects(top, {depth: 3, budgetMs: 1500, maxFolders: 20_000});
		expect(Date.now() - started).toBeLessThan(15_000);
		expect(found.stoppedBy).toBe('depth');
		expect(found.unsearched).toBeGreaterThanOrEqual(10_000);
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml'], {cwd: top});
		expect(exitCode).toBe(2);
		expect(stderr).toMatch(/the search stopped (deeper than 6 folders|after 1\.5 s|after 20000 folders) and left \d+ folders? unsearched/);
		expect(stderr.length).toBeLessThan(1500);
	}, 300_000);
});
