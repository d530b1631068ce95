// A server that drips (one byte at a time, its headers or its body) cannot hold --refresh or
// --verify: each attempt is bounded as a whole, and the whole command by three times the timeout.
// The server's loops are bounded and end by themselves; the test closes every socket it left.
import {mkdtemp, rm, stat} from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from './cli-run.js';

type Drip = 'headers' | 'body';
const dripEveryMs = 500;
const maxDrops = 60;

/** Answers every request by writing one byte every half second: its status line and headers, or a JSON body. */
async function startDrippingServer(): Promise<{url: (drip: Drip) => string; requests: string[]; stop: () => Promise<void>}> {
	const requests: string[] = [];
	const sockets = new Set<net.Socket>();
	const server = http.createServer((request, response) => {
		requests.push(request.url ?? '');
		const socket = response.socket!;
		const drip = (request.url ?? '').startsWith('/headers/') ? 'headers' : 'body';
		const text = drip === 'headers' ? 'HTTP/1.1 200 OK\r\nX-Slow: ' : '';
		if (drip === 'body') response.writeHead(200, {'content-type': 'application/json'});
		let drops = 0;
		const timer = setInterval(() => {
			if (socket.destroyed || ++drops > maxDrops) {
				clearInterval(timer);
				socket.destroy();
				return;
			}
			if (drip === 'headers') socket.write(text[drops - 1] ?? 'a');
			else response.write(' ');
		}, dripEveryMs);
		timer.unref();
	});
	server.on('connection', socket => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
	return {
		url: drip => `${base}/${drip}/`,
		requests,
		stop: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise(resolve => server.close(resolve));
		},
	};
}

let server: Awaited<ReturnType<typeof startDrippingServer>>;
let cacheHome: string;
const timeout = 2;
// Three times the timeout, and what starting node and the program costs on a loaded machine.
const bound = (3 * timeout + 3) * 1000;

beforeAll(async () => {
	server = await startDrippingServer();
	cacheHome = await mkdtemp(path.join(os.tmpdir(), 'diw-slow-'));
});
afterAll(async () => {
	await server.stop();
	await rm(cacheHome, {recursive: true, force: true});
});

const run = async (args: string[], env: Record<string, string> = {}) => {
	const started = Date.now();
	const result = await runCli(['--detect', 'xml', ...args], {env: {XDG_CACHE_HOME: cacheHome, DOTNET_IMAGE_WIZARD_TIMEOUT: String(timeout), ...env}});
	return {...result, seconds: (Date.now() - started) / 1000};
};

describe('a server that drips one byte at a time', () => {
	for (const drip of ['headers', 'body'] as const) {
		it(`--refresh gives up within three times the timeout when it drips its ${drip}`, async () => {
			const result = await run(['--refresh', '--manifest-base', server.url(drip), '--releases-base', server.url(drip)]);
			expect(result.seconds * 1000).toBeLessThan(bound);
			expect(result.exitCode).toBe(1);
			expect(result.stderr.trim()).toMatch(new RegExp(`^dotnet-image-wizard: cannot refresh the image catalog: [a-z.-]+\\.json: 127\\.0\\.0\\.1:\\d+ gave no complete answer within ${3 * timeout} s in all \\(three times the ${timeout} s timeout\\): gave up\\. Still using the catalog of 2026-08-21 \\(built in\\)\\.$`));
			await expect(stat(path.join(cacheHome, 'dotnet-image-wizard', 'catalog.json'))).rejects.toThrow(/ENOENT/);
		});
	}

	it('--verify gives up within three times the timeout', async () => {
		const registry = server.url('body').replace(/\/body\/$/, '');
		const result = await run(['--yes', '--dotnet', '10.0', '--app', 'web', '--deploy', 'framework', '--shell', 'no', '--os', 'ubuntu', '--verify', '--registry', registry]);
		expect(result.seconds * 1000).toBeLessThan(bound);
		expect(result.exitCode).toBe(1);
		expect(result.stderr.trim()).toMatch(new RegExp(`^dotnet-image-wizard: cannot verify the tags at ${registry.replaceAll('.', '\\.')}: 127\\.0\\.0\\.1:\\d+ gave no complete answer within ${3 * timeout} s in all \\(three times the ${timeout} s timeout\\): gave up$`));
	});
});

describe('a proxy that accepts connections and never answers (a black hole)', () => {
	it('--refresh ends within three times the timeout and calls it a timeout, not a refusal', async () => {
		const sockets = new Set<net.Socket>();
		// Swallows every byte; each connection ends by itself after 20 s.
		const hole = net.createServer(socket => {
			sockets.add(socket);
			socket.on('data', () => {});
			setTimeout(() => socket.destroy(), 20_000).unref();
		});
		await new Promise<void>(resolve => hole.listen(0, '127.0.0.1', resolve));
		const proxy = `http://127.0.0.1:${(hole.address() as net.AddressInfo).port}`;
		try {
			const result = await run(['--refresh', '--manifest-base', 'https://mirror.example/', '--releases-base', 'https://mirror.example/'], {HTTPS_PROXY: proxy, HTTP_PROXY: proxy, NO_PROXY: ''});
			expect(result.seconds * 1000).toBeLessThan(bound);
			expect(result.exitCode).toBe(1);
			expect(result.stderr).not.toMatch(/refused/);
			expect(result.stderr.trim()).toMatch(new RegExp(`^dotnet-image-wizard: cannot refresh the image catalog: [a-z.-]+\\.json: mirror\\.example gave no complete answer within ${3 * timeout} s in all`));
		} finally {
			for (const socket of sockets) socket.destroy();
			await new Promise(resolve => hole.close(resolve));
		}
	});
});
