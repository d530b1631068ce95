// `npm run bench` once, with one run of each measurement and no timing asserted: a benchmark that
// no longer reaches its end (a frame it waits for that never comes, a flag that changed) fails here.
// --quick leaves out the real rebuild with buildah (minutes on vfs storage); test/bench-rebuild.test.ts
// runs bench/rebuild.mjs's own code path against stand-in buildah and dotnet.
import path from 'node:path';
import process from 'node:process';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {root} from './cli-run.js';

describe('npm run bench', () => {
	it('runs every measurement to its end (--runs 1), and says it left the real rebuild out (--quick)', async () => {
		const {exitCode, stdout, stderr} = await execa(process.execPath, [path.join(root, 'bench', 'run.mjs'), '--runs', '1', '--quick'], {cwd: root, reject: false, timeout: 280_000});
		expect(exitCode, stderr).toBe(0);
		for (const row of ['--yes --json --detect xml', 'first interactive frame', 'from a root of 2,000 projects', 'engine walk']) expect(stdout).toContain(row);
		expect(stdout).toMatch(/\nrebuild with buildah: skipped \(--quick\)$/);
	}, 300_000);
});
