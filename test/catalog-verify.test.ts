// --verify against a real registry (Debian's docker-registry on 127.0.0.1) serving manifest lists
// pushed over HTTP, and the bearer-token challenge against a small registry of the test's own.
import {createHash} from 'node:crypto';
import {mkdtemp, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type net from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {Registry} from '../source/registry/distribution.js';
import {pushImageIndex} from './support/push-image.js';
import {startRegistry, type LoopbackRegistry} from './support/registry.js';
import {missingTools} from './support/requirements.js';
import {runCli} from './cli-run.js';

const both = [{os: 'linux', architecture: 'amd64'}, {os: 'linux', architecture: 'arm64', variant: 'v8'}];
const web = ['--detect', 'xml', '--yes', '--dotnet', '10.0', '--app', 'web', '--deploy', 'framework', '--shell', 'no', '--os', 'ubuntu'];

const missing = missingTools([{program: 'docker-registry', probe: ['--version']}]);
describe.skipIf(missing !== '')(`--verify against docker-registry on 127.0.0.1${missing}`, () => {
	let registry: LoopbackRegistry;
	let sdk: Awaited<ReturnType<typeof pushImageIndex>>;
	let aspnet: Awaited<ReturnType<typeof pushImageIndex>>;
	const verify = (args: string[]) => runCli([...args, '--verify', '--registry', registry.url]);

	beforeAll(async () => {
		registry = await startRegistry();
		sdk = await pushImageIndex(registry.url, 'dotnet/sdk', '10.0-noble', both);
		// The runtime tag serves amd64 only: arm64 has gone missing upstream.
		aspnet = await pushImageIndex(registry.url, 'dotnet/aspnet', '10.0-noble-chiseled', [both[0]!]);
		await pushImageIndex(registry.url, 'dotnet/sdk', '11.0-resolute', both);
		await pushImageIndex(registry.url, 'dotnet/aspnet', '11.0-resolute-chiseled', both);
		await pushImageIndex(registry.url, 'dotnet/aspnet', '11.0-resolute-chiseled-extra', both);
		await pushImageIndex(registry.url, 'dotnet/aspnet', '11.0.0-resolute-chiseled', both);
	}, 60_000);
	afterAll(async () => {
		await registry?.stop();
	});

	it('reports the digests of the manifest lists and of each platform asked for', async () => {
		const result = await verify([...web, '--arch', 'amd64', '--json']);
		expect(result.exitCode, result.stderr).toBe(0);
		const {verification} = JSON.parse(result.stdout);
		expect(verification.registry).toBe(registry.url);
		expect(verification.problems).toEqual([]);
		const runtime = verification.images.find((image: {role: string}) => image.role === 'runtime');
		expect(runtime).toEqual({
			role: 'runtime',
			reference: 'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled',
			digest: aspnet.digest,
			mediaType: 'application/vnd.oci.image.index.v1+json',
			platforms: [{platform: 'linux/amd64', digest: aspnet.platforms['linux/amd64']}],
			others: [],
		});
		const build = verification.images.find((image: {role: string}) => image.role === 'build');
		expect(build.digest).toBe(sdk.digest);
		expect(build.platforms).toHaveLength(1);
		expect(Object.values(sdk.platforms)).toContain(build.platforms[0].digest);

		const text = await verify([...web, '--arch', 'amd64']);
		expect(text.exitCode, text.stderr).toBe(0);
		expect(text.stderr).toContain(`verified mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled ${aspnet.digest} (linux/amd64 ${aspnet.platforms['linux/amd64']!.slice(0, 19)}) at ${registry.url}`);
	});

	it('a platform missing from the manifest list is an error naming it', async () => {
		const result = await verify([...web, '--arch', 'amd64,arm64', '--json']);
		expect(result.exitCode).toBe(1);
		expect(result.stderr.trim()).toBe('dotnet-image-wizard: mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled has no image for linux/arm64 (it serves linux/amd64), which the runtime stage needs.');
		const {verification} = JSON.parse(result.stdout);
		expect(verification.problems).toHaveLength(1);
	});

	it('a vanished tag is an error naming the nearest tag that exists', async () => {
		// The built-in catalog still has 11.0's preview tags; the registry has moved on to GA.
		const result = await verify(['--detect', 'xml', '--yes', '--dotnet', '11.0', '--app', 'web', '--deploy', 'framework', '--shell', 'no', '--os', 'ubuntu', '--arch', 'amd64,arm64']);
		expect(result.exitCode).toBe(1);
		const host = new URL(registry.url).host;
		expect(result.stderr.trim().split('\n')).toEqual([
			`dotnet-image-wizard: mcr.microsoft.com/dotnet/sdk:11.0-preview-resolute is not in the registry (${host}) any more; the nearest tag that exists is 11.0-resolute. Run \`dotnet-image-wizard --refresh\` for current tags.`,
			`dotnet-image-wizard: mcr.microsoft.com/dotnet/aspnet:11.0-preview-resolute-chiseled is not in the registry (${host}) any more; the nearest tag that exists is 11.0-resolute-chiseled. Run \`dotnet-image-wizard --refresh\` for current tags.`,
		]);
		expect(result.stdout).toBe('');
	});

	it('writes no files when a tag fails verification', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-verify-'));
		const result = await verify([...web, '--arch', 'arm64', '--write', folder]);
		expect(result.exitCode).toBe(1);
		expect(result.stdout).toBe('');
		expect(await readdir(folder)).toEqual([]);
		await rm(folder, {recursive: true, force: true});
	});
});

