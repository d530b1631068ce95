import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {EngineName} from '../../source/runner/engines/engine.js';
import type {SessionFlags} from '../../source/session/session.js';
import {parseChoices} from '../../source/ui/plain/plain-session.js';
import {wantsPlain} from '../../source/ui/run-wizard.js';
import {calls, fakeBin} from '../fixtures/fake-bin/install.js';
import {runPlain} from './plain-run.js';

/**
 * Stand-in engines, and nothing else, on PATH (this machine's own buildah and podman stay out of
 * sight): `docker` is how docker behaves, `sdk` the version dotnet reports.
 */
async function fakeTools(docker = 'ok', sdk = '8.0.100', programs = ['docker', 'dotnet']) {
	const tools = await fakeBin(programs);
	vi.stubEnv('PATH', tools.bin);
	vi.stubEnv('FAKE_LOG', tools.log);
	vi.stubEnv('FAKE_DOCKER', docker);
	vi.stubEnv('FAKE_DOTNET_VERSION', sdk);
	return tools;
}

const plain = async (fixture: string, lines: string[], flags: SessionFlags = {}, prepare?: (directory: string) => Promise<void>, engine?: EngineName) => runPlain(fixture, lines, {flags, ...(prepare ? {prepare} : {}), ...(engine ? {engine} : {})});

