import {execFileSync, spawnSync} from 'node:child_process';
import {cp, mkdtemp, readdir, readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {binary, fixture} from '../cli-run.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// A server of its own for each test: a new session on a server still shutting down fails.
let tests = 0;
let socket = '';
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
const screen = () => tmux('capture-pane', '-p', '-t', 'e2e');
const send = (...keys: string[]) => tmux('send-keys', '-t', 'e2e', ...keys);

async function waitForScreen(text: string, timeout = 8000): Promise<string> {
	const start = Date.now();
	for (;;) {
		const current = screen();
		if (current.includes(text)) return current;
		if (Date.now() - start > timeout) throw new Error(`timed out waiting for "${text}" on screen:\n${current}`);
		await new Promise(resolve => {
			setTimeout(resolve, 100);
		});
	}
}

async function startWizard(): Promise<string> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-e2e-'));
	await cp(fixture('web-api'), directory, {recursive: true});
	// A real 80x24 terminal running the built binary, as on a person's machine (CI unset: under CI
	// the tool never starts the wizard); the shell reports its exit code afterwards.
	tmux('new-session', '-d', '-s', 'e2e', '-x', '80', '-y', '24', '-c', directory, `env -u CI -u CONTINUOUS_INTEGRATION ${process.execPath} ${binary} --today 2026-11-24; echo EXIT=$?; sleep 30`);
	return directory;
}

describe.skipIf(!hasTmux)(`the real binary in tmux${hasTmux ? '' : ' (skipped: tmux is not installed)'}`, () => {
	beforeEach(() => {
		socket = `diw-e2e-${process.pid}-${++tests}`;
	});

	afterEach(() => {
		spawnSync('tmux', ['-L', socket, 'kill-server']);
	});

	it('walks the wizard with the keyboard and writes the files', async () => {
		const directory = await startWizard();
		expect(await waitForScreen('Which .NET version does the app target?')).toContain('❯ .NET 10.0 (detected: TargetFramework net10.0)');
		// One key per screen, as a person types: wait for each question before answering it.
		for (const next of ['2 of 8', '3 of 8', '4 of 8', '5 of 8', '6 of 8', 'Which Linux distribution']) {
			send('Enter');
			await waitForScreen(next);
		}
		send('Enter');
		await waitForScreen('Which CPU architectures');
		// Space takes x64 off the list, leaving Arm64.
		send('Space');
		await waitForScreen('[ ] x64 (amd64)');
		send('Enter');
		const summary = await waitForScreen('Recommended images');
		expect(summary).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		// Fits 80x24: neither the header nor the key line has scrolled out of view.
		expect(summary).toContain('dotnet-image-wizard · WebApi.csproj');
		expect(summary).toContain('enter choose files');
		send('Enter');
		await waitForScreen('What should be generated?');
		send('Enter');
		const preview = await waitForScreen('tab next file');
		// A line wider than the terminal goes on in the row below instead of being cut off.
		expect(preview).toMatch(/FROM --platform=\$BUILDPLATFORM mcr\.microsoft\.com\/dotnet\/sdk:10\.0-noble AS\s+│\n│ ↳ build/);
		send('Enter');
		await waitForScreen('Write 4 files');
		send('Enter');
		await waitForScreen('wrote Dockerfile');
		send('Enter');
		await waitForScreen('EXIT=0');
		expect((await readdir(directory)).sort()).toEqual(['.dockerignore', '.dotnet-image-wizardrc.json', 'Dockerfile', 'WebApi.csproj', 'zerops.yml']);
		const dockerfile = await readFile(path.join(directory, 'Dockerfile'), 'utf8');
		expect(dockerfile).toContain('--platform linux/arm64 --tag webapi --load');
		expect(dockerfile).toContain('ENTRYPOINT ["dotnet", "WebApi.dll"]');
	});

	it('applies keys that arrive in one burst (fast typing over SSH, paste) each to the screen before it', async () => {
		await startWizard();
		await waitForScreen('Which .NET version does the app target?');
		// One write to the terminal: up to .NET 9.0 and choose it, keep the defaults of the seven
		// questions after it, then on the summary go back one step (left arrow: an Esc followed at
		// once by another key is Alt+key to a terminal) and forward again.
		send('Up', 'Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'Left', 'Enter');
		const summary = await waitForScreen('Recommended images');
		expect(summary).toContain('build    mcr.microsoft.com/dotnet/sdk:9.0-noble');
		expect(summary).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:9.0-noble-chiseled');
	});

	it('does not start the wizard under CI, and names the flags instead', async () => {
		const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-e2e-'));
		await cp(fixture('web-api'), directory, {recursive: true});
		tmux('new-session', '-d', '-s', 'e2e', '-x', '80', '-y', '24', '-c', directory, `env CI=true ${process.execPath} ${binary} --today 2026-11-24; echo EXIT=$?; sleep 30`);
		const shown = await waitForScreen('EXIT=2');
		expect(shown.replaceAll('\n', '')).toContain('missing answers: --deploy, --startup, --shell, --os, --arch. CI is set, so there is no wizard');
	});

	it('quits on ctrl-c with exit code 130, writing nothing', async () => {
		const directory = await startWizard();
		await waitForScreen('Which .NET version');
		send('C-c');
		await waitForScreen('EXIT=130');
		expect(await readdir(directory)).toEqual(['WebApi.csproj']);
	});
});
