// Runs the built binary (npm test builds it first) as a user or a CI script would, by default
// inside the web-api fixture project.
import {rm} from 'node:fs/promises';
import os from 'node:os';
import process from 'node:process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {execa, type Options} from 'execa';
import {afterAll} from 'vitest';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const binary = path.join(root, 'dist', 'cli.js');
export const fixture = (name: string) => path.join(root, 'test', 'fixtures', 'projects', name);

// Runs never read the developer's own catalog cache (--refresh writes there); a test may pass its own.
// It goes when the test file that ran them ends (registered while that file is collected).
const untouchedCache = path.join(os.tmpdir(), `diw-no-cache-${process.pid}`);
afterAll(async () => rm(untouchedCache, {recursive: true, force: true}));

export async function runCli(args: string[], options: Options = {}) {
	const dated = args.includes('--today') || args.includes('--help') || args.includes('--version') ? args : ['--today', '2026-11-24', ...args];
	const result = await execa(process.execPath, [binary, ...dated], {reject: false, input: '', cwd: fixture('web-api'), ...options, env: {XDG_CACHE_HOME: untouchedCache, ...options.env}});
	return {exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr)};
}
