import {readFileSync} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const fixtures = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'fixtures', 'catalog');
const fixture = (name: string) => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as Record<string, unknown>;

/** The catalog's three documents as the embedded snapshot was built from them. */
export function snapshotDocuments() {
	return {manifest: fixture('manifest.json'), versions: fixture('manifest.versions.json'), releasesIndex: fixture('releases-index.json')};
}

/**
 * The snapshot moved on to .NET 11.0's release: its tags lose `-preview` (11.0, 11.0-resolute-chiseled),
 * the releases index calls it active, and 8.0 and 9.0 are past their end of support.
 */
export function gaDocuments() {
	const {manifest, versions, releasesIndex} = snapshotDocuments();
	const variables = {...(versions['variables'] as Record<string, string>)};
	variables['dotnet|11.0|minor-tag'] = '11.0';
	variables['dotnet|11.0|product-version'] = '11.0.0';
	variables['sdk|11.0|product-version'] = '11.0.100';
	const entries = (releasesIndex['releases-index'] as Array<Record<string, unknown>>).map(entry => {
		if (entry['channel-version'] === '11.0') return {...entry, 'support-phase': 'active', 'latest-release': '11.0.0', 'latest-release-date': '2026-11-10', 'eol-date': '2028-11-14'};
		if (entry['channel-version'] === '8.0' || entry['channel-version'] === '9.0') return {...entry, 'support-phase': 'eol'};
		return entry;
	});
	return {manifest, versions: {...versions, variables}, releasesIndex: {...releasesIndex, 'releases-index': entries}};
}

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** What the server answers for each path; a test swaps routes to make a failure. */
export function serve(documents: ReturnType<typeof gaDocuments>): Record<string, Route> {
	const json = (value: unknown): Route => (_request, response) => {
		response.writeHead(200, {'content-type': 'application/json'});
		response.end(JSON.stringify(value));
	};
	return {
		'/dotnet-docker/manifest.json': json(documents.manifest),
		'/dotnet-docker/manifest.versions.json': json(documents.versions),
		'/release-metadata/releases-index.json': json(documents.releasesIndex),
	};
}

export type CatalogServer = {
	url: string;
	routes: Record<string, Route>;
	/** Every request seen: method and path. */
	requests: string[];
	stop: () => Promise<void>;
};

/** An HTTP (or, given a key and certificate, HTTPS) server on a free 127.0.0.1 port that answers with `routes` (404 for the rest). */
export async function startCatalogServer(routes: Record<string, Route>, tls?: {key: string; cert: string}): Promise<CatalogServer> {
	const requests: string[] = [];
	const sockets = new Set<net.Socket>();
	const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
		requests.push(`${request.method} ${request.url}`);
		const route = routes[(request.url ?? '').split('?')[0]!];
		if (route) route(request, response);
		else {
			response.writeHead(404, {'content-type': 'text/plain'});
			response.end('not found');
		}
	};
	const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
	server.on(tls ? 'secureConnection' : 'connection', socket => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as net.AddressInfo;
	return {
		url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
		routes,
		requests,
		stop: () => new Promise(resolve => {
			for (const socket of sockets) socket.destroy();
			server.close(() => resolve());
		}),
	};
}
