// Reading the files a user hands us (configs, MSBuild files, solutions, global.json): only regular
// files, never more than a cap, every refusal one sentence that names the file.
import {closeSync, constants, fstatSync, openSync, readSync, statSync} from 'node:fs';
import {InputError} from '../engine/resolve.js';

/** Why a file was refused: `missing` lets a search go on to the next place. */
export type RefusalReason = 'missing' | 'folder' | 'not-a-file' | 'unreadable' | 'too-large';

/** A user's file that cannot be read as input: exit code 2, one line naming the file. */
export class InputFileError extends InputError {
	override name = 'InputFileError';
	constructor(message: string, readonly reason: RefusalReason) {
		super(message);
	}
}

const kib = 1024;
const mib = 1024 * kib;

/**
 * The caps. A config or global.json holds a few answers: 1 MiB is a thousand times what one needs.
 * MSBuild files and solutions are larger (an old-style project that lists every source file, a
 * solution of hundreds of projects: a few hundred KiB to 2 MiB in large real repositories): 8 MiB
 * holds them with room, and the XML reader gets through one in about two seconds. The refreshed
 * catalog this tool caches is well under 1 MiB: 16 MiB leaves it decades of growth.
 */
export const inputCaps = {config: mib, msbuild: 8 * mib, solution: 8 * mib, globalJson: mib, catalogCache: 16 * mib} as const;

export type InputFileOptions = {
	/** How the file is named in messages: relative to the current folder, or a flag ("--config x.json"). */
	shownAs: string;
	/** The most bytes the file may hold. */
	maxBytes: number;
};

const sizeText = (bytes: number) => (bytes >= mib && bytes % mib === 0 ? `${bytes / mib} MiB` : bytes >= kib && bytes % kib === 0 ? `${bytes / kib} KiB` : `${bytes} bytes`);

type Kind = {isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean};

function notAFile(kind: Kind, shownAs: string): InputFileError | undefined {
	if (kind.isFile()) return undefined;
	if (kind.isDirectory()) return new InputFileError(`${shownAs} is a folder, not a file.`, 'folder');
	const what = kind.isFIFO() ? 'a named pipe (FIFO)' : kind.isSocket() ? 'a socket' : kind.isCharacterDevice() || kind.isBlockDevice() ? 'a device' : 'not a regular file';
	return new InputFileError(`${shownAs} is ${what}, not a regular file: only regular files are read.`, 'not-a-file');
}

function refusal(error: unknown, shownAs: string): InputFileError {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT':
		case 'ENOTDIR':
			return new InputFileError(`${shownAs} does not exist.`, 'missing');
		case 'EACCES':
		case 'EPERM':
			return new InputFileError(`${shownAs} cannot be read: permission denied.`, 'unreadable');
		case 'ELOOP':
			return new InputFileError(`${shownAs} cannot be read: its symbolic links loop.`, 'unreadable');
		case 'ENXIO':
			// A socket, or a device with nothing behind it: open() says so before stat can.
			return new InputFileError(`${shownAs} is a socket or a device, not a regular file: only regular files are read.`, 'not-a-file');
		case 'EAGAIN':
			// A special file (/proc/kmsg) that would make a read wait: opened non-blocking, it says so instead.
			return new InputFileError(`${shownAs} cannot be read without waiting for it: it is not a plain file.`, 'not-a-file');
		case 'EISDIR':
			return new InputFileError(`${shownAs} is a folder, not a file.`, 'folder');
		default:
			return new InputFileError(`${shownAs} cannot be read (${code ?? (error as Error).message}).`, 'unreadable');
	}
}

const tooLarge = (shownAs: string, maxBytes: number) => new InputFileError(`${shownAs} is larger than ${sizeText(maxBytes)}, more than such a file ever needs: it is not read.`, 'too-large');

/**
 * The bytes of a user's file. Refused, each with an InputFileError: anything that is not a regular
 * file (a folder, a FIFO, a socket, /dev/zero or another device: checked before it is opened, and
 * again on the open handle), and a file over `maxBytes` (checked on its size, and while reading: at
 * most maxBytes + 1 bytes are read, so a file that grows cannot pass). Opened non-blocking, so a
 * FIFO swapped in after the check cannot make the open wait for a writer. Read synchronously: these
 * are small local files, and a round trip through the thread pool per step (stat, open, read,
 * close) costs more than the read itself.
 */
export function readInputBytesSync(file: string, {shownAs, maxBytes}: InputFileOptions): Buffer {
	try {
		const before = notAFile(statSync(file), shownAs);
		if (before) throw before;
	} catch (error) {
		throw error instanceof InputFileError ? error : refusal(error, shownAs);
	}
	let descriptor: number;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
	} catch (error) {
		throw refusal(error, shownAs);
	}
	try {
		const opened = fstatSync(descriptor);
		const kind = notAFile(opened, shownAs);
		if (kind) throw kind;
		if (opened.size > maxBytes) throw tooLarge(shownAs, maxBytes);
		// Read up to one byte past the cap: that byte tells a file that grew past it from one that fits.
		let buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(opened.size + 1, 16 * kib)));
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				if (length > maxBytes) throw tooLarge(shownAs, maxBytes);
				const grown = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
				buffer.copy(grown, 0, 0, length);
				buffer = grown;
			}
			const bytesRead = readSync(descriptor, buffer, length, buffer.length - length, length);
			if (bytesRead === 0) break;
			length += bytesRead;
		}
		return buffer.subarray(0, length);
	} catch (error) {
		throw error instanceof InputFileError ? error : refusal(error, shownAs);
	} finally {
		try {
			closeSync(descriptor);
		} catch {}
	}
}

/** readInputBytesSync for callers that await it. */
export async function readInputBytes(file: string, options: InputFileOptions): Promise<Buffer> {
	return readInputBytesSync(file, options);
}

/**
 * A user's file as text: UTF-8, or UTF-16 where it starts with that byte-order mark (Visual
 * Studio writes some project files so); the byte-order mark is dropped. Refusals as
 * readInputBytes.
 */
export async function readInputFile(file: string, options: InputFileOptions): Promise<string> {
	const bytes = await readInputBytes(file, options);
	if (bytes[0] === 0xFF && bytes[1] === 0xFE) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xFE && bytes[1] === 0xFF) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The first `maxBytes` of a regular file as UTF-8 text, in one read, synchronously: for a quick
 * look at thousands of project files, where a round trip through the thread pool per call would
 * cost more than the read. Opened non-blocking, regular files only; refusals as readInputBytes.
 */
export function readInputHeadSync(file: string, {shownAs, maxBytes}: InputFileOptions): string {
	let descriptor: number;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
	} catch (error) {
		throw refusal(error, shownAs);
	}
	try {
		const kind = notAFile(fstatSync(descriptor), shownAs);
		if (kind) throw kind;
		const buffer = Buffer.allocUnsafe(maxBytes);
		const bytesRead = readSync(descriptor, buffer, 0, maxBytes, 0);
		return buffer.toString('utf8', 0, bytesRead);
	} catch (error) {
		throw error instanceof InputFileError ? error : refusal(error, shownAs);
	} finally {
		try {
			closeSync(descriptor);
		} catch {}
	}
}
