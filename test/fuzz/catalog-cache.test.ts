// Surfaces: the catalog cache and the servers --refresh downloads from. A cache tampered with
// field by field (hostile strings, nulls, numbers, missing fields, a date far ahead, truncated
// JSON) is used only if the parser a download passes accepts it, else ignored with one note; the
// Native AOT Dockerfile (whose toolchain RUN names the Ubuntu codename) stays the generator's own.
// Servers that drip, stall, fail or redirect in generated ways cannot hold --refresh past three
// times its timeout, and a failed refresh leaves no cache behind.
import {mkdir, mkdtemp, rm, stat, writeFile} from 'node:fs/promises';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildCatalog} from '../../source/catalog/build-catalog.js';
import {parseCatalog} from '../../source/catalog/parse-catalog.js';
import {gaDocuments} from '../support/catalog-server.js';
import {hostileString} from './arbitraries.js';
import {today} from './command-lines.js';
import {runInProcess} from './in-process.js';
import {expectCleanRun, expectGeneratedDockerfile} from './invariants.js';
import {removeScratch, scratchRepository, type Scratch} from './scratch.js';
import {fuzzOptions, runs, timeoutFor} from './settings.js';

const saved = {cache: process.env['XDG_CACHE_HOME'], timeout: process.env['DOTNET_IMAGE_WIZARD_TIMEOUT']};
let scratch: Scratch;
let cacheHome: string;
beforeAll(async () => {
	scratch = await scratchRepository();
	cacheHome = await mkdtemp(path.join(os.tmpdir(), 'diw-fuzz-cache-'));
	process.env['XDG_CACHE_HOME'] = cacheHome;
});
afterAll(async () => {
	for (const [name, value] of [['XDG_CACHE_HOME', saved.cache], ['DOTNET_IMAGE_WIZARD_TIMEOUT', saved.timeout]] as const) {
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	}
	await removeScratch(scratch.folder);
	await rm(cacheHome, {recursive: true, force: true});
});
const cacheFile = () => path.join(cacheHome, 'dotnet-image-wizard', 'catalog.json');

/** A cache as a refresh writes it, from the 11.0-release documents, dated a few days ago. */
function validCache(): Record<string, unknown> {
	const date = new Date(Date.now() - 3 * 86_400_000);
	return {format: 1, ...buildCatalog(gaDocuments()), source: {kind: 'refreshed', date: date.toISOString().slice(0, 10), manifest: 'https://mirror.example/manifest.json', releases: 'https://mirror.example/releases-index.json', fetchedAt: date.toISOString()}};
}

const removed = Symbol('removed');
const value = fc.oneof(
	{weight: 5, arbitrary: hostileString},
	{weight: 1, arbitrary: fc.constantFrom<unknown>(null, 0, 10, -1, 1e309, true, false, {}, [], ['amd64', 's390x'], removed, '2099-01-01', 'noble', 'bookworm', 'alpine3.24', '10.0', 'amd64', '99.99.99', 'lts', 'refreshed', 'embedded')},
);
const imageFields = ['repo', 'dotnet', 'tag', 'aliases', 'os', 'release', 'codename', 'chiseled', 'distroless', 'extra', 'composite', 'aot', 'architectures', 'unknownField'];
const lifecycleFields = ['dotnet', 'releaseType', 'supportPhase', 'eolDate', 'runtimeVersion', 'sdkVersion', 'minorTag', 'gaDate'];
const sourceFields = ['kind', 'date', 'manifest', 'releases', 'fetchedAt'];
const topFields = ['format', 'images', 'lifecycle', 'source'];

type Change = {part: 'images' | 'lifecycle' | 'source' | 'top'; index: number; field: string; value: unknown};
const change: fc.Arbitrary<Change> = fc.oneof(
	{weight: 5, arbitrary: fc.record({part: fc.constant('images' as const), index: fc.nat(400), field: fc.constantFrom(...imageFields), value})},
	{weight: 2, arbitrary: fc.record({part: fc.constant('lifecycle' as const), index: fc.nat(10), field: fc.constantFrom(...lifecycleFields), value})},
	{weight: 1, arbitrary: fc.record({part: fc.constant('source' as const), index: fc.constant(0), field: fc.constantFrom(...sourceFields), value})},
	{weight: 1, arbitrary: fc.record({part: fc.constant('top' as const), index: fc.constant(0), field: fc.constantFrom(...topFields), value})},
);

