// Several apps ticked in the wizard, built for real from its build screen: buildah builds each
// app from the context with the Dockerfile written in its folder, one after the other, against
// the stand-in base images; the API answers HTTP as the app user and the worker runs to its end.
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {freePort} from '../support/free-port.js';
import {missingTools} from '../support/requirements.js';
import {keys, press, waitFor} from '../ui/keys.js';
import {closeWizard, copyMicroservices, removeMicroservices, tickTwoApps} from '../ui/two-apps.js';
import {removeImage} from './buildah.js';
import {writeNugetConfig} from './machine-nuget.js';
import {openContainer, runToEnd, serveImage} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';

const missing = missingTools(['buildah', 'debootstrap', 'dotnet']);
const minutes = 60_000;
// Each test run names its images by its process: several runs may build at once on a shared machine.
const repositories = {catalog: `diw-real-${process.pid}/catalog`, worker: `diw-real-${process.pid}/worker`};
const images = Object.values(repositories).map(repository => `localhost/${repository}:latest`);

afterEach(() => {
	closeWizard();
	vi.unstubAllEnvs();
});

/** Names the project's image (ContainerRepository) in the copy. */
async function nameImage(project: string, repository: string) {
	const text = await readFile(project, 'utf8');
	await writeFile(project, text.replace(/(<Project [^>]*>)/, `$1\n  <PropertyGroup>\n    <ContainerRepository>${repository}</ContainerRepository>\n  </PropertyGroup>`));
}

describe.skipIf(missing !== '')(`several apps ticked in the wizard, built with buildah${missing}`, () => {
	let directory = '';

	beforeAll(async () => {
		await ensureStandIns();
		directory = await copyMicroservices('diw-real-wizard-apps-');
		await writeNugetConfig(directory);
		await nameImage(path.join(directory, 'src', 'Catalog.Api', 'Catalog.Api.csproj'), repositories.catalog);
		await nameImage(path.join(directory, 'src', 'Worker', 'Worker.csproj'), repositories.worker);
	}, 20 * minutes);

	afterAll(async () => {
		for (const image of images) await removeImage(image);
		await removeMicroservices();
	}, 5 * minutes);

	it('builds every ticked app from its build screen; each image starts as its app', async () => {
		vi.stubEnv('STORAGE_DRIVER', 'vfs');
		vi.stubEnv('BUILDAH_ISOLATION', 'chroot');
		const app = await tickTwoApps(directory, {today: '2026-11-24', detect: 'xml', shell: 'no', os: 'ubuntu', arch: 'amd64', startup: 'jit', deploy: 'framework', dotnet: '10.0'}, {engine: 'buildah', timeout: 20_000});
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'tab next file');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Write these files?');
		await press(app.stdin, keys.enter);
		const done = await waitFor(app.lastFrame, 'ready, used below', 60_000);
		const actions = done.split('\n').filter(line => /^[❯ ] (?:Exit|Build now with )/.test(line));
		const index = actions.findIndex(line => line.includes('Build now with buildah'));
		expect(index).toBeGreaterThan(0);
		await press(app.stdin, ...Array.from({length: index}, () => keys.down), keys.enter);
		const built = await waitFor(app.lastFrame, /Built 2 apps\n|Build failed|Not built/, 40 * minutes);
		expect(built).toContain('Built 2 apps');
		expect(built).toContain(`Catalog.Api: built ${repositories.catalog}:latest for linux/amd64`);
		expect(built).toContain(`Worker: built ${repositories.worker}:latest for linux/amd64`);

		const catalog = await openContainer(images[0]!);
		try {
			const server = await serveImage(catalog, await freePort());
			try {
				expect(await server.get('/'), server.output()).toEqual({status: 200, body: '{"service":"catalog","user":"app"}'});
			} finally {
				await server.stop();
			}
		} finally {
			await catalog.done();
		}
		const worker = await openContainer(images[1]!);
		try {
			const {exitCode, output} = await runToEnd(worker);
			expect(exitCode, output).toBe(0);
			expect(output).toMatch(/^worker done: user=app framework=\.NET 10\.0\.\d+$/m);
		} finally {
			await worker.done();
		}
	}, 45 * minutes);
});
