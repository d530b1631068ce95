// What a folder holds, as a user would check it after a failed write: every entry (hidden ones,
// so a left-over temporary file shows), its kind, its mode and its content or link target.
import {lstat, readdir, readFile, readlink} from 'node:fs/promises';
import path from 'node:path';

export type Entry = {kind: 'file' | 'folder' | 'link' | 'other'; mode: string; content?: string};

export async function snapshot(folder: string): Promise<Record<string, Entry>> {
	const result: Record<string, Entry> = {};
	const names = (await readdir(folder, {recursive: true})).sort();
	for (const name of names) {
		const file = path.join(folder, name);
		const info = await lstat(file);
		const mode = (info.mode & 0o7777).toString(8);
		if (info.isSymbolicLink()) result[name] = {kind: 'link', mode: '', content: await readlink(file)};
		else if (info.isDirectory()) result[name] = {kind: 'folder', mode};
		else if (info.isFile()) result[name] = {kind: 'file', mode, content: await readFile(file, 'utf8')};
		else result[name] = {kind: 'other', mode};
	}
	return result;
}
