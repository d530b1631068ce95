// A sticky folder (mode +t, as /tmp) lets only a file's owner (or the folder's) replace it. A
// --write --force there over another user's file says so before it writes anything, and leaves
// no second name of the file (.NAME.<hex>.old) behind. Needs root, to run the CLI as another user.
import {chmod, chown, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {binary, fixture} from './cli-run.js';
import {missingTools, realToolsRequired} from './support/requirements.js';

const isRoot = process.getuid?.() === 0;
const missing = isRoot ? missingTools([{program: 'setpriv', probe: ['--version']}]) : realToolsRequired ? '' : ' (skipped: needs root to run the CLI as another user)';
if (realToolsRequired && !isRoot) throw new Error('DIW_REQUIRE_REAL_TOOLS=1 but this test needs root, to run the CLI as another user');

const owner = 1000;
const writer = 65_534;

describe.skipIf(missing !== '')(`--write --force in a sticky folder over another user's file${missing}`, () => {
	it('refuses before writing anything, names why, and leaves no .old file', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-sticky-'));
		try {
			await chmod(folder, 0o1777);
			const target = path.join(folder, 'zerops.yml');
			await writeFile(target, 'zerops: []\n');
			// Another user's file that the writer may read and write, and so may hard-link.
			await chown(target, owner, owner);
			await chmod(target, 0o666);
			const before = (await readdir(folder)).sort();

			const result = await execa('setpriv', ['--reuid', String(writer), '--regid', String(writer), '--clear-groups', process.execPath, binary, '--detect', 'xml', '--yes', '--output', 'zerops', '--write', folder, '--force'], {
				cwd: fixture('web-api'), reject: false, input: '', env: {HOME: '/nonexistent', XDG_CACHE_HOME: path.join(folder, 'no-cache')},
			});
			expect(result.exitCode).toBe(1);
			expect(String(result.stderr).trim()).toBe(`dotnet-image-wizard: cannot replace ${target}: it belongs to another user (uid 1000) and its folder is sticky (mode +t), where only a file's owner or the folder's may replace it. Nothing was written.`);
			expect((await readdir(folder)).sort()).toEqual(before);
			expect(await readFile(target, 'utf8')).toBe('zerops: []\n');
		} finally {
			await rm(folder, {recursive: true, force: true});
		}
	});
});
