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
