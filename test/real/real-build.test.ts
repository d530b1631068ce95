import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {missingTools} from '../support/requirements.js';
import {elfMachine, entrypointFile, freePort, openContainer, platformDigest, runToEnd, serveImage} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';
import {buildLikeTheUser, copyApp, parseBuildLine, removeCopies, runTool} from './user-build.js';

// Every fixture shape, generated from the folder a user would run the tool in, built with buildah
// exactly as the tool said, and started. A failure here is a generator bug.
const missing = missingTools(['buildah', 'debootstrap', 'dotnet']);
const minutes = 60_000;

/** Generates the files from `folder` (inside a fresh copy of the app) and builds them as told. */
async function generateAndBuild(app: string, folder: string, flags: string[], image: string) {
	const copy = await copyApp(app);
	const cwd = path.join(copy, folder);
	const {stdout} = await runTool(cwd, ['--yes', '--write', ...flags]);
	const line = parseBuildLine(stdout);
	await buildLikeTheUser(cwd, line, image);
	return {copy, cwd, line, stdout};
}

describe.skipIf(missing !== '')(`real builds with buildah${missing}`, () => {
	beforeAll(async () => {
		await ensureStandIns();
	}, 20 * minutes);
	afterAll(removeCopies);

	it('a web app with root build files, a shared library and central package versions: amd64 and arm64, answering as the app user', async () => {
		const image = 'localhost/diw-real/layered:framework';
		const {line} = await generateAndBuild('layered', '.', [], image);
		expect(line.platforms).toEqual(['linux/amd64', 'linux/arm64']);

		const amd64 = await openContainer(`${image}@${await platformDigest(image, 'amd64')}`);
		try {
			expect(amd64.config.Entrypoint).toEqual(['dotnet', 'Api.dll']);
			expect(existsSync(entrypointFile(amd64))).toBe(true);
			expect(amd64.config.ExposedPorts).toHaveProperty(['8080/tcp']);
			const server = await serveImage(amd64, await freePort());
			try {
				expect(await server.get('/'), server.output()).toEqual({status: 200, body: '{"hello":"app"}'});
				expect((await server.get('/setting')).body).toBe('read from the content root');
				expect((await server.get('/static.txt')).body).toBe('served from wwwroot\n');
			} finally {
				await server.stop();
			}
		} finally {
			await amd64.done();
		}

		const arm64 = await openContainer(`${image}@${await platformDigest(image, 'arm64')}`);
		try {
			expect(await elfMachine(path.join(arm64.root, 'app', 'Api'))).toBe('aarch64');
		} finally {
			await arm64.done();
		}
	}, 15 * minutes);

	it('a worker whose assembly name differs from its project: amd64 and arm64, runs as the app user and exits', async () => {
		const image = 'localhost/diw-real/worker:framework';
		await generateAndBuild('worker', '.', [], image);
		const amd64 = await openContainer(`${image}@${await platformDigest(image, 'amd64')}`);
		try {
			expect(amd64.config.Entrypoint).toEqual(['dotnet', 'QueueRunner.dll']);
			expect(existsSync(entrypointFile(amd64))).toBe(true);
			const {exitCode, output} = await runToEnd(amd64);
			expect(exitCode, output).toBe(0);
			expect(output).toMatch(/^worker done: user=app arch=X64 framework=\.NET 10\.0\.\d+ aot=False dotnet-in-image=True$/m);
		} finally {
			await amd64.done();
		}
		const arm64 = await openContainer(`${image}@${await platformDigest(image, 'arm64')}`);
		try {
			expect(await elfMachine(path.join(arm64.root, 'app', 'QueueRunner'))).toBe('aarch64');
		} finally {
			await arm64.done();
		}
	}, 15 * minutes);

	it('a self-contained worker, trimmed into one file, on runtime-deps with no .NET in the image', async () => {
		const image = 'localhost/diw-real/worker:self-contained';
		const {cwd} = await generateAndBuild('worker', '.', ['--deploy', 'self-contained', '--arch', 'amd64', '--force'], image);
		expect(await readFile(path.join(cwd, 'Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled\n');
		const container = await openContainer(image);
		try {
			expect(container.config.Entrypoint).toEqual(['./QueueRunner']);
			expect(await elfMachine(entrypointFile(container))).toBe('x86-64');
			// PublishSingleFile: the assembly is inside the executable, not beside it.
			expect(existsSync(path.join(container.root, 'app', 'QueueRunner.dll'))).toBe(false);
			const {exitCode, output} = await runToEnd(container);
			expect(exitCode, output).toBe(0);
			expect(output).toMatch(/^worker done: user=app arch=X64 framework=\.NET 10\.0\.\d+ aot=False dotnet-in-image=False$/m);
		} finally {
			await container.done();
		}
	}, 15 * minutes);

	it('a Native AOT worker (amd64): the -aot SDK links it, it runs with no dotnet in the image', async () => {
		const image = 'localhost/diw-real/worker:aot';
		const {cwd} = await generateAndBuild('worker', '.', ['--deploy', 'aot', '--arch', 'amd64', '--force'], image);
		expect(await readFile(path.join(cwd, 'Dockerfile'), 'utf8')).toContain('mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build\n');
		const container = await openContainer(image);
		try {
			expect(container.config.Entrypoint).toEqual(['./QueueRunner']);
			expect(await elfMachine(entrypointFile(container))).toBe('x86-64');
			expect(existsSync(path.join(container.root, 'usr', 'share', 'dotnet'))).toBe(false);
			const {exitCode, output} = await runToEnd(container);
			expect(exitCode, output).toBe(0);
			expect(output).toMatch(/^worker done: user=app arch=X64 framework=\.NET 10\.0\.\d+ aot=True dotnet-in-image=False$/m);
		} finally {
			await container.done();
		}
	}, 15 * minutes);

	it.each([
		['self-contained', ['--deploy', 'self-contained', '--globalization', 'invariant'], 'runtime-deps:10.0-noble-chiseled'],
		['composite', ['--startup', 'composite', '--globalization', 'invariant'], 'aspnet:10.0-noble-chiseled-composite'],
	])('a %s web app answers on its port', async (mode, flags, runtime) => {
		const image = `localhost/diw-real/layered:${mode}`;
		const {cwd} = await generateAndBuild('layered', '.', [...flags, '--arch', 'amd64'], image);
		expect(await readFile(path.join(cwd, 'Dockerfile'), 'utf8')).toContain(`FROM mcr.microsoft.com/dotnet/${runtime}\n`);
		const container = await openContainer(image);
		try {
			expect(existsSync(entrypointFile(container))).toBe(true);
			const server = await serveImage(container, await freePort());
			try {
				expect(await server.get('/'), server.output()).toEqual({status: 200, body: '{"hello":"app"}'});
				expect((await server.get('/setting')).body).toBe('read from the content root');
			} finally {
				await server.stop();
			}
		} finally {
			await container.done();
		}
	}, 15 * minutes);
});
