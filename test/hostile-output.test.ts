// What reaches the terminal from hostile files and flags: control characters shown as escapes,
// never sent raw; long values cut; stdout machine-readable with --json and --output; nothing
// written or saved before every flag is checked.
import {existsSync} from 'node:fs';
import {cp, mkdtemp, readdir, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixture, runCli} from './cli-run.js';

const raw = /[\u001B\u0007]/;

async function project(properties: string): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-hostile-'));
	await writeFile(path.join(folder, 'App.csproj'), `<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup>${properties}</PropertyGroup></Project>\n`);
	return folder;
}

async function webApi(): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-hostile-'));
	await cp(fixture('web-api'), folder, {recursive: true});
	return folder;
}

describe('text from files and flags on the terminal', () => {
	it('never sends an escape sequence from a TargetFramework: the error shows it escaped, in one line', async () => {
		const cwd = await project('<TargetFramework>net48\u001B]0;pwned\u0007</TargetFramework>');
		for (const detect of ['xml', 'auto']) {
			const {exitCode, stdout, stderr} = await runCli(['--yes', '--detect', detect], {cwd});
			expect(exitCode, detect).toBe(2);
			expect(stdout + stderr, detect).not.toMatch(raw);
			expect(stderr.trim().split('\n'), detect).toHaveLength(1);
			expect(stderr, detect).toMatch(/net48\\(x1b|u001b)\]0/);
		}
	}, 60_000);

	it('shows a property value with control characters escaped in --explain and in the notes', async () => {
		const cwd = await project('<TargetFramework>net10.0</TargetFramework><InvariantGlobalization>tru\u001B]0;pwned\u0007</InvariantGlobalization>');
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--detect', 'xml', '--explain'], {cwd});
		expect(exitCode).toBe(0);
		expect(stdout + stderr).not.toMatch(raw);
		expect(stdout).toContain('(InvariantGlobalization tru\\x1b]0;pwned\\x07)');
	});

	it('shows a flag\'s value escaped and cut to a sane length', async () => {
		const escape = await runCli(['--yes', '--os', '\u001B]0;x\u0007\r\nRUN evil']);
		expect(escape.exitCode).toBe(2);
		expect(escape.stderr).not.toMatch(raw);
		expect(escape.stderr.trim().split('\n')).toHaveLength(1);
		expect(escape.stderr).toContain('\\x1b]0;x\\x07\\r\\nRUN evil');
		const long = await runCli(['--yes', '--os', 'x'.repeat(20_000)]);
		expect(long.exitCode).toBe(2);
		expect(long.stderr.length).toBeLessThan(1100);
		expect(long.stderr.trim()).toMatch(/x…$/);
	});
});

describe('stdout stays machine-readable', () => {
	it('holds only the file with --output dockerfile, even with --dry-run', async () => {
		const alone = await runCli(['--yes', '--detect', 'xml', '--output', 'dockerfile']);
		const dry = await runCli(['--yes', '--detect', 'xml', '--output', 'dockerfile', '--dry-run', '--engine', 'docker']);
		expect(dry.exitCode).toBe(0);
		expect(alone.stdout).toMatch(/^# syntax=docker\/dockerfile:1\n/);
		expect(dry.stdout).toBe(alone.stdout);
		expect(dry.stderr).toContain('docker buildx build');
	});
});

describe('nothing is written or saved before every flag is checked', () => {
	it.each([[[]], [['--build']], [['--dry-run']]])('--save --write out --push --oci x %j: exit 2, no files, no saved answers', async extra => {
		const cwd = await webApi();
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml', '--save', '--write', 'out', '--push', '--oci', 'x', ...extra], {cwd});
		expect(exitCode).toBe(2);
		expect(stderr.trim()).toBe('dotnet-image-wizard: --push and --oci both say where the image goes: choose one.');
		expect(existsSync(path.join(cwd, 'out'))).toBe(false);
		expect(await readdir(cwd)).toEqual(['WebApi.csproj']);
	});

	it('refuses a bad --base-registry and a bad --output before writing or saving', async () => {
		const cwd = await webApi();
		const mirror = await runCli(['--yes', '--detect', 'xml', '--save', '--write', 'out', '--base-registry', 'https://x'], {cwd});
		expect(mirror.exitCode).toBe(2);
		const kinds = await runCli(['--yes', '--detect', 'xml', '--save', '--output', 'nonsense'], {cwd});
		expect(kinds.exitCode).toBe(2);
		expect(await readdir(cwd)).toEqual(['WebApi.csproj']);
	});
});
