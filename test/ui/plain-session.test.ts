import {cp, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {openSession, type SessionFlags} from '../../source/session/session.js';
import {parseChoices, runPlainSession} from '../../source/ui/plain/plain-session.js';
import {wantsPlain} from '../../source/ui/run-wizard.js';
import {root} from '../cli-run.js';

/** Runs the plain session with `lines` typed one after another; resolves with the code and all it printed. */
async function plain(fixture: string, lines: string[], flags: SessionFlags = {}, prepare?: (directory: string) => Promise<void>) {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-plain-'));
	await cp(path.join(root, 'test', 'fixtures', 'projects', fixture), directory, {recursive: true});
	await prepare?.(directory);
	const session = await openSession({today: '2026-11-24', detect: 'xml', ...flags}, directory);
	const input = new PassThrough();
	const output = new PassThrough();
	let printed = '';
	output.on('data', chunk => {
		printed += String(chunk);
	});
	input.end(lines.map(line => `${line}\n`).join(''));
	const code = await runPlainSession(session, {input, output});
	return {code, printed, directory};
}

describe('the plain, line-by-line session', () => {
	it('is chosen by --plain or TERM=dumb', () => {
		expect(wantsPlain({plain: true}, {})).toBe(true);
		expect(wantsPlain({}, {TERM: 'dumb'})).toBe(true);
		expect(wantsPlain({}, {TERM: 'xterm-256color'})).toBe(false);
	});

	it('reads numbers as one or more choices within range', () => {
		expect(parseChoices('1, 3', 3)).toEqual([1, 3]);
		expect(parseChoices('4', 3)).toBeUndefined();
		expect(parseChoices('x', 3)).toBeUndefined();
	});

	it('asks each question as numbered lines, refuses what cannot work, writes the files and prints the next steps, with no escape codes', async () => {
		// Review each question; keep the answers, but first try Debian (unavailable for .NET 10), then Alpine.
		const {code, printed, directory} = await plain('web-api', ['n', '', '', '', '', '', '', '2', '3', '', '', '', '']);
		expect(code).toBe(0);
		expect(printed).toContain('Question 1 of 8: Which .NET version does the app target?');
		expect(printed).toContain('  3. .NET 10.0 (detected: TargetFramework net10.0, recommended): .NET 10.0 (LTS) is supported');
		expect(printed).toContain('2. Debian, unavailable: There are no Debian images for .NET 10.0');
		expect(printed).toContain('Debian cannot be chosen: There are no Debian images for .NET 10.0');
		expect(printed).toContain('✔ Alpine');
		expect(printed).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-alpine');
		expect(printed).toContain('Next steps');
		expect(printed).not.toContain('\u001B');
		expect((await readdir(directory)).sort()).toEqual(['.dockerignore', 'Dockerfile', 'WebApi.csproj']);
	});

	it('offers the CI workflows with a line on why, and writes the one chosen where GitHub reads it', async () => {
		const {code, printed, directory} = await plain('web-api', ['y', '', '1,2,7', '', '', '']);
		expect(printed).toContain('  7. .github/workflows/container.yml: GitHub Actions builds and pushes the image; a job per architecture on native runners where cross-compiling cannot (no emulation, faster), else one cheaper cross-compiling job');
		expect(printed).toContain('  8. .gitlab-ci.yml: GitLab CI builds and pushes the image, the same way on tagged runners');
		expect(code).toBe(0);
		expect(await readFile(path.join(directory, '.github', 'workflows', 'container.yml'), 'utf8')).toContain('docker buildx build --platform "${PLATFORMS}"');
	});

	it('keeps a changed file and writes the new one beside it on "k"', async () => {
		const {code, printed, directory} = await plain('web-api', ['', '', '', 'k'], {}, async folder => writeFile(path.join(folder, 'Dockerfile'), 'FROM mine\n'));
		expect(code).toBe(0);
		expect(printed).toMatch(/Dockerfile: exists, changed \(\+\d+ −1\)/);
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toBe('FROM mine\n');
		const beside = await readFile(path.join(directory, 'Dockerfile.generated'), 'utf8');
		expect(beside).toContain('FROM mcr.microsoft.com/dotnet/aspnet');
		// It builds itself, not the person's Dockerfile under this app's tag (issue 20, item 4): its # Build: line and the next steps say --file.
		expect(beside).toMatch(/^# Build: docker buildx build .* --file Dockerfile\.generated /m);
		expect(printed).toMatch(/--file Dockerfile\.generated /);
	});

	it('runs the image on the port the project names (ContainerPort), not the image\'s 8080', async () => {
		const {code, printed} = await plain('container-settings', ['', '', '', '']);
		expect(code).toBe(0);
		expect(printed).toContain('Run it (Kestrel listens on port 8096)');
		expect(printed).toContain('docker run --rm -p 8096:8096 media/server:latest');
		expect(printed).not.toContain('8080');
	});

	it('offers the fixes of an impossible combination and asks that question again', async () => {
		const {code, printed} = await plain('web-api', ['', '1', '1', '', '', ''], {dotnet: '10.0', os: 'debian'});
		expect(code).toBe(0);
		expect(printed).toContain('These answers do not fit together: There are no Debian images for .NET 10.0');
		// .NET 8.0 and 9.0 have Debian images but are past end of support: not offered as a fix.
		expect(printed).not.toContain('Change .NET version');
		expect(printed).toContain('1. Change distribution: Ubuntu / Alpine / Azure Linux');
		expect(printed).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
	});

	it('stops with 130 and writes nothing when the input ends', async () => {
		const {code, printed, directory} = await plain('web-api', ['n']);
		expect(code).toBe(130);
		expect(printed.trimEnd().endsWith('Cancelled: nothing was written.')).toBe(true);
		expect(await readdir(directory)).toEqual(['WebApi.csproj']);
	});
});