function applied(cache: Record<string, unknown>, {part, index, field, value: newValue}: Change): void {
	const set = (record: Record<string, unknown>) => {
		if (newValue === removed) delete record[field];
		else record[field] = newValue;
	};
	if (part === 'top') return set(cache);
	if (part === 'source') return set(cache['source'] as Record<string, unknown>);
	const list = cache[part] as Array<Record<string, unknown>>;
	const entry = list[index % list.length];
	if (entry && typeof entry === 'object') set(entry);
}

/** One to three changes, and sometimes a cut (the share of the text kept). */
const tampered = fc.record({changes: fc.array(change, {minLength: 1, maxLength: 3}), cut: fc.option(fc.double({min: 0, max: 1, noNaN: true}), {nil: undefined, freq: 6})});

/** The cache's text with the changes made (a counterexample shows the changes, not the whole text). */
function cacheText({changes, cut}: {changes: Change[]; cut: number | undefined}): string {
	const cache = validCache();
	for (const each of changes) applied(cache, each);
	const text = JSON.stringify(cache) ?? 'null';
	return cut === undefined ? text : text.slice(0, Math.floor(text.length * cut));
}

/** Whether the program should use this cache: the parser a download passes, on its format. */
function acceptable(text: string): boolean {
	try {
		const value = JSON.parse(text) as {format?: unknown} | null;
		parseCatalog(value, new Date().toISOString().slice(0, 10));
		return value?.format === 1;
	} catch {
		return false;
	}
}

// Cross-compiled Native AOT on Ubuntu: the toolchain RUN line names the catalog's codename.
const aotArgv = ['--yes', '--today', today, '--detect', 'xml', '--output', 'dockerfile', '--dotnet', '10.0', '--app', 'console', '--deploy', 'aot', '--shell', 'no', '--globalization', 'invariant', '--os', 'ubuntu', '--arch', 'amd64,arm64'];