describe('--verify without a registry', () => {
	it('says in one line that the registry could not be reached', async () => {
		const server = http.createServer();
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		const {port} = server.address() as net.AddressInfo;
		await new Promise(resolve => server.close(resolve));
		const result = await runCli([...web, '--verify', '--registry', `http://127.0.0.1:${port}`], {env: {DOTNET_IMAGE_WIZARD_TIMEOUT: '1'}});
		expect(result.exitCode).toBe(1);
		expect(result.stderr.trim()).toMatch(new RegExp(`^dotnet-image-wizard: cannot verify the tags at http://127\\.0\\.0\\.1:${port}: cannot connect to 127\\.0\\.0\\.1:${port}: connection refused$`));
	});

	it('--offline cannot go with --verify', async () => {
		const result = await runCli([...web, '--verify', '--offline']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.trim()).toBe('dotnet-image-wizard: --offline uses no network: it cannot go with --verify.');
	});
});

describe('the bearer-token challenge', () => {
	const index = JSON.stringify({schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [
		{mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 1, platform: {os: 'linux', architecture: 'amd64'}},
		{mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'b'.repeat(64)}`, size: 1, platform: {os: 'unknown', architecture: 'unknown'}},
	]});
	let server: http.Server;
	let base: string;
	const seen: string[] = [];

	beforeAll(async () => {
		server = http.createServer((request, response) => {
			seen.push(`${request.url} ${request.headers.authorization ?? '-'}`);
			const url = new URL(request.url!, base);
			if (url.pathname === '/token') {
				const ok = url.searchParams.get('service') === 'test.registry' && url.searchParams.get('scope') === 'repository:dotnet/sdk:pull';
				response.writeHead(ok ? 200 : 400, {'content-type': 'application/json'}).end(JSON.stringify(ok ? {token: 'anonymous-pull'} : {}));
			} else if (url.pathname.startsWith('/v2/basic/')) {
				response.writeHead(401, {'www-authenticate': 'Basic realm="login"'}).end();
			} else if (request.headers.authorization !== 'Bearer anonymous-pull') {
				response.writeHead(401, {'www-authenticate': `Bearer realm="${base}/token",service="test.registry",scope="repository:dotnet/sdk:pull"`}).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
			} else if (url.pathname === '/v2/dotnet/sdk/manifests/10.0-noble') {
				response.writeHead(200, {'content-type': 'application/vnd.oci.image.index.v1+json'}).end(index);
			} else {
				response.writeHead(404).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
			}
		});
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

	it('fetches an anonymous token from the realm, then reuses it', async () => {
		const client = new Registry(base, {timeoutMs: 2000});
		const manifest = await client.manifest('dotnet/sdk', '10.0-noble');
		expect(manifest).toEqual({
			digest: `sha256:${createHash('sha256').update(index).digest('hex')}`,
			mediaType: 'application/vnd.oci.image.index.v1+json',
			platforms: [{platform: 'linux/amd64', digest: `sha256:${'a'.repeat(64)}`}],
		});
		expect(await client.manifest('dotnet/sdk', '10.0-gone')).toBeUndefined();
		expect(seen).toEqual([
			'/v2/dotnet/sdk/manifests/10.0-noble -',
			'/token?service=test.registry&scope=repository%3Adotnet%2Fsdk%3Apull -',
			'/v2/dotnet/sdk/manifests/10.0-noble Bearer anonymous-pull',
			'/v2/dotnet/sdk/manifests/10.0-gone Bearer anonymous-pull',
		]);
	});

	it('a registry that wants a login says so', async () => {
		await expect(new Registry(base).manifest('basic/image', 'latest')).rejects.toThrow(/wants a login \(basic\) to read basic\/image: anonymous pulls are refused/);
	});

	it('refuses names and tags outside the distribution grammar before any request', async () => {
		await expect(new Registry(base).manifest('dotnet/../sdk', 'x')).rejects.toThrow('"dotnet/../sdk" is not a repository name');
		await expect(new Registry(base).manifest('dotnet/sdk', '10.0/../../x')).rejects.toThrow('is not a tag or a sha256 digest');
	});
});
