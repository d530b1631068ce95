import {readFile} from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import {freePort} from './free-port.js';

/**
 * A private NuGet v3 feed on 127.0.0.1: the service index and the flat container
 * (PackageBaseAddress/3.0.0, all restore needs) serving the .nupkg files given, every request
 * refused with 401 unless it carries the Basic credentials. Each request is recorded.
 */
export type NugetFeed = {
	/** The service index URL, for a NuGet.config. */
	index: string;
	requests: Array<{url: string; authorized: boolean}>;
	stop: () => Promise<void>;
};

export async function startNugetFeed(packages: Array<{id: string; version: string; file: string}>, credentials: {user: string; password: string}): Promise<NugetFeed> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const expected = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
	const requests: NugetFeed['requests'] = [];
	const server = http.createServer((request, response) => {
		const url = request.url ?? '/';
		const authorized = request.headers.authorization === expected;
		requests.push({url, authorized});
		const send = (status: number, body: string | Buffer, type = 'application/json') => {
			response.writeHead(status, {'content-type': type, ...(status === 401 ? {'www-authenticate': 'Basic realm="private feed"'} : {})});
			response.end(body);
		};
		if (!authorized) return send(401, 'credentials required');
		if (url === '/v3/index.json') {
			return send(200, JSON.stringify({version: '3.0.0', resources: [{'@id': `${base}/v3/flat/`, '@type': 'PackageBaseAddress/3.0.0'}]}));
		}
		const versions = /^\/v3\/flat\/([^/]+)\/index\.json$/.exec(url);
		if (versions) {
			const found = packages.filter(entry => entry.id.toLowerCase() === versions[1]);
			return found.length === 0 ? send(404, 'not found') : send(200, JSON.stringify({versions: found.map(entry => entry.version.toLowerCase())}));
		}
		const nupkg = /^\/v3\/flat\/([^/]+)\/([^/]+)\/[^/]+\.nupkg$/.exec(url);
		const entry = nupkg && packages.find(item => item.id.toLowerCase() === nupkg[1] && item.version.toLowerCase() === nupkg[2]);
		if (!entry) return send(404, 'not found');
		readFile(entry.file).then(body => send(200, body, 'application/octet-stream'), () => send(500, 'cannot read'));
	});
	await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve));
	return {
		index: `${base}/v3/index.json`,
		requests,
		stop: async () => new Promise<void>(resolve => {
			server.closeAllConnections();
			server.close(() => resolve());
		}),
	};
}

/** A NuGet.config naming only that feed, with its credentials (the secret under test). */
export function privateFeedConfig(index: string, credentials: {user: string; password: string}): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<configuration>',
		'  <packageSources>',
		'    <clear />',
		`    <add key="private" value="${index}" allowInsecureConnections="true" />`,
		'  </packageSources>',
		'  <packageSourceCredentials>',
		'    <private>',
		`      <add key="Username" value="${credentials.user}" />`,
		`      <add key="ClearTextPassword" value="${credentials.password}" />`,
		'    </private>',
		'  </packageSourceCredentials>',
		'</configuration>',
		'',
	].join('\n');
}

export const nupkgName = (id: string, version: string, folder: string) => path.join(folder, `${id}.${version}.nupkg`);