describe('a tampered catalog cache', () => {
	const numRuns = runs(60, 0.1);
	it('is used only when it passes the download\'s parser, else ignored with one note; the Dockerfile stays the generator\'s', async () => {
		await fc.assert(fc.asyncProperty(tampered, async tampering => {
			const text = cacheText(tampering);
			await mkdir(path.dirname(cacheFile()), {recursive: true});
			await writeFile(cacheFile(), text);
			const run = await runInProcess(aotArgv, scratch.app);
			expectCleanRun(run, [0]);
			expectGeneratedDockerfile(run.stdout, 'cross-compiled Native AOT');
			const suites = [...run.stdout.matchAll(/Suites: (\S+) (\S+?)\\nComponents/g)];
			expect(suites.length, run.stdout).toBeGreaterThan(0);
			for (const [, codename, updates] of suites) {
				expect(['jammy', 'noble', 'resolute'], run.stdout).toContain(codename);
				expect(updates).toBe(`${codename}-updates`);
			}
			const notes = run.stderr.split('\n').filter(line => line.startsWith('note: the cached catalog'));
			if (acceptable(text)) expect(notes, run.stderr).toEqual([]);
			else {
				expect(notes, run.stderr).toHaveLength(1);
				expect(notes[0]).toMatch(/; using the built-in catalog until --refresh replaces it\.$/);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 2000));
});

// A server's behaviour for one document: how long it waits, whether it drips, what it answers.
type Behaviour = {wait: number; drip: 'none' | 'headers' | 'body'; every: number; status: 200 | 404 | 500 | 302; body: 'valid' | 'truncated' | 'garbage'};
const behaviour: fc.Arbitrary<Behaviour> = fc.record({
	wait: fc.oneof(fc.constant(0), fc.integer({min: 0, max: 4000})),
	drip: fc.constantFrom('none', 'headers', 'body'),
	every: fc.integer({min: 100, max: 1500}),
	status: fc.constantFrom(200, 200, 200, 404, 500, 302),
	body: fc.constantFrom('valid', 'valid', 'truncated', 'garbage'),
});
const documentNames = ['manifest.json', 'manifest.versions.json', 'releases-index.json'] as const;

const timeout = 1;
describe('slow and broken servers', () => {
	let server: http.Server;
	let base: string;
	let current: Record<string, Behaviour> = {};
	const sockets = new Set<net.Socket>();
	const timers = new Set<NodeJS.Timeout>();
	beforeAll(async () => {
		const documents = gaDocuments();
		const texts: Record<string, string> = {'manifest.json': JSON.stringify(documents.manifest), 'manifest.versions.json': JSON.stringify(documents.versions), 'releases-index.json': JSON.stringify(documents.releasesIndex)};
		server = http.createServer((request, response) => {
			const name = path.basename(request.url ?? '');
			const plan = current[name];
			const full = texts[name];
			if (!plan || full === undefined) return response.writeHead(404).end();
			const body = plan.body === 'valid' ? full : plan.body === 'truncated' ? full.slice(0, full.length / 2) : '\u0000not json';
			const later = (ms: number, work: () => void) => {
				const timer = setTimeout(() => {
					timers.delete(timer);
					work();
				}, ms);
				timers.add(timer);
			};
			later(plan.wait, () => {
				if (plan.status === 302) return response.writeHead(302, {location: request.url}).end();
				if (plan.status !== 200) return response.writeHead(plan.status).end();
				if (plan.drip === 'none') return response.writeHead(200, {'content-type': 'application/json'}).end(body);
				// Drips at most 40 pieces, then ends: the loop stops by itself.
				const socket = response.socket!;
				const head = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n';
				let step = 0;
				if (plan.drip === 'body') response.writeHead(200, {'content-type': 'application/json'});
				const drop = () => {
					if (socket.destroyed || step >= 40) return socket.destroy();
					if (plan.drip === 'headers') socket.write(head[step] ?? 'x');
					else response.write(body.slice(step * 64, step * 64 + 64));
					step++;
					later(plan.every, drop);
				};
				drop();
			});
		});
		server.on('connection', socket => {
			sockets.add(socket);
			socket.once('close', () => sockets.delete(socket));
		});
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`;
		process.env['DOTNET_IMAGE_WIZARD_TIMEOUT'] = String(timeout);
	});
	afterAll(async () => {
		for (const timer of timers) clearTimeout(timer);
		for (const socket of sockets) socket.destroy();
		await new Promise(resolve => server.close(resolve));
	});

	const numRuns = runs(6, 0.01);
	it('never hold --refresh past three times the timeout; a failure is one line and writes no cache', async () => {
		await fc.assert(fc.asyncProperty(fc.tuple(behaviour, behaviour, behaviour), async plans => {
			current = Object.fromEntries(documentNames.map((name, index) => [name, plans[index]!]));
			await rm(path.dirname(cacheFile()), {recursive: true, force: true});
			const started = Date.now();
			const run = await runInProcess(['--today', today, '--detect', 'xml', '--refresh', '--manifest-base', base, '--releases-base', base], scratch.app);
			const seconds = (Date.now() - started) / 1000;
			expectCleanRun(run, [0, 1]);
			expect(seconds, JSON.stringify({plans, run})).toBeLessThan(3 * timeout + 2);
			if (run.exitCode === 1) {
				expect(run.stderr.trim()).toMatch(/^dotnet-image-wizard: cannot refresh the image catalog: .*\. Still using the catalog of \d{4}-\d\d-\d\d \(built in\)\.$/);
				await expect(stat(cacheFile())).rejects.toThrow(/ENOENT/);
			} else {
				expect(run.stdout).toMatch(/^refreshed the image catalog: /);
			}
			// Nothing of this run stays in flight for the next one.
			for (const socket of sockets) socket.destroy();
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 6000));
});
