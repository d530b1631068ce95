import {open} from 'node:fs/promises';
import path from 'node:path';
import {execa, type ResultPromise} from 'execa';
import {buildah, configOf, isolationFlags, storageFlags, type ImageConfig} from './buildah.js';
import {freePort} from '../support/free-port.js';

/** A working container of an image (one platform of a manifest list, by digest), removed by `done`. */
export type Container = {name: string; config: ImageConfig; root: string; done: () => Promise<void>};

export async function openContainer(image: string): Promise<Container> {
	const name = await buildah(['from', '--pull=never', image]);
	const root = await buildah(['mount', name]);
	return {name, root, config: await configOf(name, 'container'), done: async () => {
		await buildah(['rm', name]);
	}};
}

/** The digest of one platform's image in a local manifest list. */
export async function platformDigest(list: string, architecture: string): Promise<string> {
	const manifest = JSON.parse(await buildah(['manifest', 'inspect', list])) as {manifests: Array<{digest: string; platform: {architecture: string}}>};
	const entry = manifest.manifests.find(item => item.platform.architecture === architecture);
	if (!entry) throw new Error(`${list} has no ${architecture} image`);
	return entry.digest;
}

/** The machine an ELF file was built for, from its header (e_machine). */
export async function elfMachine(file: string): Promise<string> {
	const handle = await open(file, 'r');
	try {
		const header = Buffer.alloc(20);
		await handle.read(header, 0, 20, 0);
		if (header.toString('latin1', 0, 4) !== '\x7fELF') return 'not an ELF file';
		return ({0x3e: 'x86-64', 0xb7: 'aarch64', 0x28: 'arm'} as Record<number, string>)[header.readUInt16LE(18)] ?? `machine ${header.readUInt16LE(18)}`;
	} finally {
		await handle.close();
	}
}

/** The file an ENTRYPOINT starts, inside the container's root file system. */
export function entrypointFile(container: Container): string {
	const [first, second] = container.config.Entrypoint ?? [];
	const program = first === 'dotnet' ? second! : first!;
	return path.join(container.root, path.posix.resolve(container.config.WorkingDir || '/', program));
}

/** Runs the image's ENTRYPOINT to the end, as the image's user. */
export async function runToEnd(container: Container, env: Record<string, string> = {}): Promise<{exitCode: number; output: string}> {
	const result = await execa('buildah', [...storageFlags, 'run', ...isolationFlags, ...Object.entries(env).flatMap(([key, value]) => ['--env', `${key}=${value}`]), container.name, '--', ...(container.config.Entrypoint ?? [])], {reject: false, all: true, timeout: 120_000});
	return {exitCode: result.exitCode ?? -1, output: String(result.all ?? '')};
}

/** A server running in the background, stopped by its own process group. */
export type Server = {url: string; get: (route: string) => Promise<{status: number; body: string}>; stop: () => Promise<void>; output: () => string};

async function waitForHttp(url: string, child: ResultPromise, output: () => string, timeoutMs: number): Promise<void> {
	const start = Date.now();
	let exited = false;
	void child.finally(() => {
		exited = true;
	}).catch(() => undefined);
	for (;;) {
		if (exited) throw new Error(`the app exited before answering ${url}:\n${output()}`);
		try {
			await fetch(url, {signal: AbortSignal.timeout(1000)});
			return;
		} catch {}
		if (Date.now() - start > timeoutMs) throw new Error(`no answer from ${url} within ${timeoutMs} ms:\n${output()}`);
		await new Promise(resolve => setTimeout(resolve, 200));
	}
}

/** Starts a command that serves HTTP on `port` (127.0.0.1) and waits until it answers. */
export async function startServer(command: string, args: string[], port: number, options: {cwd?: string; env?: Record<string, string>} = {}): Promise<Server> {
	let text = '';
	const child = execa(command, args, {detached: true, reject: false, all: true, ...(options.cwd ? {cwd: options.cwd} : {}), ...(options.env ? {env: options.env} : {})});
	child.all?.on('data', (chunk: Buffer) => {
		text += chunk.toString();
	});
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (child.exitCode === null && child.pid) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {}
			const timer = setTimeout(() => {
				try {
					process.kill(-child.pid!, 'SIGKILL');
				} catch {}
			}, 10_000);
			await child;
			clearTimeout(timer);
		}
	};
	try {
		await waitForHttp(url, child, () => text, 90_000);
	} catch (error) {
		await stop();
		throw error;
	}
	return {
		url,
		output: () => text,
		stop,
		get: async route => {
			const response = await fetch(`${url}${route}`, {signal: AbortSignal.timeout(10_000)});
			return {status: response.status, body: await response.text()};
		},
	};
}

/** Serves the image's ENTRYPOINT on a free port (the shared machine's 8080 may be taken). */
export async function serveImage(container: Container, port: number): Promise<Server> {
	return startServer('buildah', [...storageFlags, 'run', ...isolationFlags, '--env', `ASPNETCORE_HTTP_PORTS=${port}`, container.name, '--', ...(container.config.Entrypoint ?? [])], port);
}

/** What the image, started on a free port, answers at `route`; the server and the container are gone afterwards. */
export async function answerOf(image: string, route = '/'): Promise<string> {
	const container = await openContainer(image);
	try {
		const server = await serveImage(container, await freePort());
		try {
			return (await server.get(route)).body;
		} finally {
			await server.stop();
		}
	} finally {
		await container.done();
	}
}
