import {spawn} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {freePort} from './free-port.js';

/** Debian's tinyproxy on a free 127.0.0.1 port, in the foreground, with its own log. */
export type LoopbackProxy = {url: string; log: () => Promise<string>; stop: () => Promise<void>};

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
	const start = Date.now();
	for (;;) {
		const open = await new Promise<boolean>(resolve => {
			const socket = net.connect(port, '127.0.0.1', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		if (Date.now() - start > timeoutMs) throw new Error(`tinyproxy did not listen on ${port} within ${timeoutMs} ms`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

/** `allow`: the client address tinyproxy serves; anything else gets its 403. */
export async function startTinyproxy(options: {allow?: string} = {}): Promise<LoopbackProxy> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-tinyproxy-'));
	const port = await freePort();
	const log = path.join(folder, 'tinyproxy.log');
	await writeFile(path.join(folder, 'tinyproxy.conf'), [
		`Port ${port}`,
		'Listen 127.0.0.1',
		'Timeout 30',
		`LogFile "${log}"`,
		'LogLevel Connect',
		'MaxClients 20',
		`Allow ${options.allow ?? '127.0.0.1'}`,
		'',
	].join('\n'));
	const child = spawn('tinyproxy', ['-d', '-c', path.join(folder, 'tinyproxy.conf')], {stdio: 'ignore'});
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise(resolve => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		}
		await rm(folder, {recursive: true, force: true});
	};
	try {
		await waitForPort(port, 10_000);
	} catch (error) {
		await stop();
		throw error;
	}
	return {url: `http://127.0.0.1:${port}`, log: () => readFile(log, 'utf8').catch(() => ''), stop};
}
