import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cacheFolder, cachedEvaluation, storeEvaluation} from '../source/project/evaluation-cache.js';
import {fixture, runCli} from './cli-run.js';
import {missingTools} from './support/requirements.js';
import {scratchFolder} from './support/scratch-folder.js';

async function project() {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-evaluation-cache-'));
	vi.stubEnv('XDG_CACHE_HOME', path.join(folder, 'cache'));
	const file = path.join(folder, 'App.csproj');
	const props = path.join(folder, 'Directory.Build.props');
	await writeFile(file, '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n');
	await writeFile(props, '<Project />\n');
	// A dotnet root of its own: the SDKs' folder is part of the key.
	const dotnetRoot = path.join(folder, 'dotnet');
	return {file, props, dotnetRoot};
}

describe('the MSBuild evaluation cache', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('answers while every file it was read from is byte for byte the same, and not once one changes', async () => {
		const {file, props, dotnetRoot} = await project();
		await storeEvaluation({failure: 'MSBuild could not evaluate App.csproj (error MSB4025)', file, files: [file, props]}, dotnetRoot);
		expect(await cachedEvaluation(file, dotnetRoot)).toEqual({failure: 'MSBuild could not evaluate App.csproj (error MSB4025)', file, files: [file, props]});
		await writeFile(props, '<Project /> \n');
		expect(await cachedEvaluation(file, dotnetRoot)).toBeUndefined();
		// The project's own file, which the key holds.
		await storeEvaluation({failure: 'x', file, files: [file, props]}, dotnetRoot);
		expect(await cachedEvaluation(file, dotnetRoot)).toEqual({failure: 'x', file, files: [file, props]});
		await writeFile(file, `${await readFile(file, 'utf8')} `);
		expect(await cachedEvaluation(file, dotnetRoot)).toBeUndefined();
	});

	it('is a miss once a file MSBuild looks for appears: a Directory.Build.targets above the project, the project\'s .user file, restore\'s props in obj/', async () => {
		const {file, props, dotnetRoot} = await project();
		const above = path.join(path.dirname(path.dirname(file)), 'Directory.Build.targets');
		await storeEvaluation({failure: 'x', file, files: [file, props]}, dotnetRoot);
		expect(await cachedEvaluation(file, dotnetRoot)).toEqual({failure: 'x', file, files: [file, props]});
		await writeFile(above, '<Project />\n');
		try {
			expect(await cachedEvaluation(file, dotnetRoot)).toBeUndefined();
		} finally {
			await rm(above);
		}
		expect(await cachedEvaluation(file, dotnetRoot)).toBeDefined();
		await writeFile(`${file}.user`, '<Project />\n');
		expect(await cachedEvaluation(file, dotnetRoot)).toBeUndefined();
		// What a restore writes in obj/, through which the packages' own props come in.
		await storeEvaluation({failure: 'x', file, files: [file, props]}, dotnetRoot);
		await mkdir(path.join(path.dirname(file), 'obj'));
		await writeFile(path.join(path.dirname(file), 'obj', 'App.csproj.nuget.g.props'), '<Project />\n');
		expect(await cachedEvaluation(file, dotnetRoot)).toBeUndefined();
	});

	it('takes an entry only for its own key: one stored under the same name for another project is a miss', async () => {
		const {file, props, dotnetRoot} = await project();
		await storeEvaluation({failure: 'x', file, files: [props]}, dotnetRoot);
		const [name] = await readdir(cacheFolder());
		const entry = JSON.parse(await readFile(path.join(cacheFolder(), name!), 'utf8')) as {key: string};
		await writeFile(path.join(cacheFolder(), name!), JSON.stringify({...entry, key: entry.key.replace('App.csproj', 'Other.csproj')}));
		expect(await cachedEvaluation(file, dotnetRoot)).toBeUndefined();
	});
});

const missing = missingTools(['dotnet']);

describe.skipIf(missing !== '')(`a cached MSBuild read${missing}`, () => {
	it('answers from the Directory.Build.props added at the repository root after the project was read', async () => {
		const repository = await scratchFolder('diw-evaluation-added-');
		const app = path.join(repository, 'src', 'App');
		await mkdir(path.join(repository, '.git'));
		await mkdir(app, {recursive: true});
		await writeFile(path.join(app, 'App.csproj'), '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n');
		const env = {XDG_CACHE_HOME: path.join(repository, '.cache')};
		const answers = async () => {
			const run = await runCli(['--yes', '--json', '--detect', 'msbuild', '--today', '2026-11-24'], {cwd: app, env});
			expect(run.exitCode).toBe(0);
			return JSON.parse(run.stdout) as {answers: {globalization: string}; project: {restoreFiles?: string[]}};
		};
		expect((await answers()).answers.globalization).toBe('icu');
		await writeFile(path.join(repository, 'Directory.Build.props'), '<Project>\n  <PropertyGroup>\n    <InvariantGlobalization>true</InvariantGlobalization>\n  </PropertyGroup>\n</Project>\n');
		expect((await answers()).answers.globalization).toBe('invariant');
	});

	it('answers a cached read as the first, with the file each value was set in, from the entry alone', async () => {
		const copy = await scratchFolder('diw-evaluation-origins-');
		await cp(fixture('central-packages'), copy, {recursive: true});
		const env = {XDG_CACHE_HOME: path.join(copy, '.cache')};
		const read = async () => {
			const run = await runCli(['--yes', '--json', '--detect', 'msbuild', '--today', '2026-11-24'], {cwd: path.join(copy, 'src', 'Api'), env});
			expect(run.exitCode, run.stderr).toBe(0);
			return JSON.parse(run.stdout) as {provenance: {dotnet: {note?: string}}};
		};
		const first = await read();
		expect(first.provenance.dotnet.note).toBe('TargetFramework net8.0 in Directory.Packages.props');
		expect(await read()).toEqual(first);
		// The entry holds the evaluation with those origins, and the files the XML reader read.
		const [entry] = await readdir(path.join(copy, '.cache', 'dotnet-image-wizard', 'evaluations'));
		const stored = JSON.parse(await readFile(path.join(copy, '.cache', 'dotnet-image-wizard', 'evaluations', entry!), 'utf8')) as {files: Record<string, unknown>; outcome: {evaluation: {setIn: Record<string, string>}}};
		expect(stored.outcome.evaluation.setIn['TargetFramework']).toBe(path.join(copy, 'Directory.Packages.props'));
		expect(Object.keys(stored.files)).toContain(path.join(copy, 'Directory.Packages.props'));
	});
});
