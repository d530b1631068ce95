import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {InputError} from '../source/engine/resolve.js';
import {inputCaps, InputFileError, readInputFile} from '../source/read/input-file.js';

let folder: string;
beforeAll(async () => {
	folder = await mkdtemp(path.join(os.tmpdir(), 'diw-input-file-'));
});

const read = (file: string, maxBytes = inputCaps.config) => readInputFile(file, {shownAs: path.basename(file), maxBytes});

async function refusal(file: string, maxBytes?: number): Promise<InputFileError> {
	const error = await read(file, maxBytes).then(() => undefined, (problem: unknown) => problem);
	expect(error).toBeInstanceOf(InputFileError);
	expect(error).toBeInstanceOf(InputError);
	return error as InputFileError;
}

describe('the one reader of user files', () => {
	it('reads a regular file as UTF-8 without its byte-order mark', async () => {
		const file = path.join(folder, 'bom.json');
		await writeFile(file, '\uFEFF{"os": "alpine"}');
		expect(await read(file)).toBe('{"os": "alpine"}');
	});

	it('reads UTF-16 that starts with its byte-order mark, as Visual Studio may save a project', async () => {
		const file = path.join(folder, 'utf16.csproj');
		await writeFile(file, Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from('<Project />', 'utf16le')]));
		expect(await read(file)).toBe('<Project />');
	});

	it('refuses a named pipe at once, without waiting for a writer', {timeout: 5000}, async () => {
		const file = path.join(folder, 'pipe.csproj');
		execFileSync('mkfifo', [file]);
		const error = await refusal(file);
		expect(error.message).toBe('pipe.csproj is a named pipe (FIFO), not a regular file: only regular files are read.');
		expect(error.reason).toBe('not-a-file');
	});

	it.each(['/dev/zero', '/dev/null', '/dev/urandom'])('refuses the device %s without reading it', {timeout: 5000}, async device => {
		const error = await refusal(device);
		expect(error.message).toBe(`${path.basename(device)} is a device, not a regular file: only regular files are read.`);
	});

	it('refuses a link to a device: the check is on what the link points to', {timeout: 5000}, async () => {
		const file = path.join(folder, 'Directory.Build.props');
		await symlink('/dev/zero', file);
		expect((await refusal(file)).message).toContain('Directory.Build.props is a device');
	});

	// /proc/kmsg is a "regular" file whose read waits for kernel messages; only root may open it.
	it.skipIf(process.getuid?.() !== 0 || !existsSync('/proc/kmsg'))('refuses /proc/kmsg, which would make a read wait, instead of waiting (root only)', {timeout: 5000}, async () => {
		const error = await refusal('/proc/kmsg');
		expect(error.reason).toBe('not-a-file');
		expect(error.message).toMatch(/^kmsg (cannot be read without waiting for it|is a device)/);
	});

	it('refuses a socket', {timeout: 5000}, async () => {
		const file = path.join(folder, 'socket.json');
		const server = net.createServer().listen(file);
		await new Promise(resolve => server.once('listening', resolve));
		try {
			expect((await refusal(file)).message).toBe('socket.json is a socket, not a regular file: only regular files are read.');
		} finally {
			server.close();
		}
	});

	it('says a folder is a folder, and a missing file is missing', async () => {
		const made = path.join(folder, '.dotnet-image-wizardrc.json');
		await mkdir(made);
		const error = await refusal(made);
		expect(error.message).toBe('.dotnet-image-wizardrc.json is a folder, not a file.');
		expect(error.reason).toBe('folder');
		const missing = await refusal(path.join(folder, 'nope.json'));
		expect(missing.message).toBe('nope.json does not exist.');
		expect(missing.reason).toBe('missing');
	});

	it('refuses a file over the cap by its size, and reads one exactly at the cap', async () => {
		const file = path.join(folder, 'big.json');
		await writeFile(file, 'x'.repeat(1025));
		const error = await refusal(file, 1024);
		expect(error.message).toBe('big.json is larger than 1 KiB, more than such a file ever needs: it is not read.');
		expect(error.reason).toBe('too-large');
		await writeFile(file, 'x'.repeat(1024));
		expect(await read(file, 1024)).toHaveLength(1024);
	});

	// Root reads past permissions: test/config.test.ts runs the CLI as nobody to see this refusal there.
	it.skipIf(process.getuid?.() === 0)('refuses a file that is unreadable, saying so (skipped as root, whom permissions do not stop)', async () => {
		const file = path.join(folder, 'secret.json');
		await writeFile(file, '{}', {mode: 0o000});
		expect((await refusal(file)).message).toBe('secret.json cannot be read: permission denied.');
	});

	it('says so when links loop', async () => {
		const file = path.join(folder, 'loop.json');
		await symlink(file, file);
		expect((await refusal(file)).message).toBe('loop.json cannot be read: its symbolic links loop.');
	});
});

afterAll(async () => {
	await rm(folder, {recursive: true, force: true});
});
