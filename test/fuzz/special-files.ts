// Files that are not what they claim to be: a FIFO no one writes to, /dev/zero, a folder, or a
// file too big to read, placed where the tool expects a config, project or props file.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {mkdir, symlink, truncate, writeFile} from 'node:fs/promises';
import path from 'node:path';

export type SpecialKind = 'fifo' | '/dev/zero' | 'symlink to /dev/zero' | 'folder' | 'huge file';

/** Puts a special file at `file`: a FIFO no one writes, /dev/zero, a folder, or a sparse 3 GiB file. */
export async function makeSpecial(file: string, kind: SpecialKind): Promise<void> {
	await mkdir(path.dirname(file), {recursive: true});
	if (kind === 'fifo') {
		const mkfifo = spawn('mkfifo', [file]);
		await once(mkfifo, 'close');
	} else if (kind === '/dev/zero' || kind === 'symlink to /dev/zero') {
		await symlink('/dev/zero', file);
	} else if (kind === 'folder') {
		await mkdir(file);
	} else {
		await writeFile(file, '');
		await truncate(file, 3 * 1024 ** 3);
	}
}

