import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {missingTools} from '../support/requirements.js';
import {freePort} from '../support/free-port.js';
import {elfMachine, entrypointFile, openContainer, platformDigest, runToEnd, serveImage} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';
import {buildLikeTheUser, cleanUp, copyApp, parseBuildLine, runTool} from './user-build.js';

// Every fixture shape, generated from the folder a user would run the tool in, built with buildah
// exactly as the tool said, and started. A failure here is a generator bug.
const missing = missingTools(['buildah', 'debootstrap', 'dotnet']);
const minutes = 60_000;

/** Generates the files from `folder` (inside a fresh copy of the app) and builds them as told. */
async function generateAndBuild(app: string, folder: string, flags: string[], name: string) {
	const copy = await copyApp(app);
	const cwd = path.join(copy, folder);
	const {stdout} = await runTool(cwd, ['--yes', '--write', ...flags]);
	const line = parseBuildLine(stdout);
	const {image} = await buildLikeTheUser(cwd, line, name);
	return {copy, cwd, line, stdout, image};
}

describe.skipIf(missing !== '')(`real builds with buildah${missing}`, () => {
	beforeAll(async () => {
		await ensureStandIns();
	}, 20 * minutes);
	afterAll(cleanUp, 5 * minutes);

	it('a web app in src/Api with root build files, a shared library, central package versions and a glob-referenced plugin, run from its own folder: amd64 and arm64, answering as the app user', async () => {
		const {line, copy, stdout, image} = await generateAndBuild('layered', 'src/Api', [], 'layered:framework');
		// The Dockerfile goes in the app's folder, built from the context (the repository root) with --file; the tool says so.
		expect(line).toMatchObject({platforms: ['linux/amd64', 'linux/arm64'], dockerfile: 'Dockerfile', context: '../..'});
		expect(stdout).toContain('wrote Dockerfile\n');
		expect(stdout).toContain('wrote ../../.dockerignore\n');
		const dockerfile = await readFile(path.join(copy, 'src', 'Api', 'Dockerfile'), 'utf8');
		for (const file of ['global.json', 'Directory.Build.props', 'Directory.Packages.props', 'Directory.Build.targets', 'NuGet.config']) expect(dockerfile).toContain(`COPY ${file} .\n`);
		// Directory.Build.targets references src/Plugins/*/*.csproj: restore needs them too.
		expect(dockerfile).toContain('COPY src/Plugins/Clock/Clock.csproj src/Plugins/Clock/\n');

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
				expect((await server.get('/plugin')).body).toBe('clock plugin');
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
		const {image} = await generateAndBuild('worker', '.', [], 'worker:framework');
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
		const {cwd, image} = await generateAndBuild('worker', '.', ['--deploy', 'self-contained', '--arch', 'amd64', '--force'], 'worker:self-contained');
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
		const {cwd, image} = await generateAndBuild('worker', '.', ['--deploy', 'aot', '--arch', 'amd64', '--force'], 'worker:aot');
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

	it('a composite web app (ReadyToRun on the composite aspnet image, with ICU: the project does not ask for invariant globalization) answers on its port', async () => {
		const {cwd, image, line} = await generateAndBuild('layered', '.', ['--startup', 'composite', '--arch', 'amd64'], 'layered:composite');
		// Run from the repository root, the Dockerfile goes in the app's folder and the Build line names it.
		expect(line.dockerfile).toBe('src/Api/Dockerfile');
		expect(await readFile(path.join(cwd, line.dockerfile!), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-composite-extra\n');
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

	it('a multi-targeted, self-contained web app (amd64): published for net10.0, answers on its port', async () => {
		const {cwd, image} = await generateAndBuild('multi-target', '.', ['--deploy', 'self-contained', '--arch', 'amd64'], 'multi-target:self-contained');
		expect(await readFile(path.join(cwd, 'Dockerfile'), 'utf8')).toContain('RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet publish Storefront.csproj -f net10.0 ');
		const container = await openContainer(image);
		try {
			expect(container.config.Entrypoint).toEqual(['./Storefront']);
			expect(await elfMachine(entrypointFile(container))).toBe('x86-64');
			const server = await serveImage(container, await freePort());
			try {
				expect(await server.get('/'), server.output()).toMatchObject({status: 200, body: expect.stringMatching(/^\.NET 10\.0\.\d+ as app$/)});
			} finally {
				await server.stop();
			}
		} finally {
			await container.done();
		}
	}, 15 * minutes);
});
