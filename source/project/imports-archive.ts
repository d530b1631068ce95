import {readFile} from 'node:fs/promises';
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

/** The files an evaluation imported, from MSBuild's ProjectImports archive; none when it is missing. */
export async function importsOf(archiveFile: string): Promise<string[]> {
	const archive = await readFile(archiveFile).catch(() => undefined);
	return archive ? [...new Set(zipEntryNames(archive).map(importedPath))] : [];
}
