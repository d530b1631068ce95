import {mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {fixture, runCli} from './cli-run.js';

// The same answers, catalog and --today give the same bytes: files can be regenerated in CI and
// compared, and a review sees only what changed.
const folders: string[] = [];

/** The files one run writes into `folder`, emptied first (container.props names its own path, so both runs write to the same one). */
async function generate(extra: string[], folder: string): Promise<Record<string, string>> {
	await rm(folder, {recursive: true, force: true});
	await mkdir(folder);
	const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml', '--offline', '--today', '2026-12-01', '--project', fixture('web-api'), '--write', folder, ...extra]);
	expect(exitCode, stderr).toBe(0);
	const files: Record<string, string> = {};
	for (const name of await readdir(folder, {recursive: true})) {
		const content = await readFile(path.join(folder, name), 'utf8').catch(() => undefined);
		if (content !== undefined) files[name] = content;
	}
	return files;
}

afterAll(async () => {
	for (const folder of folders) await rm(folder, {recursive: true, force: true});
});

describe('reproducible output', () => {
	it.each([
		['the defaults', []],
		['Native AOT on Alpine for two architectures', ['--deploy', 'aot', '--os', 'alpine', '--arch', 'amd64,arm64']],
	])('writes byte-identical files twice from %s', async (_name, extra) => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'i24-supply-repro-'));
		folders.push(folder);
		const first = await generate(extra, folder);
		const second = await generate(extra, folder);
		expect(Object.keys(first).sort()).toEqual(['.dockerignore', 'Dockerfile', 'container.props', 'zerops.yml']);
		expect(second).toEqual(first);
	});
});
