// The published program's entry (dist/cli.js): loads the program (dist/core.cjs) and the separate
// libraries it asks for through the code cache, and lends it a loader for the terminal UI's
// libraries (dist/ui-libraries.mjs), which stay an ES module because Ink awaits at its top level.
// Built by scripts/build.mjs, never run from source.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {cacheFolder} from '../read/user-folders.js';
import {codeCacheFile, loadScript, removeOldCaches, runKind, type LoadedScript} from './code-cache.js';
import {uiLibrariesKey, uiLibrariesLoaderKey} from './ui-libraries-key.js';

declare const __BUILD_ID__: string;

const core = path.join(__dirname, 'core.cjs');
const folder = cacheFolder();
const kind = runKind(process.argv.slice(2));
const cacheOf = (name: string) => folder && codeCacheFile(folder, __BUILD_ID__, name);

// Compiled here and not read from a cache: saved at the end of a run that went well, so each holds
// every function the run needed (never by --help and --version, which need next to nothing).
const unsaved: LoadedScript[] = [];
function load(file: string, cacheFile: string | undefined): LoadedScript {
	// The build keeps these scripts to ASCII (esbuild escapes the rest): read without decoding UTF-8.
	const loaded = loadScript(readFileSync(file, 'latin1'), file, cacheFile);
	if (!loaded.fromCache && cacheFile && kind) unsaved.push(loaded);
	return loaded;
}

const script = load(core, cacheOf(kind ?? 'run'));

// The libraries few runs need (dist/libraries/) load the same way when the program first asks for
// one, each with a cache of its own; everything else the program requires is one of Node's.
const libraries = new Map<string, unknown>();
const programRequire = ((id: string) => {
	if (!id.startsWith('./libraries/')) return require(id);
	if (!libraries.has(id)) libraries.set(id, load(path.join(__dirname, id), cacheOf(`library-${path.basename(id, '.cjs')}`)).run(require));
	return libraries.get(id);
}) as NodeJS.Require;

const shared = globalThis as Record<symbol, unknown>;
const uiLibraries = './ui-libraries.mjs';
shared[uiLibrariesLoaderKey] = async () => {
	shared[uiLibrariesKey] ??= ((await import(uiLibraries)) as {libraries: Record<string, unknown>}).libraries;
};

// Went well: exit 0, or 1 for doctor, whose report then found problems.
process.once('exit', code => {
	if (!(code === 0 || (code === 1 && kind === 'doctor')) || unsaved.length === 0 || !folder) return;
	for (const loaded of unsaved) loaded.save();
	removeOldCaches(path.dirname(cacheOf('run')!), __BUILD_ID__, Date.now());
});

script.run(programRequire);
