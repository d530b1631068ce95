import {spawnSync} from 'node:child_process';
import {closeSync, constants, openSync, readSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {writeToDescriptor} from '../source/session/standard-output.js';

const folders: string[] = [];
afterEach(async () => {
	await Promise.all(folders.splice(0).map(async folder => rm(folder, {recursive: true, force: true})));
});

/** Everything a non-blocking reader can take from `descriptor` now. */
function drain(descriptor: number): Buffer {
	const chunks: Buffer[] = [];
	const buffer = Buffer.alloc(64 * 1024);
	for (;;) {
		let read: number;
		try {
			read = readSync(descriptor, buffer);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
			throw error;
		}
		if (read === 0) break;
		chunks.push(Buffer.from(buffer.subarray(0, read)));
	}
	return Buffer.concat(chunks);
}

describe('writing the output straight to stdout', () => {
	it('hands what a full non-blocking pipe refuses to the stream, so nothing is lost or reordered', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-stdout-'));
		folders.push(folder);
		const fifo = path.join(folder, 'pipe');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
		const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
		try {
			// Far more than a pipe holds (64 KiB on Linux), with no one reading while it is written.
			const text = Array.from({length: 20_000}, (_, line) => `line ${line} ✓\n`).join('');
			const handedOver: Buffer[] = [];
			writeToDescriptor(writer, text, rest => handedOver.push(Buffer.from(rest)));
			expect(handedOver).toHaveLength(1);
			const piped = drain(reader);
			expect(piped.length).toBeGreaterThan(0);
			expect(Buffer.concat([piped, ...handedOver]).toString()).toBe(text);
		} finally {
			closeSync(writer);
			closeSync(reader);
		}
	});

	it('writes all of it when the descriptor takes it', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-stdout-'));
		folders.push(folder);
		const file = path.join(folder, 'out.json');
		const descriptor = openSync(file, 'w');
		const handedOver: Buffer[] = [];
		try {
			writeToDescriptor(descriptor, '{"answers": "ü"}\n', rest => handedOver.push(rest));
		} finally {
			closeSync(descriptor);
		}
		const read = openSync(file, 'r');
		try {
			expect(drain(read).toString()).toBe('{"answers": "ü"}\n');
		} finally {
			closeSync(read);
		}
		expect(handedOver).toEqual([]);
	});
});
