import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {execa} from 'execa';
import {parse as parseYaml} from 'yaml';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {freePort} from '../support/free-port.js';
import {missingTools} from '../support/requirements.js';
import {isolationFlags, storageFlags} from './buildah.js';
import {openContainer, serveImage, type Container} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';
import {buildLikeTheUser, cleanUp, copyApp, parseBuildLine, runTool} from './user-build.js';

// compose.yaml's health check inside a shell-less stand-in, for real: the probe the Dockerfile
// builds runs in exec form (as Compose runs a CMD test) and says healthy while the app serves,
// unhealthy once it stops. The app (test/real/apps/greeter) references a package under
// Configuration=='Release' only: the build also proves that restore and publish agree.
const missing = missingTools(['buildah', 'debootstrap', 'dotnet']);
const minutes = 60_000;

/** The health check's command from compose.yaml, without its CMD. */
async function healthCommand(folder: string, service: string): Promise<string[]> {
	const compose = parseYaml(await readFile(path.join(folder, 'compose.yaml'), 'utf8')) as {services: Record<string, {healthcheck: {test: string[]}}>};
	const [kind, ...command] = compose.services[service]!.healthcheck.test;
	expect(kind).toBe('CMD');
	return command;
}

/** Runs the probe inside the container as Compose would: exec form, no shell. */
async function probe(container: Container, command: string[]): Promise<{exitCode: number; output: string}> {
	const result = await execa('buildah', [...storageFlags, 'run', ...isolationFlags, container.name, '--', ...command], {reject: false, all: true, timeout: 60_000});
	return {exitCode: result.exitCode ?? -1, output: String(result.all ?? '')};
}

/** The machine's 8080 may be taken (the host's network is shared): the app and the probe move together. */
const onPort = (command: string[], port: number) => command.map(word => word.replace('http://127.0.0.1:8080/', `http://127.0.0.1:${port}/`));

async function expectHealthCycle(container: Container, command: string[]): Promise<void> {
	// No shell in the image: a CMD-SHELL or curl check could not run here.
	expect(existsSync(path.join(container.root, 'bin', 'sh'))).toBe(false);
	const port = await freePort();
	const server = await serveImage(container, port);
	try {
		// "three" comes from Humanizer, referenced for Release only.
		expect(await server.get('/'), server.output()).toEqual({status: 200, body: 'three'});
		const healthy = await probe(container, onPort(command, port));
		expect(healthy.exitCode, healthy.output).toBe(0);
	} finally {
		await server.stop();
	}
	const unhealthy = await probe(container, onPort(command, port));
	expect(unhealthy.exitCode, unhealthy.output).not.toBe(0);
}

describe.skipIf(missing !== '')(`compose.yaml's health check in a shell-less image, built with buildah${missing}`, () => {
	beforeAll(async () => {
		await ensureStandIns();
	}, 20 * minutes);
	afterAll(cleanUp, 5 * minutes);

	it('a framework-dependent web app on aspnet chiseled: the probe runs with dotnet, healthy, then unhealthy when the app stops', async () => {
		const copy = await copyApp('greeter');
		const {stdout} = await runTool(copy, ['--yes', '--write', '--output', 'dockerfile,dockerignore,compose', '--arch', 'amd64']);
		const dockerfile = await readFile(path.join(copy, 'Dockerfile'), 'utf8');
		expect(dockerfile).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n');
		// Restore evaluates the Release configuration the publish uses (defect 4 of issue 19).
		expect(dockerfile).toContain('dotnet restore Greeter.csproj -a $TARGETARCH -p:Configuration=Release\n');
		const {image} = await buildLikeTheUser(copy, parseBuildLine(stdout), 'i19-compose-greeter');
		const command = await healthCommand(copy, 'greeter');
		expect(command).toEqual(['dotnet', '/healthcheck/healthcheck.dll', 'http://127.0.0.1:8080/']);
		const container = await openContainer(image);
		try {
			await expectHealthCycle(container, command);
		} finally {
			await container.done();
		}
	}, 15 * minutes);

	it('a Native AOT web app on runtime-deps chiseled, with no dotnet host: the probe is native too', async () => {
		const copy = await copyApp('greeter');
		const {stdout} = await runTool(copy, ['--yes', '--write', '--output', 'dockerfile,dockerignore,compose', '--arch', 'amd64', '--deploy', 'aot']);
		expect(await readFile(path.join(copy, 'Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled\n');
		// Two Native AOT compiles (the app and the probe): slow on a busy two-core machine.
		const {image} = await buildLikeTheUser(copy, parseBuildLine(stdout), 'i19-compose-greeter-aot', {timeoutMs: 25 * minutes});
		const command = await healthCommand(copy, 'greeter');
		expect(command).toEqual(['/healthcheck/healthcheck', 'http://127.0.0.1:8080/']);
		const container = await openContainer(image);
		try {
			expect(existsSync(path.join(container.root, 'usr', 'share', 'dotnet'))).toBe(false);
			await expectHealthCycle(container, command);
		} finally {
			await container.done();
		}
	}, 30 * minutes);
});
