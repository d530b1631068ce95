import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import path from 'node:path';

/** The most entries read from an archive: an evaluation imports a few hundred files. */
const maxEntries = 20_000;

/**
 * The file names a zip archive holds, from its central directory (nothing is decompressed).
 * MSBuild's `-bl:…;ProjectImports=ZipFile` writes every file the evaluation imported into such an
 * archive, named by its path (`\home\me\src\Directory.Build.props` on Linux). A damaged archive
 * gives what could be read.
 */
export function zipEntryNames(archive: Buffer): string[] {
	// The end-of-central-directory record: at the end, after a comment of at most 64 KiB.
	let end = -1;
	for (let at = archive.length - 22; at >= Math.max(0, archive.length - 22 - 0xFF_FF); at--) {
		if (archive.readUInt32LE(at) === 0x06_05_4B_50) {
			end = at;
			break;
		}
	}
	if (end < 0) return [];
	const count = Math.min(archive.readUInt16LE(end + 10), maxEntries);
	let at = archive.readUInt32LE(end + 16);
	const names: string[] = [];
	for (let entry = 0; entry < count && at + 46 <= archive.length; entry++) {
		if (archive.readUInt32LE(at) !== 0x02_01_4B_50) break;
		const nameLength = archive.readUInt16LE(at + 28);
		const extraLength = archive.readUInt16LE(at + 30);
		const commentLength = archive.readUInt16LE(at + 32);
		names.push(archive.toString('utf8', at + 46, Math.min(archive.length, at + 46 + nameLength)));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return names;
}

/** An archived import's name as the path it was read from: `\home\me\x.props` → `/home/me/x.props`; `C\src\x.props` → `C:\src\x.props`. */
export function importedPath(name: string): string {
	if (path.sep === '\\') return name.replace(/^([A-Za-z])\\/, '$1:\\');
	return `/${name.replaceAll('\\', '/').replace(/^\/+/, '')}`;
}

/** The most bytes read from the end of an archive to find its directory: the end record and a 64 KiB comment. */
const endSearch = 22 + 0xFF_FF;

/**
 * The files an evaluation imported, from MSBuild's ProjectImports archive; none when it is missing.
 * Only the archive's directory is read (its end, then the directory it points to), not the files.
 */
export function importsOf(archiveFile: string): string[] {
	let descriptor: number;
	try {
		descriptor = openSync(archiveFile, 'r');
	} catch {
		return [];
	}
	try {
		const size = fstatSync(descriptor).size;
		const tailLength = Math.min(size, endSearch);
		const tail = Buffer.alloc(tailLength);
		readSync(descriptor, tail, 0, tailLength, size - tailLength);
		const end = tail.lastIndexOf(endSignature);
		if (end < 0 || end + 22 > tail.length) return [];
		const directorySize = tail.readUInt32LE(end + 12);
		const directoryStart = tail.readUInt32LE(end + 16);
		if (directoryStart + directorySize > size) return [];
		// The directory and its end record, laid out as zipEntryNames reads a whole archive.
		const directory = Buffer.alloc(directorySize + 22);
		readSync(descriptor, directory, 0, directorySize, directoryStart);
		tail.copy(directory, directorySize, end, end + 22);
		directory.writeUInt32LE(0, directorySize + 16);
		return [...new Set(zipEntryNames(directory).map(importedPath))];
	} catch {
		return [];
	} finally {
		closeSync(descriptor);
	}
}

const endSignature = Buffer.from([0x50, 0x4B, 0x05, 0x06]);
