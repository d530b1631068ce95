// Temporary folders for tests that the test file removes when it ends: a helper that makes one
// (a copy of a fixture, a folder of stand-in programs) needs no cleanup code in each test.
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll} from 'vitest';

const made: string[] = [];

// Registered while the test file that imports this is collected: it runs after that file's tests.
afterAll(async () => {
	await Promise.all(made.splice(0).map(async folder => rm(folder, {recursive: true, force: true})));
});

/** A new folder in the system's temporary folder, named `prefix` and random characters. */
export async function scratchFolder(prefix: string): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
	made.push(folder);
	return folder;
}
