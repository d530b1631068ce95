import {mkdirSync, realpathSync, renameSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {inputCaps, readInputBytes, readInputFile} from '../read/input-file.js';
import {cacheFolder as userCacheFolder} from '../read/user-folders.js';
import type {Evaluation} from './evaluation.js';
import {fileAbove} from './xml-evaluation.js';

// Bump when the shape of a cached evaluation or what is asked of MSBuild changes.
const cacheVersion = 10;

/** The evaluations' folder in the user's cache folder (read/user-folders.ts); none is an error the callers skip. */
export function cacheFolder(): string {
	const folder = userCacheFolder();
	if (!folder) throw new Error('no cache folder: neither XDG_CACHE_HOME nor HOME is an absolute path');
	return path.join(folder, 'evaluations');
}

/**
 * A cache entry's file name: a 64-bit hash of its key (two 32-bit lanes). Not a guard against
 * anything: the entry holds its whole key and the whole contents of the files it was read from,
 * and a lookup compares them exactly, so a name two keys share is only a miss. (No node:crypto,
 * which would cost a scripted run more to load than the rest of the lookup.)
 */
function entryName(key: string): string {
	let first = 0xDEADBEEF;
	let second = 0x41C6CE57;
	for (let index = 0; index < key.length; index++) {
		const code = key.charCodeAt(index);
		first = Math.imul(first ^ code, 2_654_435_761);
		second = Math.imul(second ^ code, 1_597_334_677);
	}
	first = Math.imul(first ^ (first >>> 16), 2_246_822_507) ^ Math.imul(second ^ (second >>> 13), 3_266_489_909);
	second = Math.imul(second ^ (second >>> 16), 2_246_822_507) ^ Math.imul(first ^ (first >>> 13), 3_266_489_909);
	return (second >>> 0).toString(16).padStart(8, '0') + (first >>> 0).toString(16).padStart(8, '0');
}

/** A file the evaluation read, as its bytes in base64; undefined for one that is gone or that the reader refuses (a FIFO, a device, too large). */
async function contentOf(file: string): Promise<string | undefined> {
	try {
		// Most files looked for are not there: asked without an error (and its stack) for each.
		if (statSync(file, {throwIfNoEntry: false}) === undefined) return undefined;
		return (await readInputBytes(file, {shownAs: file, maxBytes: inputCaps.msbuild})).toString('base64');
	} catch {
		return undefined;
	}
}

/** The dotnet on PATH, as the folder it is installed in, or undefined when there is none (synchronous looks: one per PATH folder, microseconds each). */
export async function dotnetOnPath(): Promise<string | undefined> {
	const names = process.platform === 'win32' ? ['dotnet.exe'] : ['dotnet'];
	for (const folder of (process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
		for (const name of names) {
			try {
				const candidate = path.join(folder, name);
				if (statSync(candidate, {throwIfNoEntry: false})?.isFile()) return path.dirname(realpathSync(candidate));
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
	let sdks = '';
	try {
		sdks = String(statSync(path.join(dotnetRoot, 'sdk')).mtimeMs);
	} catch {}
	const globalJson = await fileAbove(path.dirname(file), 'global.json');
	return JSON.stringify([cacheVersion, file, await contentOf(file), dotnetRoot, sdks, globalJson, globalJson ? await contentOf(globalJson) : '', extra]);
}

/**
 * What MSBuild made of a project: its evaluation, or why it failed; with the files the XML reader
 * read beside it (the entry stands for both readers: it holds those files too).
 */
export type Outcome = {evaluation: Evaluation; files: string[]} | {failure: string; file: string; files: string[]};

/** An outcome with its key and the contents (base64) of every file it was read from (null: a file that was not there). */
type Entry = {key: string; files: Record<string, string | null>; outcome: Outcome};

/** A cached outcome whose key and MSBuild files are all exactly as they were, or undefined. */
export async function cachedEvaluation(file: string, dotnetRoot: string, extra = ''): Promise<Outcome | undefined> {
	let entry: Entry;
	let key: string;
	try {
		key = await keyOf(file, dotnetRoot, extra);
		const cached = path.join(cacheFolder(), `${entryName(key)}.json`);
		entry = JSON.parse(await readInputFile(cached, {shownAs: cached, maxBytes: cachedEntryCap})) as Entry;
	} catch {
		return undefined;
	}
	if (entry.key !== key || typeof entry.files !== 'object' || entry.files === null) return undefined;
	for (const [name, expected] of Object.entries(entry.files)) {
		// The project's own contents are in the key, just compared.
		if (name === file) continue;
		if (((await contentOf(name)) ?? null) !== expected) return undefined;
	}
	return entry.outcome;
}

/**
 * Files MSBuild looks for and imports where they are (Microsoft.Common.props and .targets, the
 * SDK's central package management, MSBuild's own response files): each of these names in the
 * project's folder and every folder above it, the project's .user file, and what restore writes
 * for it in obj/ (the packages' own props and targets come in through those). The entry keeps them
 * with the files the evaluation read, as null where they are not there: one that appears later
 * (a Directory.Build.props added at the repository root) makes the entry a miss, as one that
 * changes does.
 */
export function probedFiles(file: string): string[] {
	const obj = path.join(path.dirname(file), 'obj', path.basename(file));
	const probed = [`${file}.user`, `${obj}.nuget.g.props`, `${obj}.nuget.g.targets`];
	for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
		for (const name of ['Directory.Build.props', 'Directory.Build.targets', 'Directory.Packages.props', 'Directory.Build.rsp']) probed.push(path.join(folder, name));
		if (path.dirname(folder) === folder) return probed;
	}
}

/** An entry holds the files it was read from: room for several of the largest MSBuild file read. */
const cachedEntryCap = 8 * inputCaps.msbuild;

/** Stores an outcome with the contents of every file it read and every file probed for; a cache that cannot be written is skipped. */
export async function storeEvaluation(outcome: Outcome, dotnetRoot: string, extra = ''): Promise<void> {
	try {
		const folder = cacheFolder();
		mkdirSync(folder, {recursive: true});
		const file = 'evaluation' in outcome ? outcome.evaluation.file : outcome.file;
		const read = new Set([...('evaluation' in outcome ? outcome.evaluation.imports : []), ...outcome.files, ...probedFiles(file)]);
		const files = Object.fromEntries(await Promise.all([...read].map(async name => [name, (await contentOf(name)) ?? null])));
		const key = await keyOf(file, dotnetRoot, extra);
		const target = path.join(folder, `${entryName(key)}.json`);
		const temporary = `${target}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify({key, files, outcome} satisfies Entry));
		renameSync(temporary, target);
	} catch {}
}
