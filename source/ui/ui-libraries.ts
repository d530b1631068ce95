import {uiLibrariesLoaderKey} from '../launch/ui-libraries-key.js';

/**
 * Loads the terminal UI's libraries before any screen is imported. In the published build they are
 * a module of their own that the launcher loads (the program itself is one code-cached script);
 * from source they are ordinary imports, and there is nothing to do.
 */
export async function loadUiLibraries(): Promise<void> {
	const load = (globalThis as Record<symbol, unknown>)[uiLibrariesLoaderKey];
	if (typeof load === 'function') await (load as () => Promise<void>)();
}
