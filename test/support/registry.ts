import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {freePort} from './free-port.js';

/** A real OCI distribution registry (Debian's docker-registry) on 127.0.0.1, for one test file. */
export type LoopbackRegistry = {
	/** host:port, e.g. 127.0.0.1:41234 */
	host: string;
	/** http://host:port */
	url: string;
	stop: () => Promise<void>;
};

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const start = Date.now();
	for (;;) {
		if (child.exitCode !== null) throw new Error(`docker-registry exited with code ${child.exitCode} before answering`);
		try {
			const response = await fetch(`${url}/v2/`, {signal: AbortSignal.timeout(1000)});
			if (response.ok) return;
		} catch {}
		if (Date.now() - start > timeoutMs) throw new Error(`docker-registry did not answer ${url}/v2/ within ${timeoutMs} ms`);
		await new Promise(resolve => setTimeout(resolve, 100));
	}
}

/** Starts docker-registry with its own storage folder on a free loopback port. */
export async function startRegistry(): Promise<LoopbackRegistry> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-registry-'));
	const port = await freePort();
	const config = path.join(folder, 'config.yml');
	await writeFile(config, [
		'version: 0.1',
		'log:',
		'  level: error',
		'storage:',
		'  filesystem:',
		`    rootdirectory: ${path.join(folder, 'data')}`,
		'  delete:',
		'    enabled: true',
		'http:',
		`  addr: 127.0.0.1:${port}`,
		'',
	].join('\n'));
	const child = spawn('docker-registry', ['serve', config], {stdio: 'ignore'});
	const host = `127.0.0.1:${port}`;
	const url = `http://${host}`;
	const stop = async () => {
		if (child.exitCode === null) {
			const exited = new Promise(resolve => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		}
		await rm(folder, {recursive: true, force: true});
	};
	try {
		await waitUntilUp(url, child, 15_000);
	} catch (error) {
		await stop();
		throw error;
	}
	return {host, url, stop};
}
