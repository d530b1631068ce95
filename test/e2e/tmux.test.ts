import {execFileSync, spawnSync} from 'node:child_process';
import {cp, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {binary, fixture} from '../cli-run.js';
import {scratchFolder} from '../support/scratch-folder.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const hasDotnet = spawnSync('dotnet', ['--version']).status === 0;
// A server of its own for each test: a new session on a server still shutting down fails.
let tests = 0;
let socket = '';
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
const screen = () => tmux('capture-pane', '-p', '-t', 'e2e');
// The pane with what scrolled above it.
const screenAndHistory = () => tmux('capture-pane', '-p', '-S', '-', '-t', 'e2e');
// The pane with its cells' attributes as escape sequences (colour, bold, dim…).
const styledScreen = () => tmux('capture-pane', '-p', '-e', '-t', 'e2e');
const send = (...keys: string[]) => tmux('send-keys', '-t', 'e2e', ...keys);

async function waitForScreen(text: string, timeout = 15_000): Promise<string> {
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

/** The screen once `settled` holds for it (a redraw may come a moment after a resize); the last screen in the error if it never does. */
async function screenWhen(settled: (current: string) => boolean, what: string, timeout = 10_000): Promise<string> {
	const start = Date.now();
	for (;;) {
		const current = screen();
		if (settled(current)) return current;
		if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what} on screen:\n${current}`);
		await new Promise(resolve => {
			setTimeout(resolve, 100);
		});
	}
}

const count = (text: string, part: string) => text.split(part).length - 1;

/** Each key, then the screen it leads to, as a person types: the next key only once that screen is there. */
async function walk(...steps: Array<[key: string, screen: string]>): Promise<string> {
	let current = '';
	for (const [key, next] of steps) {
		send(key);
		current = await waitForScreen(next);
	}
	return current;
}

async function startWizard(options: {environment?: string; arguments?: string; size?: [number, number]; files?: Record<string, string>} = {}): Promise<string> {
	const directory = await scratchFolder('diw-e2e-');
	await cp(fixture('web-api'), directory, {recursive: true});
	for (const [name, content] of Object.entries(options.files ?? {})) await writeFile(path.join(directory, name), content);
	const [columns, rows] = options.size ?? [80, 24];
	// A real 80x24 terminal running the built binary, as on a person's machine (CI unset: under CI
	// the tool never starts the wizard); the shell reports its exit code afterwards.
	tmux('new-session', '-d', '-s', 'e2e', '-x', String(columns), '-y', String(rows), '-c', directory, `env -u CI -u CONTINUOUS_INTEGRATION ${options.environment ?? ''} ${process.execPath} ${binary} --today 2026-11-24 ${options.arguments ?? ''}; echo EXIT=$?; sleep 30`);
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
		// The project's answers are known: review them one by one.
		await waitForScreen('Review each question');
		send('Down');
		await waitForScreen('❯ Review each question');
		send('Enter');
		expect(await waitForScreen('Which .NET version does the app target?')).toContain('❯ .NET 10.0 (detected: TargetFramework net10.0 · recommended)');
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
		await waitForScreen('Write 2 files');
		send('Enter');
		await waitForScreen('wrote Dockerfile');
		// The engines found here, then the command "Build now" runs, broken between words: no row
		// holds the build context's "." alone.
		const done = await waitForScreen('❯ Exit');
		expect(done).toContain('Build engines on this machine');
		expect(done).not.toMatch(/^\s*\.\s*$/m);
		send('Enter');
		const ended = await waitForScreen('EXIT=0');
		// The live screen gives way to a lasting summary: tags, full paths, one command per step.
		expect(ended).not.toContain('Build it with');
		expect(ended).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		expect(ended).toContain(path.join(directory, 'Dockerfile'));
		expect(ended).toContain('  docker run --rm -p 8080:8080 webapi:latest');
		expect((await readdir(directory)).sort()).toEqual(['.dockerignore', 'Dockerfile', 'WebApi.csproj']);
		const dockerfile = await readFile(path.join(directory, 'Dockerfile'), 'utf8');
		expect(dockerfile).toContain('--platform linux/arm64 --tag webapi --load');
		expect(dockerfile).toContain('ENTRYPOINT ["dotnet", "WebApi.dll"]');
	});

	it('applies keys that arrive in one burst (fast typing over SSH, paste) each to the screen before it', async () => {
		await startWizard();
		await waitForScreen('Review each question');
		send('Down', 'Enter');
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
		const directory = await scratchFolder('diw-e2e-');
		await cp(fixture('web-api'), directory, {recursive: true});
		tmux('new-session', '-d', '-s', 'e2e', '-x', '80', '-y', '24', '-c', directory, `env CI=true ${process.execPath} ${binary} --today 2026-11-24; echo EXIT=$?; sleep 30`);
		const shown = await waitForScreen('EXIT=2');
		expect(shown.replaceAll('\n', '')).toContain('missing answers: --deploy, --startup, --shell, --os, --arch. CI is set, so there is no wizard');
	});

	it('quits on ctrl-c with exit code 130, saying nothing was written', async () => {
		const directory = await startWizard();
		await waitForScreen('Some answers are already known');
		send('C-c');
		const ended = await waitForScreen('EXIT=130');
		expect(ended).toContain('Cancelled: nothing was written.');
		expect(ended).not.toContain('Some answers are already known');
		expect(await readdir(directory)).toEqual(['WebApi.csproj']);
	});

	it('draws with no escape sequences at all under NO_COLOR', async () => {
		await startWizard({environment: 'NO_COLOR=1'});
		await waitForScreen('Review each question');
		send('Down');
		await waitForScreen('❯ Review each question');
		send('Enter');
		await waitForScreen('Which .NET version does the app target?');
		expect(styledScreen()).not.toContain('\u001B[');
		// The same screen in colour, for comparison: the pointer and the marks are coloured.
		tmux('kill-session', '-t', 'e2e');
		await startWizard();
		await waitForScreen('Review each question');
		expect(styledScreen()).toContain('\u001B[');
	});

	it('colours the changes to a Dockerfile: added lines green, removed lines red, and none under NO_COLOR', async () => {
		for (const environment of ['', 'NO_COLOR=1']) {
			await startWizard({environment, arguments: '--detect xml --dotnet 10.0 --app web --deploy framework --startup jit --shell no --globalization invariant --os ubuntu', files: {Dockerfile: 'FROM mine\n'}});
			await waitForScreen('This project already has a Dockerfile');
			await walk(['Down', '❯ Generate a new one'], ['Enter', 'Which CPU architectures'], ['Enter', 'Recommended images'], ['Enter', 'What should be generated?'],
				['Enter', 'tab next file'], ['Enter', 'Write, replacing 1 changed file'], ['Up', '❯ Show the changes'], ['Enter', 'What would change']);
			const styled = styledScreen();
			if (environment) {
				expect(styled).not.toContain('\u001B[');
			} else {
				expect(styled).toMatch(/\u001B\[31m- FROM mine/);
				expect(styled).toMatch(/\u001B\[32m\+ # syntax=docker\/dockerfile:1/);
			}
			tmux('kill-session', '-t', 'e2e');
		}
	});

	it('redraws for a resized terminal at once, without waiting for a key', async () => {
		await startWizard({arguments: '--dotnet 10.0 --app web --deploy framework --startup jit --shell no --globalization invariant --os ubuntu'});
		await waitForScreen('Which CPU architectures');
		send('Enter');
		const narrow = await waitForScreen('Recommended images');
		expect(narrow).not.toMatch(/Answers.*\n.*1 \.NET 10\.0 · 2 web app · 3 framework-dependent · 4 JIT start-up · 5 no shell · 6 invariant globalization/);
		tmux('resize-window', '-t', 'e2e', '-x', '120', '-y', '40');
		await waitForScreen('1 .NET 10.0 · 2 web app · 3 framework-dependent · 4 JIT start-up · 5 no shell · 6 invariant globalization');
		tmux('resize-window', '-t', 'e2e', '-x', '60', '-y', '24');
		const small = await waitForScreen('    mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		// At 60 columns no row is wider than the terminal, and the image reference stays whole.
		expect(Math.max(...small.split('\n').map(row => row.trimEnd().length))).toBeLessThanOrEqual(60);
	});

	it('draws the whole screen again after a resize: the record of answers, then the screen, and no fragment of the old frame', async () => {
		await startWizard({size: [120, 40], arguments: '--detect xml'});
		await waitForScreen('Review each question');
		await walk(['Down', '❯ Review each question'], ['Enter', '1 of 8'], ['Enter', 'What kind of app is it?']);
		/** One copy of everything, the record first, and the panel's rows as wide as its border. */
		const whole = (current: string) => {
			const rows = current.split('\n').map(row => row.trimEnd());
			const border = rows.find(row => row.includes('╭'));
			const panel = border ? rows.filter(row => /│\s*$/.test(row)).every(row => row.length === border.length) : true;
			return rows[0] === '✔ .NET 10.0 (detected: TargetFramework net10.0)' && count(current, 'dotnet-image-wizard · WebApi.csproj') === 1
				&& count(current, 'What kind of app is it?') === 1 && count(current, 'workers and console apps need only') === 1 && panel;
		};
		for (const [columns, rows] of [[80, 24], [60, 20], [120, 40], [100, 30]] as const) {
			tmux('resize-window', '-t', 'e2e', '-x', String(columns), '-y', String(rows));
			await screenWhen(current => whole(current) && Math.max(...current.split('\n').map(row => row.trimEnd().length)) <= columns, `the whole screen at ${columns}x${rows}`);
		}
	});

	it('keeps in the record of answers only those that stand: going back takes the answer out, answering again puts the new one in', async () => {
		await startWizard({size: [80, 40], arguments: '--detect xml'});
		await waitForScreen('Review each question');
		await walk(['Down', '❯ Review each question'], ['Enter', '1 of 8'], ...['2 of 8', '3 of 8', '4 of 8', '5 of 8', '6 of 8'].map(next => ['Enter', next] as [string, string]));
		expect(screen()).toContain('✔ no shell (recommended)');
		// Back to the shell question, and "with a shell" instead.
		send('Escape');
		await screenWhen(current => current.includes('5 of 8') && !current.includes('✔ no shell'), 'the shell question with "no shell" out of the record');
		await walk(['Down', '❯ Yes: shell and package manager'], ['Enter', '6 of 8'], ['Enter', 'Which Linux distribution'], ['Enter', 'Which CPU architectures']);
		// Back to the distribution and the same answer again: one line for it.
		send('Escape');
		await screenWhen(current => current.includes('Which Linux distribution') && !current.includes('✔ Ubuntu'), 'the distribution question with Ubuntu out of the record');
		send('Enter');
		await waitForScreen('Which CPU architectures');
		const everything = await screenWhen(current => current.includes('✔ Ubuntu'), 'Ubuntu back in the record');
		const all = screenAndHistory();
		expect(count(all, '✔ no shell'), all).toBe(0);
		expect(count(all, '✔ with a shell'), all).toBe(1);
		expect(count(all, '✔ Ubuntu'), all).toBe(1);
		expect(count(all, '✔ .NET 10.0'), all).toBe(1);
		expect(everything.split('\n').slice(0, 7)).toEqual([
			'✔ .NET 10.0 (detected: TargetFramework net10.0)',
			'✔ web app (detected: Sdk Microsoft.NET.Sdk.Web)',
			'✔ framework-dependent (recommended)',
			'✔ JIT start-up (recommended)',
			'✔ with a shell',
			'✔ invariant globalization (detected: InvariantGlobalization true)',
			'✔ Ubuntu (recommended)',
		]);
	});

	it('keeps two columns between the options and the panel beside them at 120 columns', async () => {
		await startWizard({size: [120, 40], arguments: '--detect xml'});
		await waitForScreen('Review each question');
		const question = await walk(['Down', '❯ Review each question'], ['Enter', '1 of 8'], ['Enter', 'What kind of app is it?']);
		const rows = question.split('\n');
		const left = rows.find(row => row.includes('╭'))!.indexOf('╭');
		const beside = rows.filter(row => row.length > left && '╭│╰'.includes(row[left]!));
		expect(beside.length).toBeGreaterThan(5);
		// Each option's explanation ends, cut with "…", before the gap: no row runs into the border.
		for (const row of beside) expect(row.slice(left - 2, left), row).toBe('  ');
		expect(question).toMatch(/ASP\.NET Core apps run on the aspnet images.*…\s+│/);
	});

	it('asks line by line, with no redraws, when the terminal is dumb', async () => {
		const directory = await startWizard({environment: 'TERM=dumb'});
		await waitForScreen('Use these answers and go to the summary? (n reviews each question) [Y/n]:');
		send('Enter');
		await waitForScreen('Enter goes on to the files');
		send('Enter');
		await waitForScreen('Files, comma-separated, b goes back [1,2]:');
		send('Enter');
		await waitForScreen('Write 2 new files? (p shows them first, n or b goes back) [Y/n]:');
		send('Enter');
		// The engines on this machine, and the offer to build with a ready one: enter finishes.
		await waitForScreen('Build engines on this machine');
		await expect.poll(screen, {timeout: 15_000}).toMatch(/enter finishes:|EXIT=/);
		if (!screen().includes('EXIT=')) send('Enter');
		const ended = await waitForScreen('EXIT=0');
		// Every question and answer is still there, above the next: nothing was redrawn.
		expect(ended).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		expect(ended).toContain('Next steps');
		expect((await readdir(directory)).sort()).toEqual(['.dockerignore', 'Dockerfile', 'WebApi.csproj']);
	});

	it.skipIf(!hasDotnet)('draws at once while MSBuild reads the project (cold cache), and keeps the keys typed meanwhile', async () => {
		const cache = await scratchFolder('diw-e2e-cache-');
		await startWizard({environment: `XDG_CACHE_HOME=${cache}`});
		const reading = await waitForScreen('reading WebApi.csproj with MSBuild', 5000);
		expect(reading).toContain('dotnet-image-wizard');
		// Down to "Review each question" and enter, typed while the project is still being read.
		send('Down', 'Enter');
		expect(await waitForScreen('Which .NET version does the app target?', 60_000)).toContain('1 of 8');
	});

	it('keeps the question\'s title in view at 60x20: the panel gives way first', async () => {
		await startWizard({size: [60, 20], arguments: '--detect xml'});
		await waitForScreen('Review each question');
		send('Down');
		await waitForScreen('❯ Review each question');
		send('Enter');
		const question = await waitForScreen('1 of 8');
		expect(question).toContain('Which .NET version does the app target?');
		expect(question).toContain('enter choose');
	});

	for (const [columns, rows] of [[60, 20], [80, 24], [120, 40]] as const) {
		it(`shows a build command that copies whole at ${columns}x${rows}: the rows, run through a shell, give the same words`, async () => {
			const directory = await startWizard({size: [columns, rows], arguments: '--detect xml --dotnet 10.0 --app web --deploy framework --startup jit --shell no --globalization invariant --os ubuntu --image registry.example.com/team/a-rather-long-name/webapi:1.0'});
			// Both architectures, as ticked: the longest command.
			await waitForScreen('Which CPU architectures');
			send('Enter');
			await waitForScreen('Recommended images');
			send('Enter');
			await waitForScreen('What should be generated?');
			send('Enter');
			await waitForScreen('tab next file');
			send('Enter');
			await waitForScreen('Write 2 files');
			send('Enter');
			await waitForScreen('❯ Exit', 60_000);
			// Once the engines are checked, the command of the one chosen.
			let done = screen();
			for (const start = Date.now(); !/Build it with|build them with/.test(done) && Date.now() - start < 60_000; done = screen()) await new Promise(resolve => setTimeout(resolve, 200));
			const lines = done.split('\n');
			const start = lines.findIndex(line => /^ {2}\S/.test(line) && /^ {2}(?:cd |docker |podman |buildah |dotnet )/.test(line));
			expect(start).toBeGreaterThan(-1);
			let end = start;
			while (lines[end]!.trimEnd().endsWith('\\')) end++;
			const copied = lines.slice(start, end + 1).map(line => line.trimEnd()).join('\n');
			expect(copied).not.toContain('…');
			expect(Math.max(...lines.map(line => line.trimEnd().length))).toBeLessThanOrEqual(columns);
			// Each program prints the words it was given, one per line: what a paste would run.
			const shell = `cd() { :; }; for p in docker podman buildah dotnet; do eval "$p() { printf '%s\\n' \\"\\$@\\"; }"; done\n${copied}`;
			const words = execFileSync('sh', ['-c', shell], {cwd: directory, encoding: 'utf8'}).trim().split('\n');
			expect(words).toContain('registry.example.com/team/a-rather-long-name/webapi:1.0');
			expect(words.every(word => !word.includes('\\'))).toBe(true);
		});
	}
});
