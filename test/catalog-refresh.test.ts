// --refresh end to end: the built CLI downloads the catalog from a server on 127.0.0.1 that plays
// dotnet-docker and the .NET release metadata after the 11.0 release, in an isolated cache folder.
import {mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {execa} from 'execa';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {gaDocuments, serve, startCatalogServer, type CatalogServer, type Route} from './support/catalog-server.js';
import {missingTools} from './support/requirements.js';
import {startTinyproxy} from './support/tinyproxy.js';
import {binary, runCli} from './cli-run.js';

let server: CatalogServer;
let cacheHome: string;
const cacheFile = () => path.join(cacheHome, 'dotnet-image-wizard', 'catalog.json');
const healthy = serve(gaDocuments());

const bases = () => ['--manifest-base', `${server.url}/dotnet-docker/`, '--releases-base', `${server.url}/release-metadata/`];
const env = (extra: Record<string, string> = {}) => ({XDG_CACHE_HOME: cacheHome, DOTNET_IMAGE_WIZARD_TIMEOUT: '1', ...extra});
// The project is read from its files (--detect xml): these runs are about the catalog, not MSBuild.
const cli = (args: string[], extra?: Record<string, string>) => runCli(['--detect', 'xml', ...args], {env: env(extra)});
const recommend = async (args: string[] = [], extra?: Record<string, string>) => {
	const result = await cli(['--yes', '--json', '--dotnet', '11.0', ...args], extra);
	expect(result.exitCode, result.stderr).toBe(0);
	return {...result, json: JSON.parse(result.stdout) as {runtime: {tag: string}; build: {tag: string}; support: {phase: string}; warnings: Array<{code: string}>; catalog: {kind: string; date: string; manifest: string}}};
};
const codes = (json: {warnings: Array<{code: string}>}) => json.warnings.map(warning => warning.code);

beforeAll(async () => {
	server = await startCatalogServer({...healthy});
});
afterAll(async () => {
	await server.stop();
});
beforeEach(async () => {
	cacheHome = await mkdtemp(path.join(os.tmpdir(), 'diw-cache-'));
	Object.assign(server.routes, healthy);
	server.requests.length = 0;
	return () => rm(cacheHome, {recursive: true, force: true});
});

describe('--refresh', () => {
	it('replaces the preview tags with GA ones, keeps using them offline, and --offline returns to the built-in catalog', async () => {
		const before = await recommend();
		expect(before.json.runtime.tag).toBe('11.0-preview-resolute-chiseled');
		expect(codes(before.json)).toEqual(expect.arrayContaining(['preview', 'stale-catalog']));

		const refreshed = await cli(['--refresh', ...bases()]);
		expect(refreshed.exitCode, refreshed.stderr).toBe(0);
		expect(refreshed.stdout).toMatch(/^refreshed the image catalog: \d+ tags for \.NET 8\.0, 9\.0, 10\.0, 11\.0 \(\d+ new, \d+ gone since 2026-08-21\), saved to .*catalog\.json$/);
		expect(refreshed.stderr).toBe('');
		expect(server.requests.sort()).toEqual(['GET /dotnet-docker/manifest.json', 'GET /dotnet-docker/manifest.versions.json', 'GET /release-metadata/releases-index.json']);

		// Later runs read the cache: no request reaches the server.
		const after = await recommend();
		expect(after.json.runtime.tag).toBe('11.0-resolute-chiseled');
		expect(after.json.build.tag).toBe('11.0-resolute');
		expect(after.json.support.phase).toBe('active');
		expect(codes(after.json)).not.toContain('preview');
		expect(codes(after.json)).not.toContain('stale-catalog');
		expect(after.json.catalog).toMatchObject({kind: 'refreshed', manifest: `${server.url}/dotnet-docker/manifest.json`});
		expect(after.json.catalog.date).toMatch(/^\d{4}-\d\d-\d\d$/);
		expect(server.requests).toHaveLength(3);

		const bare = await cli(['--yes', '--dotnet', '11.0', '--app', 'console', '--deploy', 'framework', '--shell', 'yes', '--os', 'ubuntu', '--output', 'dockerfile']);
		expect(bare.stdout).toContain('FROM mcr.microsoft.com/dotnet/runtime:11.0-resolute');

		const offline = await recommend(['--offline']);
		expect(offline.json.runtime.tag).toBe('11.0-preview-resolute-chiseled');
		expect(offline.json.catalog.kind).toBe('embedded');
		expect(codes(offline.json)).toContain('preview');

		const explained = await cli(['--yes', '--explain']);
		expect(explained.stdout).toMatch(/^Catalog {2}\d{4}-\d\d-\d\d, refreshed from http:\/\/127\.0\.0\.1:\d+\/dotnet-docker\/manifest\.json and .*releases-index\.json$/m);
	});

	it('runs on with the new catalog when asked for a recommendation too', async () => {
		const result = await recommend(['--refresh', ...bases()]);
		expect(result.json.runtime.tag).toBe('11.0-resolute-chiseled');
		expect(result.stderr).toMatch(/^refreshed the image catalog: /);
	});

	it('follows a redirect, as a mirror might answer', async () => {
		server.routes['/moved/manifest.json'] = (_request, response) => {
			response.writeHead(301, {location: '/dotnet-docker/manifest.json'});
			response.end();
		};
		server.routes['/moved/manifest.versions.json'] = (_request, response) => {
			response.writeHead(307, {location: `${server.url}/dotnet-docker/manifest.versions.json`});
			response.end();
		};
		const result = await cli(['--refresh', '--manifest-base', `${server.url}/moved/`, '--releases-base', `${server.url}/release-metadata/`]);
		expect(result.exitCode, result.stderr).toBe(0);
		expect((await recommend()).json.runtime.tag).toBe('11.0-resolute-chiseled');
	});
});

const truncated: Route = (_request, response) => {
	const text = JSON.stringify(gaDocuments().manifest);
	response.writeHead(200, {'content-type': 'application/json'});
	response.end(text.slice(0, text.length / 2));
};
const failures: Array<{name: string; route: Route; message: RegExp; attempts?: number}> = [
	{name: '404', route: (_request, response) => response.writeHead(404).end('no such file'), message: /manifest\.json: http:\/\/127\.0\.0\.1:\d+\/failure-0\/manifest\.json answered 404 Not Found/, attempts: 1},
	{name: '500, after the bounded retries', route: (_request, response) => response.writeHead(500).end(), message: /manifest\.json: .* answered 500 Internal Server Error/, attempts: 3},
	{name: 'a redirect loop', route: (request, response) => response.writeHead(302, {location: request.url}).end(), message: /manifest\.json: http:\/\/127\.0\.0\.1:\d+\/failure-2\/manifest\.json redirects more than 5 times/},
	{name: 'a server slower than the timeout', route: (_request, response) => setTimeout(() => response.writeHead(200).end('{}'), 5000).unref(), message: /\.json: 127\.0\.0\.1:\d+ gave no complete answer within 3 s in all \(three times the 1 s timeout\): gave up/, attempts: 3},
	{name: 'truncated JSON', route: truncated, message: /manifest\.json from http:\/\/127\.0\.0\.1:\d+\/failure-4\/manifest\.json: it ends early \(truncated\)/},
	{name: 'valid JSON of the wrong shape', route: (_request, response) => response.writeHead(200).end('{"repos": [{"id": "sdk", "images": []}]}'), message: /manifest\.json has no images for the repository runtime-deps/},
];

describe('a refresh that fails keeps the previous catalog and the cache as they were', () => {
	let saved: Buffer;
	beforeAll(async () => {
		cacheHome = await mkdtemp(path.join(os.tmpdir(), 'diw-cache-'));
		expect((await cli(['--refresh', ...bases()])).exitCode).toBe(0);
		saved = await readFile(cacheFile());
		await rm(cacheHome, {recursive: true, force: true});
	});
	// Each failure has its own path on the server and its own cache, so they run side by side.
	for (const [index, {name, route, message, attempts}] of failures.entries()) {
		it.concurrent(name, async () => {
			const home = await mkdtemp(path.join(os.tmpdir(), 'diw-cache-'));
			const file = path.join(home, 'dotnet-image-wizard', 'catalog.json');
			await mkdir(path.dirname(file), {recursive: true});
			await writeFile(file, saved);
			const prefix = `/failure-${index}`;
			let asked = 0;
			server.routes[`${prefix}/manifest.json`] = (request, response) => {
				asked++;
				route(request, response);
			};
			server.routes[`${prefix}/manifest.versions.json`] = healthy['/dotnet-docker/manifest.versions.json']!;
			const failing = ['--manifest-base', `${server.url}${prefix}/`, '--releases-base', `${server.url}/release-metadata/`];
			// A short timeout only where the timeout is the point: side by side, answers can be slow.
			const run = (args: string[]) => cli(args, {XDG_CACHE_HOME: home, DOTNET_IMAGE_WIZARD_TIMEOUT: name.includes('timeout') ? '1' : '5'});

			const started = Date.now();
			const alone = await run(['--refresh', ...failing]);
			expect(Date.now() - started).toBeLessThan(15_000);
			expect(alone.exitCode).toBe(1);
			expect(alone.stdout).toBe('');
			expect(alone.stderr).toMatch(message);
			expect(alone.stderr).toMatch(/^dotnet-image-wizard: cannot refresh the image catalog: .*\. Still using the catalog of \d{4}-\d\d-\d\d \(refreshed\)\.\n?$/);
			// Bounded: never more than three tries (a loaded machine may time out before one arrives).
			if (attempts) expect(asked).toBeLessThanOrEqual(attempts);
			if (attempts) expect(asked).toBeGreaterThanOrEqual(name.includes('timeout') ? 1 : attempts);

			const within = await run(['--refresh', ...failing, '--yes', '--json', '--dotnet', '11.0']);
			expect(within.exitCode).toBe(0);
			expect(within.stderr.trim().split('\n')).toHaveLength(1);
			expect(within.stderr).toMatch(/^warning: cannot refresh the image catalog: /);
			expect(JSON.parse(within.stdout).runtime.tag).toBe('11.0-resolute-chiseled');

			expect(await readFile(file)).toEqual(saved);
			expect((await readdir(path.dirname(file))).filter(entry => entry.includes('catalog'))).toEqual(['catalog.json']);
			await rm(home, {recursive: true, force: true});
		});
	}

	it('a cache folder that cannot be written', async () => {
		const blocked = await mkdtemp(path.join(os.tmpdir(), 'diw-blocked-'));
		await writeFile(path.join(blocked, 'dotnet-image-wizard'), 'a file where the folder should be');
		const result = await cli(['--refresh', ...bases()], {XDG_CACHE_HOME: blocked});
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toMatch(/^dotnet-image-wizard: cannot refresh the image catalog: .*(EEXIST|ENOTDIR).*\. Still using the catalog of 2026-08-21 \(built in\)\.\n?$/);
		await rm(blocked, {recursive: true, force: true});
	});

	it('a corrupt cache is named, and the built-in catalog is used', async () => {
		await mkdir(path.dirname(cacheFile()), {recursive: true});
		await writeFile(cacheFile(), '{"format": 1, "images": [');
		const result = await recommend();
		expect(result.json.catalog.kind).toBe('embedded');
		expect(result.stderr).toMatch(/^note: the cached catalog .*catalog\.json is not valid JSON; using the built-in catalog until --refresh replaces it\.$/m);
	});
});

const proxyMissing = missingTools([{program: 'tinyproxy', probe: ['-v']}]);
describe.skipIf(proxyMissing !== '')(`through a forward proxy (tinyproxy on 127.0.0.1)${proxyMissing}`, () => {
	it('downloads through HTTP_PROXY, and NO_PROXY goes around it', async () => {
		const proxy = await startTinyproxy();
		try {
			const through = await cli(['--refresh', ...bases()], {HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: ''});
			expect(through.exitCode, through.stderr).toBe(0);
			expect(through.stderr).toBe('');
			const port = new URL(server.url).port;
			expect((await proxy.log()).match(new RegExp(`CONNECT.*127\\.0\\.0\\.1:${port}`, 'g'))?.length).toBe(3);
			expect((await recommend()).json.runtime.tag).toBe('11.0-resolute-chiseled');

			await rm(cacheFile());
			const logged = (await proxy.log()).length;
			const around = await cli(['--refresh', ...bases()], {HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1'});
			expect(around.exitCode, around.stderr).toBe(0);
			expect((await proxy.log()).slice(logged)).not.toMatch(/CONNECT/);
		} finally {
			await proxy.stop();
		}
	});

	it('a proxy that refuses: one line, the built-in catalog stays, nothing is written', async () => {
		const proxy = await startTinyproxy({allow: '10.255.255.1'});
		try {
			const result = await cli(['--refresh', ...bases()], {HTTP_PROXY: proxy.url, NO_PROXY: ''});
			expect(result.exitCode).toBe(1);
			expect(result.stderr).toMatch(new RegExp(`^dotnet-image-wizard: cannot refresh the image catalog: [a-z.-]+\\.json: the proxy ${proxy.url.replaceAll('.', '\\.')} refused the connection to 127\\.0\\.0\\.1:\\d+( \\(HTTP 403\\))?\\. Still using the catalog of 2026-08-21 \\(built in\\)\\.\\n?$`));
			await expect(stat(cacheFile())).rejects.toThrow(/ENOENT/);
		} finally {
			await proxy.stop();
		}
	});

	it('a proxy that is not there: one line naming it', async () => {
		const proxy = await startTinyproxy();
		await proxy.stop();
		const result = await cli(['--refresh', ...bases()], {HTTP_PROXY: proxy.url, NO_PROXY: ''});
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toMatch(/cannot connect to 127\.0\.0\.1:\d+: connection refused \(through the proxy http:\/\/127\.0\.0\.1:\d+\)\. Still using/);
	});
});

const opensslMissing = missingTools([{program: 'openssl', probe: ['version']}]);
describe.skipIf(opensslMissing !== '')(`over https with a certificate of the test's own${opensslMissing}`, () => {
	let secure: CatalogServer;
	let certificate: string;
	let folder: string;
	beforeAll(async () => {
		folder = await mkdtemp(path.join(os.tmpdir(), 'diw-tls-'));
		certificate = path.join(folder, 'cert.pem');
		const key = path.join(folder, 'key.pem');
		await execa('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', certificate, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']);
		secure = await startCatalogServer({...healthy}, {key: await readFile(key, 'utf8'), cert: await readFile(certificate, 'utf8')});
	});
	afterAll(async () => {
		await secure?.stop();
		await rm(folder, {recursive: true, force: true});
	});
	const secureBases = () => ['--manifest-base', `${secure.url}/dotnet-docker/`, '--releases-base', `${secure.url}/release-metadata/`];

	it('trusts the certificate NODE_EXTRA_CA_CERTS names, and says what to do without it', async () => {
		const untrusted = await cli(['--refresh', ...secureBases()]);
		expect(untrusted.exitCode).toBe(1);
		expect(untrusted.stderr).toMatch(/^dotnet-image-wizard: cannot refresh the image catalog: [a-z.-]+\.json: 127\.0\.0\.1:\d+'s TLS certificate is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\); if your network's own CA signs it, point NODE_EXTRA_CA_CERTS at that CA's certificate\. Still using/);
		await expect(stat(cacheFile())).rejects.toThrow(/ENOENT/);

		const trusted = await cli(['--refresh', ...secureBases()], {NODE_EXTRA_CA_CERTS: certificate});
		expect(trusted.exitCode, trusted.stderr).toBe(0);
		expect((await recommend()).json.runtime.tag).toBe('11.0-resolute-chiseled');
	});

	it('refuses a redirect from https to plain http', async () => {
		secure.routes['/dotnet-docker/manifest.json'] = (_request, response) => response.writeHead(302, {location: `${server.url}/dotnet-docker/manifest.json`}).end();
		const result = await cli(['--refresh', ...secureBases()], {NODE_EXTRA_CA_CERTS: certificate});
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toMatch(/manifest\.json: https:\/\/127\.0\.0\.1:\d+\/dotnet-docker\/manifest\.json redirects to http:\/\/127\.0\.0\.1:\d+\/dotnet-docker\/manifest\.json, which is not https: refused\. Still using the catalog of 2026-08-21 \(built in\)\./);
		expect(server.requests).toEqual([]);
	});
});

const scriptMissing = missingTools([{program: 'script', probe: ['-V']}]);
describe.skipIf(scriptMissing !== '')(`in a terminal${scriptMissing}`, () => {
	it('shows a progress line while downloading and clears it before the result', async () => {
		const command = [process.execPath, binary, '--detect', 'xml', '--refresh', ...bases()].map(word => `'${word}'`).join(' ');
		const result = await execa('script', ['-qfec', command, '/dev/null'], {env: env(), reject: false});
		expect(result.exitCode, String(result.stdout)).toBe(0);
		expect(String(result.stdout)).toMatch(/\r\u001B\[2Krefreshing the image catalog: \d+ KB.*\r\u001B\[2Krefreshed the image catalog: /s);
	});
});
