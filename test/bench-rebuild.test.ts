// bench/rebuild.mjs's own code path, in seconds: stand-in buildah (fixtures/fake-bin/bench-buildah.mjs)
// and dotnet executables that answer as the real ones do. The real figures come from `npm run bench` with buildah and the stand-in images;
// npm test's bench smoke run passes --quick and leaves them out.
import {chmod, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {execa} from 'execa';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {root} from './cli-run.js';

const dotnet = `#!/bin/sh
case "$1" in
  --version) echo 10.0.100 ;;
  nuget) echo "E https://api.nuget.org/v3/index.json" ;;
  *) exit 64 ;;
esac
`;

describe('bench/rebuild.mjs with stand-in buildah and dotnet', () => {
	let bin = '';
	beforeAll(async () => {
		bin = await mkdtemp(path.join(os.tmpdir(), 'h-supply-bench-bin-'));
		await writeFile(path.join(bin, 'buildah'), `#!${process.execPath}\n${await readFile(path.join(root, 'test', 'fixtures', 'fake-bin', 'bench-buildah.mjs'), 'utf8')}`);
		await writeFile(path.join(bin, 'dotnet'), dotnet);
		await Promise.all(['buildah', 'dotnet'].map(async name => chmod(path.join(bin, name), 0o755)));
	});
	afterAll(async () => {
		if (bin) await rm(bin, {recursive: true, force: true});
	});

	it('prints the cold build, the one-line change and the added package for each way, each against the cold build and the official sample pattern', async () => {
		const {exitCode, stdout, stderr} = await execa(process.execPath, [path.join(root, 'bench', 'rebuild.mjs')], {cwd: root, reject: false, env: {PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`}, timeout: 60_000});
		expect(exitCode, stderr).toBe(0);
		const block = (title: string) => stdout.split('\n\n').join('\n').split(/\n(?=\S)/).find(part => part.startsWith(`${title}:`)) ?? '';
		// The cache mount: a code change downloads nothing, a new package only itself.
		expect(block('cache mount, no --layers')).toMatch(/cold build +[\d.]+ s \(100% of cold; restore ran, 3 nupkg downloads\)\n {2}one-line change +[\d.]+ s \(\d+% of cold; restore ran, 0 nupkg downloads\)\n {2}one package added +[\d.]+ s \(\d+% of cold; restore ran, 1 nupkg downloads\)/);
		// The official pattern downloads everything again, unless --layers keeps the restore layer.
		expect(block('official sample pattern, no --layers')).toMatch(/restore ran, 3 nupkg[^\n]*\n[^\n]*restore ran, 3 nupkg[^\n]*\n[^\n]*restore ran, 4 nupkg/);
		expect(block('official sample pattern, --layers')).toMatch(/one-line change +[\d.]+ s \(\d+% of cold; restore cached, 0 nupkg/);
		expect(stdout).toMatch(/against the official sample pattern \(no cache mount\), same run:\n {2}cache mount, no --layers +cold \d+%, one-line change \d+%, package added \d+% of the sample's time\n {2}cache mount, --layers +cold/);
	}, 90_000);

	it('says in one line what is missing and measures nothing, failing only where real tools are required', async () => {
		const empty = await mkdtemp(path.join(os.tmpdir(), 'h-supply-bench-none-'));
		const run = async (required: string) => execa(process.execPath, [path.join(root, 'bench', 'rebuild.mjs')], {cwd: root, reject: false, env: {PATH: empty, DIW_REQUIRE_REAL_TOOLS: required}, extendEnv: false});
		const [optional, required] = [await run('0'), await run('1')];
		expect(optional.exitCode).toBe(0);
		expect(optional.stdout.trim()).toBe('rebuild with buildah: skipped (buildah is not installed)');
		expect(required.exitCode).toBe(1);
		await rm(empty, {recursive: true, force: true});
	});
});
