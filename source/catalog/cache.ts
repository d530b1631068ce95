import {mkdir, open, readdir, rename, rm} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {CatalogDataError} from './build-catalog.js';
import {parseCatalog} from './parse-catalog.js';
import type {Catalog} from './types.js';
import {inputCaps, InputFileError, readInputFile} from '../read/input-file.js';
import {cacheFolder} from '../read/user-folders.js';
import {running} from '../write/leftovers.js';

/** Bumped when the cached shape changes: a cache this version cannot read is left for --refresh. */
const cacheFormat = 1;

export const cacheFile = (folder = cacheFolder()) => folder && path.join(folder, 'catalog.json');

const noCacheFolder = 'there is no cache folder to save it in: neither XDG_CACHE_HOME nor HOME is an absolute path';

export type CachedCatalog = {catalog?: Catalog; problem?: string};

/**
 * The refreshed catalog in the cache, nothing when there is none, or a problem in one line: a cache
 * that does not pass the parser a download passes (parseCatalog) is not used, and the next refresh replaces it.
 */
export async function readCachedCatalog(file = cacheFile(), now = new Date()): Promise<CachedCatalog> {
	if (!file) return {};
	let text;
	try {
		text = await readInputFile(file, {shownAs: `the cached catalog ${file}`, maxBytes: inputCaps.catalogCache});
	} catch (error) {
		if (!(error instanceof InputFileError)) throw error;
		return error.reason === 'missing' ? {} : {problem: error.message.replace(/\.$/, '')};
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return {problem: `the cached catalog ${file} is not valid JSON`};
	}
	if ((value as {format?: unknown} | null)?.format !== cacheFormat) return {problem: `the cached catalog ${file} was written by another version of this program`};
	try {
		return {catalog: parseCatalog(value, now.toISOString().slice(0, 10))};
	} catch (error) {
		if (!(error instanceof CatalogDataError)) throw error;
		return {problem: `the cached catalog ${file} is not valid (${error.message})`};
	}
}

/** The temporary files of refreshes that were killed (SIGKILL) before they renamed theirs: removed, and named. */
async function removeKilledRefreshes(file: string): Promise<string[]> {
	const pattern = new RegExp(`^${path.basename(file).replaceAll('.', '\\.')}\\.(\\d{1,10})-[\\da-f]{8}\\.tmp$`);
	const names = await readdir(path.dirname(file)).catch(() => [] as string[]);
	const killed = names.filter(name => {
		const pid = pattern.exec(name)?.[1];
		return pid !== undefined && !running(Number(pid));
	});
	await Promise.all(killed.map(async name => rm(path.join(path.dirname(file), name), {force: true})));
	return killed;
}

/**
 * Stores a refreshed catalog: a temporary sibling (named for this process), flushed, then renamed
 * over the old one. Returns the leftovers of killed refreshes it removed on the way.
 */
export async function writeCachedCatalog(catalog: Catalog, file = cacheFile()): Promise<string[]> {
	if (!file) throw new Error(noCacheFolder);
	await mkdir(path.dirname(file), {recursive: true});
	const removed = await removeKilledRefreshes(file);
	// node:crypto loads only here: every run reads the cache, few write it.
	const {randomBytes} = await import('node:crypto');
	const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
	try {
		const handle = await open(temporary, 'wx', 0o644);
		try {
			await handle.writeFile(`${JSON.stringify({format: cacheFormat, ...catalog})}\n`);
			await handle.sync();
		} finally {
			await handle.close();
		}
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, {force: true});
		throw error;
	}
	return removed;
}

/** The newer of two catalogs by the day their data is as of; on the same day, the refreshed one. */
export function newerCatalog(embedded: Catalog, cached: Catalog | undefined): Catalog {
	return cached && cached.source.date >= embedded.source.date ? cached : embedded;
}
