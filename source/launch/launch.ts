// The published program's entry (dist/cli.js): loads the program (dist/core.cjs) through the code
// cache, and lends it a loader for the terminal UI's libraries (dist/ui-libraries.mjs), which stay an
// ES module because Ink awaits at its top level. Built by scripts/build.mjs, never run from source.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {cacheFolder} from '../read/user-folders.js';
import {codeCacheFile, loadScript, removeOldCaches, runKind} from './code-cache.js';
import {uiLibrariesKey, uiLibrariesLoaderKey} from './ui-libraries-key.js';

declare const __BUILD_ID__: string;

const core = path.join(__dirname, 'core.cjs');
const folder = cacheFolder();
const kind = runKind(process.argv.slice(2));
const cacheFile = folder && codeCacheFile(folder, __BUILD_ID__, kind ?? 'run');
// The build keeps core.cjs to ASCII (esbuild escapes the rest), so it is read without decoding UTF-8.
const script = loadScript(readFileSync(core, 'latin1'), core, cacheFile);

const shared = globalThis as Record<symbol, unknown>;
const uiLibraries = './ui-libraries.mjs';
shared[uiLibrariesLoaderKey] = async () => {
	shared[uiLibrariesKey] ??= ((await import(uiLibraries)) as {libraries: Record<string, unknown>}).libraries;
};

// Made at the end of a run that went well, so it holds every function the run needed.
if (!script.fromCache && cacheFile && kind) {
	process.once('exit', code => {
		if (code !== 0) return;
		script.save();
		removeOldCaches(path.dirname(cacheFile), __BUILD_ID__, Date.now());
	});
}

script.run(require);
