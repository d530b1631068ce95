import {randomBytes} from 'node:crypto';
import {mkdir, open, rename, rm, stat} from 'node:fs/promises';
import path from 'node:path';

/** A refusal to overwrite, or a failed write: exit code 1, nothing left half-written. */
export class WriteError extends Error {
	override name = 'WriteError';
}

async function kindOf(file: string): Promise<'missing' | 'file' | 'folder'> {
	try {
		return (await stat(file)).isDirectory() ? 'folder' : 'file';
	} catch {
		return 'missing';
	}
}

async function writeTemporary(file: string, content: string): Promise<string> {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
	const handle = await open(temporary, 'wx', 0o644);
	try {
		await handle.writeFile(content);
		await handle.sync();
	} finally {
		await handle.close();
	}
	return temporary;
}

/**
 * Writes every file or none: existing files are refused unless `force`, each file goes to a
 * temporary sibling first, and only when all are on disk are they renamed into place.
 */
export async function writeFiles(directory: string, files: Array<{name: string; content: string}>, options: {force: boolean}): Promise<string[]> {
	const targets = files.map(file => ({...file, target: path.join(directory, file.name)}));
	const shown = (target: string) => path.relative(process.cwd(), target) || target;
	const taken = [];
	for (const {target} of targets) {
		const kind = await kindOf(target);
		if (kind === 'folder') throw new WriteError(`${shown(target)} is a folder: nothing was written.`);
		if (kind === 'file') taken.push(target);
	}
	if (taken.length > 0 && !options.force) {
		throw new WriteError(`${taken.map(shown).join(', ')} already exist${taken.length === 1 ? 's' : ''}: nothing was written. Pass --force to overwrite.`);
	}
	try {
		await mkdir(directory, {recursive: true});
	} catch (error) {
		throw new WriteError(`cannot write into ${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Nothing was written.`);
	}
	const written: Array<{temporary: string; target: string}> = [];
	try {
		for (const {target, content} of targets) written.push({temporary: await writeTemporary(target, content), target});
	} catch (error) {
		await Promise.all(written.map(({temporary}) => rm(temporary, {force: true})));
		throw new WriteError(`cannot write into ${directory}: ${(error as Error).message.replace(/^[A-Z]+: /, '')}. Nothing was written.`);
	}
	for (const {temporary, target} of written) await rename(temporary, target);
	return targets.map(({target}) => target);
}
