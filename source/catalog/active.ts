// The catalog of official .NET images: floating tags, support dates and where they came from
// (the embedded snapshot or a refresh in the user's cache), the builder both are made with, and
// the check of recommended tags against the registry.
import {images} from './images.generated.js';
import {lifecycle, snapshot} from './lifecycle.generated.js';
import type {Catalog, Lifecycle} from './types.js';

/** The snapshot built into this version of the program. */
export const embeddedCatalog: Catalog = {images, lifecycle, source: snapshot};

let active: Catalog = embeddedCatalog;

/** The catalog every query reads: the embedded one unless a newer one was put in use. */
export function activeCatalog(): Catalog {
	return active;
}

export function useCatalog(catalog: Catalog): void {
	active = catalog;
}

/** Keeps the images, replaces the support data (--releases FILE). */
export function useLifecycle(entries: readonly Lifecycle[]): void {
	active = {...active, lifecycle: entries};
}

/** The catalog's date and origin in one line, for --explain and messages. */
export function describeSource(source: Catalog['source']): string {
	return source.kind === 'embedded'
		? `${source.date}, the snapshot built into this version (${source.manifest}; ${source.releases})`
		: `${source.date}, refreshed from ${source.manifest} and ${source.releases}`;
}

/** The date and kind only, for one-line messages. */
export const shortSource = (source: Catalog['source']) => `${source.date} (${source.kind === 'embedded' ? 'built in' : 'refreshed'})`;
