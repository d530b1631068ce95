import process from 'node:process';
import {activeCatalog, embeddedCatalog, shortSource, useCatalog} from '../catalog/active.js';
import {cacheFile, newerCatalog, readCachedCatalog, writeCachedCatalog} from '../catalog/cache.js';
import {SourceUrlError, sourceUrls, type SourceUrls} from '../catalog/sources.js';
import type {Catalog} from '../catalog/types.js';
import {InputError} from '../engine/resolve.js';
import type {Flags} from './flags.js';

type Output = {write: (text: string) => void; error: (text: string) => void};

// Flags that only say where the catalog comes from: with --refresh and nothing else, the run ends after the refresh.
const catalogOnly = new Set(['refresh', 'offline', 'manifestBase', 'releasesBase', 'registry', 'today', 'project', 'context', 'detect', 'config']);

/** The catalog's source URLs from flags and environment; a bad one is bad input. */
export function catalogUrls(flags: Flags, env: NodeJS.ProcessEnv = process.env): SourceUrls {
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	try {
		return sourceUrls({manifestBase: text(flags.manifestBase), releasesBase: text(flags.releasesBase), registry: text(flags.registry)}, env);
	} catch (error) {
		if (error instanceof SourceUrlError) throw new InputError(error.message);
		throw error;
	}
}

/** Redraws one line on a terminal's stderr; nothing elsewhere. */
function progressLine(): {show: (line: string) => void; clear: () => void} | undefined {
	if (!process.stderr.isTTY) return undefined;
	let last = 0;
	return {
		show(line) {
			const now = Date.now();
			if (now - last < 80) return;
			last = now;
			// A terminal that reports no width (a bare pty) gets 80 columns.
			const columns = process.stderr.columns > 20 ? process.stderr.columns : 80;
			process.stderr.write(`\r\u001B[2K${line.slice(0, columns - 1)}`);
		},
		clear: () => process.stderr.write('\r\u001B[2K'),
	};
}

function changes(before: Catalog, after: Catalog): string {
	const names = (catalog: Catalog) => new Set(catalog.images.map(image => `${image.repo}:${image.tag}`));
	const old = names(before);
	const fresh = names(after);
	const added = [...fresh].filter(name => !old.has(name)).length;
	const gone = [...old].filter(name => !fresh.has(name)).length;
	return added === 0 && gone === 0 ? 'no tag changed' : `${added} new, ${gone} gone`;
}

/**
 * Puts the catalog for this run in use: the embedded one with --offline, else the newer of the
 * embedded and the cached one; with --refresh, a fresh download first. A failed refresh keeps the
 * previous catalog and says so in one line. Returns an exit code when the run ends here.
 */
export async function openCatalog(flags: Flags, output: Output): Promise<number | undefined> {
	if (flags.offline && (flags.refresh || flags.verify || flags.pin)) throw new InputError(`--offline uses no network: it cannot go with ${flags.refresh ? '--refresh' : flags.verify ? '--verify' : '--pin'}.`);
	const urls = catalogUrls(flags);
	if (flags.offline) {
		useCatalog(embeddedCatalog);
		return undefined;
	}
	const cached = await readCachedCatalog();
	if (cached.problem) output.error(`note: ${cached.problem}; ${flags.refresh ? 'this refresh replaces it' : 'using the built-in catalog until --refresh replaces it'}.`);
	useCatalog(newerCatalog(embeddedCatalog, cached.catalog));
	if (!flags.refresh) return undefined;

	const alone = Object.entries(flags).every(([name, value]) => value === undefined || catalogOnly.has(name));
	const previous = activeCatalog();
	const progress = progressLine();
	let fresh: Catalog;
	let removed: string[];
	try {
		const {refreshCatalog} = await import('../catalog/refresh.js');
		const {commandDeadline} = await import('../registry/http.js');
		fresh = await refreshCatalog(urls, {onProgress: progress?.show, http: {deadline: commandDeadline()}});
		removed = await writeCachedCatalog(fresh);
	} catch (error) {
		progress?.clear();
		const reason = (error as NodeJS.ErrnoException).code && !(error as Error).message.includes((error as NodeJS.ErrnoException).code!)
			? `${(error as Error).message} (${(error as NodeJS.ErrnoException).code})`
			: (error as Error).message;
		output.error(`${alone ? 'dotnet-image-wizard' : 'warning'}: cannot refresh the image catalog: ${reason}. Still using the catalog of ${shortSource(previous.source)}.`);
		return alone ? 1 : undefined;
	}
	// Saved: from here on the refresh has happened, whatever the summary line finds.
	progress?.clear();
	if (removed.length > 0) output.error(`note: removed ${removed.join(', ')}, left by a refresh that was killed.`);
	useCatalog(fresh);
	const versions = [...new Set(fresh.images.map(image => image.dotnet))].join(', ');
	const line = `refreshed the image catalog: ${fresh.images.length} tags for .NET ${versions} (${changes(previous, fresh)} since ${previous.source.date}), saved to ${cacheFile()}`;
	if (alone) output.write(`${line}\n`);
	else output.error(line);
	return alone ? 0 : undefined;
}
