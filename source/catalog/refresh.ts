import {httpGetOk, type HttpOptions} from '../registry/http.js';
import {buildCatalog, CatalogDataError} from './build-catalog.js';
import type {SourceUrls} from './sources.js';
import {parseCatalog} from './parse-catalog.js';
import type {Catalog} from './types.js';

/** A refresh that could not finish: one line, and nothing was written. */
export class RefreshError extends Error {
	override name = 'RefreshError';
}

const names = {manifest: 'manifest.json', versions: 'manifest.versions.json', releases: 'releases-index.json'} as const;
type Document = keyof typeof names;

export type Progress = (line: string) => void;

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

async function download(document: Document, url: string, options: HttpOptions): Promise<unknown> {
	let response;
	try {
		response = await httpGetOk(url, options);
	} catch (error) {
		throw new RefreshError(`${names[document]}: ${(error as Error).message}`);
	}
	const text = Buffer.from(response.body).toString('utf8');
	try {
		return JSON.parse(text);
	} catch (error) {
		const cut = text.length === 0 ? 'it is empty' : /end of (JSON )?input|Unterminated/i.test((error as Error).message) ? 'it ends early (truncated)' : 'it is not JSON';
		throw new RefreshError(`${names[document]} from ${url}: ${cut}`);
	}
}

/**
 * Downloads dotnet-docker's manifest.json and manifest.versions.json and the .NET releases
 * index, checks them and builds the catalog. Writes nothing: the caller stores the result.
 */
export async function refreshCatalog(urls: SourceUrls, options: {now?: Date; onProgress?: Progress; http?: HttpOptions} = {}): Promise<Catalog> {
	const received: Record<Document, number> = {manifest: 0, versions: 0, releases: 0};
	const totals: Partial<Record<Document, number>> = {};
	const report = () => {
		const done = Object.values(received).reduce((sum, bytes) => sum + bytes, 0);
		const expected = Object.values(totals).reduce((sum, bytes) => sum + (bytes ?? 0), 0);
		options.onProgress?.(`refreshing the image catalog: ${kilobytes(done)}${Object.keys(totals).length === 3 ? ` of ${kilobytes(expected)}` : ''}`);
	};
	// The first failure stops the other downloads: nothing keeps running once the answer is known.
	const stop = new AbortController();
	const fetchOne = (document: Document) => download(document, urls[document], {
		...options.http,
		signal: stop.signal,
		onProgress: (bytes, total) => {
			received[document] = bytes;
			if (total !== undefined) totals[document] = total;
			report();
		},
	});
	report();
	const downloads = (['manifest', 'versions', 'releases'] as const).map(document => fetchOne(document).catch((error: unknown) => {
		stop.abort();
		throw error;
	}));
	const [manifest, versions, releasesIndex] = await Promise.all(downloads);
	let built;
	try {
		built = buildCatalog({manifest, versions, releasesIndex});
	} catch (error) {
		if (error instanceof CatalogDataError) throw new RefreshError(error.message);
		throw error;
	}
	const now = options.now ?? new Date();
	const source = {kind: 'refreshed', date: now.toISOString().slice(0, 10), manifest: urls.manifest, releases: urls.releases, fetchedAt: now.toISOString()};
	try {
		// The gate the cached copy passes on every later run: what is saved now reads back the same.
		return parseCatalog({...built, source}, source.date);
	} catch (error) {
		if (error instanceof CatalogDataError) throw new RefreshError(`the catalog built from the download is not valid: ${error.message}`);
		throw error;
	}
}
