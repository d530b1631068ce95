// A registry's pull token is for that registry: a redirect to another origin (a CDN, or a hostile
// mirror sending the client elsewhere) gets the request without it, as browsers and curl do.
import http from 'node:http';
import type net from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {Registry} from '../source/registry/distribution.js';

const index = JSON.stringify({schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [
	{mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 1, platform: {os: 'linux', architecture: 'amd64'}},
]});

async function listen(handler: http.RequestListener): Promise<{server: http.Server; url: string}> {
	const server = http.createServer(handler);
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	return {server, url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`};
}

describe('a redirect from the registry', () => {
	let registry: {server: http.Server; url: string};
	let elsewhere: {server: http.Server; url: string};
	const seenElsewhere: string[] = [];
	const seenAtRegistry: string[] = [];

	beforeAll(async () => {
		elsewhere = await listen((request, response) => {
			seenElsewhere.push(`${request.url} ${request.headers.authorization ?? '-'}`);
			response.writeHead(200, {'content-type': 'application/vnd.oci.image.index.v1+json'}).end(index);
		});
		registry = await listen((request, response) => {
			seenAtRegistry.push(`${request.url} ${request.headers.authorization ?? '-'}`);
			const url = new URL(request.url!, registry.url);
			if (url.pathname === '/token') {
				response.writeHead(200, {'content-type': 'application/json'}).end(JSON.stringify({token: 'secret-pull-token'}));
			} else if (request.headers.authorization !== 'Bearer secret-pull-token') {
				response.writeHead(401, {'www-authenticate': `Bearer realm="${registry.url}/token",service="test"`}).end();
			} else if (url.pathname === '/v2/dotnet/sdk/manifests/10.0-cdn') {
				response.writeHead(307, {location: `${elsewhere.url}/blobs/10.0-cdn`}).end();
			} else if (url.pathname === '/v2/dotnet/sdk/manifests/10.0-same') {
				response.writeHead(307, {location: '/v2/dotnet/sdk/manifests/10.0-noble'}).end();
			} else if (url.pathname === '/v2/dotnet/sdk/manifests/10.0-noble') {
				response.writeHead(200, {'content-type': 'application/vnd.oci.image.index.v1+json'}).end(index);
			} else {
				response.writeHead(404).end();
			}
		});
	});
	afterAll(async () => {
		await Promise.all([registry, elsewhere].map(({server}) => new Promise(resolve => server.close(resolve))));
	});

	it('to another host drops the Authorization header; to the same origin keeps it', async () => {
		const client = new Registry(registry.url, {timeoutMs: 5000, retries: 0});
		expect((await client.manifest('dotnet/sdk', '10.0-cdn'))?.platforms).toEqual([{platform: 'linux/amd64', digest: `sha256:${'a'.repeat(64)}`}]);
		expect(seenElsewhere).toEqual(['/blobs/10.0-cdn -']);
		expect(seenAtRegistry).toContain('/v2/dotnet/sdk/manifests/10.0-cdn Bearer secret-pull-token');

		expect(await client.manifest('dotnet/sdk', '10.0-same')).toBeDefined();
		expect(seenAtRegistry.slice(-2)).toEqual(['/v2/dotnet/sdk/manifests/10.0-same Bearer secret-pull-token', '/v2/dotnet/sdk/manifests/10.0-noble Bearer secret-pull-token']);
	});
});
