import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import path from 'node:path';

/** The most entries read from an archive: an evaluation imports a few hundred files. */
const maxEntries = 20_000;

/**
 * The file names in a zip archive's central directory, read alone (nothing is decompressed): at
 * most `count` entries. MSBuild's `-bl:…;ProjectImports=ZipFile` writes every file the evaluation
 * imported into such an archive, named by its path (`\home\me\src\Directory.Build.props` on
 * Linux). A damaged directory gives what could be read.
 */
function entryNames(directory: Buffer, count: number): string[] {
	const names: string[] = [];
	let at = 0;
	for (let entry = 0; entry < Math.min(count, maxEntries) && at + 46 <= directory.length; entry++) {
		if (directory.readUInt32LE(at) !== 0x02_01_4B_50) break;
		const nameLength = directory.readUInt16LE(at + 28);
		const extraLength = directory.readUInt16LE(at + 30);
		const commentLength = directory.readUInt16LE(at + 32);
		names.push(directory.toString('utf8', at + 46, Math.min(directory.length, at + 46 + nameLength)));
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
		// The end-of-central-directory record: the number of entries, the directory's size and offset.
		const count = tail.readUInt16LE(end + 10);
		const directorySize = tail.readUInt32LE(end + 12);
		const directoryStart = tail.readUInt32LE(end + 16);
		if (directoryStart + directorySize > size) return [];
		const directory = Buffer.alloc(directorySize);
		readSync(descriptor, directory, 0, directorySize, directoryStart);
		return [...new Set(entryNames(directory, count).map(importedPath))];
	} catch {
		return [];
	} finally {
		closeSync(descriptor);
	}
}

const endSignature = Buffer.from([0x50, 0x4B, 0x05, 0x06]);