describe('the plain, line-by-line session', () => {
	beforeEach(async () => {
		await fakeTools();
	});

	afterEach(() => {
		vi.unstubAllEnvs();
	});

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
		const {code, printed, directory} = await plain('web-api', ['2', '', '', '', 'k'], {}, async folder => writeFile(path.join(folder, 'Dockerfile'), 'FROM mine\n'));
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

describe('the plain session, as far as the wizard goes (issue 20, item 16)', () => {
	beforeEach(async () => {
		await fakeTools();
	});

	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('tags the versions too old to build the project, as the wizard\'s question does', async () => {
		const {printed} = await plain('web-api', ['n']);
		expect(printed).toContain('  1. .NET 8.0, older than the project\'s target: the build would fail: .NET 8.0 (LTS) reached end of support on 2026-11-10');
		expect(printed).toContain('  4. .NET 11.0: .NET 11.0 (STS) is a preview, not supported in production');
		expect(printed).not.toContain('.NET 10.0 (detected: TargetFramework net10.0, recommended), older');
	});

	it('says a version older than the project\'s target once, not twice', async () => {
		const {printed} = await plain('web-api', ['', ''], {dotnet: '9.0'});
		const summary = printed.slice(printed.indexOf('Recommended images'), printed.indexOf('Answers:'));
		expect(summary.match(/NETSDK1045/g)).toHaveLength(1);
		expect(summary).toContain('Warning: The project targets net10.0, newer than .NET 9.0: the .NET 9.0 SDK cannot build it (NETSDK1045). Choose .NET 10.0 or later.');
		expect(summary).toContain('Warning: .NET 9.0 (STS) reached end of support on 2026-11-10');
	});

	it('says a version past its end of support, or in preview, once: in the warning that says what to do', async () => {
		for (const [dotnet, words] of [['9.0', '.NET 9.0 (STS) reached end of support on 2026-11-10'], ['11.0', '.NET 11.0 (STS) is a preview, not supported in production']] as const) {
			const {printed} = await plain('worker', ['', ''], {dotnet});
			const summary = printed.slice(printed.indexOf('Recommended images'), printed.indexOf('Answers:'));
			expect(summary.split(words).length - 1).toBe(1);
			expect(summary).toContain(`Warning: ${words}`);
		}
		const supported = await plain('web-api', ['', '']);
		expect(supported.printed).toContain('  .NET 10.0 (LTS) is supported\n');
	});

	it('goes back with b: to the previous question, from the summary to the last question, from the files to the summary', async () => {
		// Review; .NET 10.0; web app; back to the app question; worker; then on to the summary.
		const {code, printed} = await plain('web-api', ['n', '', '', 'b', '2', '', '', '', '', '', '', 'b', '', '', 'b', '', '', '']);
		expect(code).toBe(0);
		expect(printed).toContain('Answer 1-3, b goes back [1]:');
		const asked = [...printed.matchAll(/^Question (\d) of \d+:/gm)].map(match => match[1]);
		// 1, 2, 3, back to 2, then 3-8; back from the summary to 8.
		expect(asked).toEqual(['1', '2', '3', '2', '3', '4', '5', '6', '7', '8', '8']);
		expect(printed).toContain('✔ worker/console app');
		expect(printed).toContain('runtime  mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled');
		// b at the files goes back to the summary, which is then shown again.
		expect(printed.split('Recommended images').length - 1).toBe(3);
		expect(printed).toMatch(/Files, comma-separated, b goes back \[1,2\]:/);
	});

	it('goes back from the first question to the known answers, and never offers back where there is nothing before', async () => {
		const {printed} = await plain('web-api', ['n', 'b', '']);
		expect(printed).toContain('Answer 1-4, b goes back [3]:');
		expect(printed.split('Some answers are already known:').length - 1).toBe(2);
		expect(printed.split('Use these answers and go to the summary? (n reviews each question) [Y/n]:').length - 1).toBe(2);
		expect(printed).not.toContain('b goes back) [Y/n]');
	});

	it('goes back from the known answers to the choice of project, and the other project\'s answers come', async () => {
		const {printed} = await plain('solution', ['1', 'b', '2', '']);
		expect(printed).toContain('✔ Api/Api.csproj');
		expect(printed).toContain('Use these answers and go to the summary? (n reviews each question, b goes back) [Y/n]:');
		expect(printed.split('Which project goes into the container?').length - 1).toBe(2);
		expect(printed).toContain('✔ Worker/Worker.csproj');
		expect(printed).toContain('runtime  mcr.microsoft.com/dotnet/runtime:9.0');
	});

	it('shows each file before writing: a new one whole, a changed one as its changes against the file there', async () => {
		const fresh = await plain('web-api', ['', '', '', 'p', '']);
		expect(fresh.printed).toContain('Write 2 new files? (p shows them first, n or b goes back) [Y/n]:');
		expect(fresh.printed).toMatch(/--- Dockerfile \(new\)\n# syntax=|--- Dockerfile \(new\)\n(#.*\n)*FROM mcr\.microsoft\.com\/dotnet\/sdk:10\.0/);
		expect(fresh.printed).toContain('--- .dockerignore (new)\n');
		expect(fresh.printed).toContain('ENTRYPOINT ["dotnet", "WebApi.dll"]');
		expect(fresh.code).toBe(0);
		const changed = await plain('web-api', ['2', '', '', '', 'p', 'r'], {}, async folder => writeFile(path.join(folder, 'Dockerfile'), 'FROM mine\n'));
		expect(changed.printed).toMatch(/--- Dockerfile \(changes against the file there, \+\d+ −1\)\n(.*\n)*- FROM mine/);
		expect(changed.printed).toContain('--- .dockerignore (new)');
		expect(await readFile(path.join(changed.directory, 'Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/aspnet');
	});

	it('offers to check a Dockerfile the project already has, as the wizard does: findings with their fixes, applied on request', async () => {
		const old = 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY --from=build /app .\nEXPOSE 80\nENTRYPOINT ["dotnet", "WebApi.dll"]\n';
		const checked = await plain('web-api', ['1', '1'], {}, async folder => writeFile(path.join(folder, 'Dockerfile'), old));
		expect(checked.printed).toContain('This project already has a Dockerfile: Dockerfile');
		expect(checked.printed).toContain('  1. Check the existing Dockerfile: findings in .NET terms, each with its fix; the safe fixes can be applied');
		expect(checked.printed).toMatch(/^Dockerfile: \d+ findings$/m);
		expect(checked.printed).toMatch(/^ {2}(error|warning|note) DIW\d{3} line \d+: /m);
		expect(checked.printed).toMatch(/^ {4}fix: /m);
		expect(checked.printed).toContain('What the safe fixes change:');
		expect(checked.printed).toContain('fixed Dockerfile');
		expect(checked.code).toBe(0);
		expect(await readFile(path.join(checked.directory, 'Dockerfile'), 'utf8')).not.toBe(old);
		// Generate instead: on to the questions, and the existing file is compared, not overwritten.
		const generated = await plain('web-api', ['2', '', '', '', 'k'], {}, async folder => writeFile(path.join(folder, 'Dockerfile'), old));
		expect(generated.printed).toContain('Recommended images');
		expect(await readFile(path.join(generated.directory, 'Dockerfile'), 'utf8')).toBe(old);
	});
	it('writes no files where there is no project, as the command line and the wizard refuse to', async () => {
		const {code, printed, directory} = await plain('empty', ['', '', '', '', '', '', '', '', '']);
		expect(printed).toContain('No .NET project in this folder or below it: the recommendation follows the answers alone, and the files need a project (run this in the app\'s folder).');
		expect(printed).toContain('Enter ends (no project, so no files); a number 1-8 changes that answer, b goes back:');
		expect(printed).not.toContain('What should be generated?');
		expect(code).toBe(0);
		expect(await readdir(directory)).toEqual(['.keep']);
	});
});

describe('building from the plain session', () => {
	const oneArchitecture: SessionFlags = {arch: 'amd64'};

	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('lists every engine --engine can name, in its order, each ready or what it lacks, and the command of the one --build would pick', async () => {
		await fakeTools('no-daemon', '10.0.400', ['docker', 'dotnet', 'buildah']);
		const {code, printed} = await plain('web-api', ['', '', '', ''], oneArchitecture);
		expect(code).toBe(0);
		expect(printed).toMatch(/Build engines on this machine\n {2}1\. docker buildx: cannot reach the Docker daemon.*\n {2}2\. podman: podman is not installed.*\n {2}3\. buildah: ready, used below\n {2}4\. the \.NET SDK \(dotnet publish \/t:PublishContainer\): ready\n/);
		expect(printed).toContain('Build it with buildah:\n  buildah build --layers --platform linux/amd64 --tag webapi:latest .\n');
		expect(printed).toContain('Build now? A number builds with that engine (3, 4); enter finishes:');
		// Enter finishes: the next steps in buildah's words.
		const steps = printed.slice(printed.indexOf('Next steps'));
		expect(steps).toContain('podman run --rm -p 8080:8080 webapi:latest');
		expect(steps).not.toMatch(/docker (?:run|buildx)/);
	});

	it('builds with the engine chosen, through the runner, with each step, the outcome and the next steps in that engine\'s words', async () => {
		const tools = await fakeTools('no-daemon', '10.0.400', ['docker', 'dotnet', 'buildah', 'podman']);
		const {code, printed} = await plain('web-api', ['', '', '', '', '3', ''], oneArchitecture, undefined, 'buildah');
		expect(printed).toContain('  3. buildah: ready, used below');
		expect(printed).toContain('Building with buildah\n  buildah build --layers --platform linux/amd64 --tag webapi:latest .\n');
		expect(printed).toMatch(/^ {2}(?:\[\d\/\d\] )?STEP \d+\/\d+: FROM /m);
		expect(printed).toMatch(/^built webapi:latest for linux\/amd64 in [\d.]+s: kept in buildah's local storage$/m);
		const log = /^full log: (\S+)$/m.exec(printed)![1]!;
		expect(await readFile(log, 'utf8')).toContain('STEP');
		expect(printed).toContain('b goes back to the build engines, enter finishes:');
		expect(code).toBe(0);
		const ending = printed.slice(printed.lastIndexOf('Images'));
		expect(ending).toContain('Build\n  built webapi:latest');
		expect(ending).toContain('podman run --rm -p 8080:8080 webapi:latest');
		expect((await calls(tools.log)).some(call => call.program === 'buildah' && call.args[0] === 'build')).toBe(true);
	});

	it('shows a failed build\'s failing step, error lines and meaning, tries again on r, and ends with exit code 1', async () => {
		await fakeTools('no-daemon', '10.0.400', ['docker', 'dotnet', 'buildah']);
		vi.stubEnv('FAKE_CONTAINERS', 'no-registry');
		const {code, printed} = await plain('web-api', ['', '', '', '', '3', 'r', ''], oneArchitecture);
		expect(printed.match(/^build failed after [\d.]+s$/gm)).toHaveLength(2);
		expect(printed).toMatch(/^failing step: (?:\[1\/2\] )?STEP 1\//m);
		expect(printed).toContain('  Error: creating build container: initializing source docker://mcr.microsoft.com/dotnet/sdk:10.0-noble: pinging container registry mcr.microsoft.com');
		expect(printed).toContain('what it usually means: registry unreachable: the build could not reach mcr.microsoft.com');
		expect(printed).toContain('r tries again, b goes back to the build engines, enter finishes:');
		expect(code).toBe(1);
		expect(printed.slice(printed.lastIndexOf('Images'))).toContain('Next steps');
	});

	it('goes back from the build to the engines, and another engine builds', async () => {
		await fakeTools('no-daemon', '10.0.400', ['docker', 'dotnet', 'buildah']);
		const {code, printed} = await plain('web-api', ['', '', '', '', '3', 'b', '4', ''], oneArchitecture);
		expect(printed.split('Build engines on this machine').length - 1).toBe(2);
		expect(printed).toContain('Building with the .NET SDK (dotnet publish /t:PublishContainer)');
		expect(printed).toMatch(/^built webapi:latest for linux\/amd64 in [\d.]+s: written to .*webapi\.oci\.tar/m);
		expect(code).toBe(0);
	});
});
