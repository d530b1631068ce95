// Start-up: the program is one script, compiled by V8 once and then read back from a code cache in
// the user's cache folder (what Node 22's module compile cache does; Node 20 has no such cache for
// modules). A cache V8 rejects (another Node, another build) is rebuilt at the end of the run.
// Nothing here may fail a run: a cache that cannot be read or written is the same as none.
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import vm from 'node:vm';

/**
 * Which part of the program a command line runs, for a cache of its own: V8 keeps the functions a
 * run compiled, so a cache made by one kind of run has little of another's. `--help` and
 * `--version` compile next to nothing: they read a cache but never make one.
 */
export function runKind(argv: readonly string[]): 'doctor' | 'run' | undefined {
	if (argv[0] === 'doctor') return 'doctor';
	return argv.some(argument => ['--help', '-h', '--version'].includes(argument)) ? undefined : 'run';
}

/** Where a build's compiled code for one kind of run is kept, per Node version and architecture. */
export function codeCacheFile(cacheFolder: string, buildId: string, kind: string, nodeVersion = process.version, arch = process.arch): string {
	return path.join(cacheFolder, 'code', `${buildId}-${kind}-${nodeVersion}-${arch}.v8`);
}

export type LoadedScript = {
	/** Runs the script as a CommonJS module body; its module.exports. */
	run: (require: NodeJS.Require) => unknown;
	/** Whether the compiled code came from the cache. */
	fromCache: boolean;
	/** Writes the code compiled so far (every function the run used), unless it came from the cache. */
	save: () => void;
};

// The module wrapper on the script's first line, so line numbers in a stack trace stay the file's.
const wrapperStart = '(function (exports, require, module, __filename, __dirname) {';
const wrapperEnd = '\n})';

/** Compiles `source` (CommonJS) with the cached code in `cacheFile`, when there is one V8 accepts. */
export function loadScript(source: string, filename: string, cacheFile: string | undefined): LoadedScript {
	let cachedData: Buffer | undefined;
	if (cacheFile) {
		try {
			cachedData = readFileSync(cacheFile);
		} catch {}
	}
	const script = new vm.Script(`${wrapperStart}${source}${wrapperEnd}`, {filename, ...(cachedData ? {cachedData} : {})});
	const fromCache = cachedData !== undefined && !script.cachedDataRejected;
	return {
		fromCache,
		run(require) {
			const module: {exports: unknown} = {exports: {}};
			const body = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
			body.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
			return module.exports;
		},
		save() {
			if (fromCache || !cacheFile) return;
			// A sibling named for this process, renamed over the file: a reader sees a whole cache or none.
			const temporary = `${cacheFile}.${process.pid}.tmp`;
			try {
				mkdirSync(path.dirname(cacheFile), {recursive: true, mode: 0o700});
				writeFileSync(temporary, script.createCachedData(), {mode: 0o600, flag: 'wx'});
				renameSync(temporary, cacheFile);
			} catch {
				try {
					rmSync(temporary, {force: true});
				} catch {}
			}
		},
	};
}

const week = 7 * 24 * 60 * 60 * 1000;

/**
 * Removes the code of other builds (another version of the program) made over a week ago, and
 * temporary files of writes that never finished. A version still in use (two installed side by
 * side) makes its cache again on its next run.
 */
export function removeOldCaches(folder: string, buildId: string, now: number): void {
	try {
		for (const name of readdirSync(folder)) {
			const file = path.join(folder, name);
			if (name.startsWith(`${buildId}-`) && !name.endsWith('.tmp')) continue;
			try {
				if (now - statSync(file).mtimeMs > week) rmSync(file, {force: true});
			} catch {}
		}
	} catch {}
}
