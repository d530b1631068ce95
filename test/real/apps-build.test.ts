// Issue 19 for real: `--all --write` over a microservice repository, from the root and from an
// app's folder, gives one Dockerfile per app in its folder; each is built with buildah exactly as the
// tool's Build: line says (from the context, --file) and started: the web APIs answer HTTP as the
// app user, the worker runs to its end as the app user.
import {cp, mkdir, mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {freePort} from '../support/free-port.js';
import {missingTools} from '../support/requirements.js';
import {writeNugetConfig} from './machine-nuget.js';
import {openContainer, runToEnd, serveImage} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';
import {buildLikeTheUser, cleanUp, parseBuildLine, runTool} from './user-build.js';

const missing = missingTools(['buildah', 'debootstrap', 'dotnet']);
const minutes = 60_000;
const fixture = path.join(path.dirname(path.dirname(new URL(import.meta.url).pathname)), 'fixtures', 'microservices');
const copies: string[] = [];

async function copyRepository(): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-real-i19-apps-'));
	copies.push(folder);
	await cp(fixture, folder, {recursive: true});
	await mkdir(path.join(folder, '.git'));
	await writeNugetConfig(folder);
	return folder;
}

const dockerfiles = ['src/Catalog.Api/Dockerfile', 'src/Orders.Api/Dockerfile', 'src/Worker/Dockerfile'];

describe.skipIf(missing !== '')(`every app of a repository, built with buildah and started${missing}`, () => {
	beforeAll(async () => {
		await ensureStandIns();
	}, 20 * minutes);
	afterAll(async () => {
		await cleanUp();
		await Promise.all(copies.map(folder => rm(folder, {recursive: true, force: true})));
	}, 5 * minutes);

	it('--all --write from the root and from an app\'s folder: the same Dockerfile per app; each builds and starts', async () => {
		const root = await copyRepository();
		const {stdout} = await runTool(root, ['--yes', '--all', '--write', '--arch', 'amd64']);
		const fromApp = await copyRepository();
		await runTool(path.join(fromApp, 'src', 'Orders.Api'), ['--yes', '--all', '--write', '--arch', 'amd64']);
		for (const file of [...dockerfiles, '.dockerignore']) {
			expect(await readFile(path.join(fromApp, file), 'utf8'), file).toBe(await readFile(path.join(root, file), 'utf8'));
		}

		const lines = stdout.split('\n').filter(line => line.startsWith('Build: ')).map(line => parseBuildLine(line));
		expect(lines.map(line => [line.dockerfile, line.context])).toEqual(dockerfiles.map(file => [file, '.']));
		const images: string[] = [];
		for (const [index, line] of lines.entries()) images.push((await buildLikeTheUser(root, line, `i19-apps-${['catalog', 'orders', 'worker'][index]}`)).image);

		for (const [image, service, port] of [[images[0]!, 'catalog', 8080], [images[1]!, 'orders', 5080]] as const) {
			const container = await openContainer(image);
			try {
				expect(container.config.ExposedPorts).toHaveProperty([`${port}/tcp`]);
				const server = await serveImage(container, await freePort());
				try {
					expect(await server.get('/'), server.output()).toEqual({status: 200, body: `{"service":"${service}","user":"app"}`});
				} finally {
					await server.stop();
				}
			} finally {
				await container.done();
			}
		}
		const worker = await openContainer(images[2]!);
		try {
			expect(worker.config.Entrypoint).toEqual(['dotnet', 'Worker.dll']);
			const {exitCode, output} = await runToEnd(worker);
			expect(exitCode, output).toBe(0);
			expect(output).toMatch(/^worker done: user=app framework=\.NET 10\.0\.\d+$/m);
		} finally {
			await worker.done();
		}
	}, 40 * minutes);
});
