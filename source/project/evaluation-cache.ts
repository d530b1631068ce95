import {createHash} from 'node:crypto';
import {mkdir, realpath, rename, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {inputCaps, readInputBytes, readInputFile} from '../read/input-file.js';
import {cacheFolder as userCacheFolder} from '../read/user-folders.js';
import type {Evaluation} from './evaluation.js';
import {fileAbove} from './xml-evaluation.js';

// Bump when the shape of a cached evaluation or what is asked of MSBuild changes.
const cacheVersion = 6;

/** The evaluations' folder in the user's cache folder (read/user-folders.ts); none is an error the callers skip. */
export function cacheFolder(): string {
	const folder = userCacheFolder();
	if (!folder) throw new Error('no cache folder: neither XDG_CACHE_HOME nor HOME is an absolute path');
	return path.join(folder, 'evaluations');
}

const hash = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The hash of a file the evaluation read; undefined for one that is gone or that the reader refuses (a FIFO, a device, too large). */
async function contentHash(file: string): Promise<string | undefined> {
	try {
		return hash(await readInputBytes(file, {shownAs: file, maxBytes: inputCaps.msbuild}));
	} catch {
		return undefined;
	}
}

/** The dotnet on PATH, as the folder it is installed in, or undefined when there is none. */
export async function dotnetOnPath(): Promise<string | undefined> {
	const names = process.platform === 'win32' ? ['dotnet.exe'] : ['dotnet'];
	for (const folder of (process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
		for (const name of names) {
			try {
				const candidate = path.join(folder, name);
				if ((await stat(candidate)).isFile()) return path.dirname(await realpath(candidate));
			} catch {}
		}
	}
	return undefined;
}

/**
 * What decides an evaluation before MSBuild runs: the project's path and contents, the SDKs
 * installed beside the dotnet on PATH, the global.json that picks one of them, and the globals.
 */
async function keyOf(file: string, dotnetRoot: string, extra: string): Promise<string> {
	const sdks = await stat(path.join(dotnetRoot, 'sdk')).then(found => String(found.mtimeMs), () => '');
	const globalJson = await fileAbove(path.dirname(file), 'global.json');
	return hash(JSON.stringify([cacheVersion, file, await contentHash(file), dotnetRoot, sdks, globalJson, globalJson ? await contentHash(globalJson) : '', extra]));
}

/** What MSBuild made of a project: its evaluation, or why it failed. */
export type Outcome = {evaluation: Evaluation} | {failure: string; file: string; files: string[]};

type Entry = {files: Record<string, string | null>; outcome: Outcome};

/** A cached outcome whose MSBuild files all still have the contents they had, or undefined. */
export async function cachedEvaluation(file: string, dotnetRoot: string, extra = ''): Promise<Outcome | undefined> {
	let entry: Entry;
	try {
		const cached = path.join(cacheFolder(), `${await keyOf(file, dotnetRoot, extra)}.json`);
		entry = JSON.parse(await readInputFile(cached, {shownAs: cached, maxBytes: inputCaps.msbuild})) as Entry;
	} catch {
		return undefined;
	}
	for (const [name, expected] of Object.entries(entry.files)) {
		if (((await contentHash(name)) ?? null) !== expected) return undefined;
	}
	return entry.outcome;
}

/** Stores an outcome with the contents of every file it read; a cache that cannot be written is skipped. */
export async function storeEvaluation(outcome: Outcome, dotnetRoot: string, extra = ''): Promise<void> {
	try {
		const folder = cacheFolder();
		await mkdir(folder, {recursive: true});
		const read = 'evaluation' in outcome ? outcome.evaluation.imports : outcome.files;
		const files = Object.fromEntries(await Promise.all(read.map(async name => [name, (await contentHash(name)) ?? null])));
		const file = 'evaluation' in outcome ? outcome.evaluation.file : outcome.file;
		const target = path.join(folder, `${await keyOf(file, dotnetRoot, extra)}.json`);
		const temporary = `${target}.${process.pid}.tmp`;
		await writeFile(temporary, JSON.stringify({files, outcome} satisfies Entry));
		await rename(temporary, target);
	} catch {}
}
