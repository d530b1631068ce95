import {execFileSync} from 'node:child_process';
import {cp, mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {openSession, type SessionFlags} from '../../source/session/session.js';
import {App} from '../../source/ui/App.js';
import {PreviewScreen} from '../../source/ui/components/PreviewScreen.js';
import {QuestionScreen} from '../../source/ui/components/QuestionScreen.js';
import {resolveAnswers} from '../../source/engine/resolve.js';
import type {EngineName} from '../../source/runner/engines/engine.js';
import {root} from '../cli-run.js';
import {fakeBin} from '../fixtures/fake-bin/install.js';
import {keys, press, track, waitFor} from './keys.js';
import {scratchFolder} from '../support/scratch-folder.js';

async function projectCopy(fixture: string): Promise<string> {
	const directory = await scratchFolder('diw-ui-');
	await cp(path.join(root, 'test', 'fixtures', 'projects', fixture), directory, {recursive: true});
	return directory;
}

async function renderIn(directory: string, flags: SessionFlags = {}, engine?: EngineName) {
	// The screens are under test here, not MSBuild: copies of the fixtures are read with the XML reader.
	const session = await openSession({today: '2026-11-24', detect: 'xml', ...flags}, directory);
	const onExit = vi.fn();
	const app = render(<App session={session} onExit={onExit} {...(engine ? {engine} : {})} />);
	track(app.frames);
	cleanup = app.unmount;
	return {...app, directory, onExit};
}

/** One component on its own, its frames watched by `press`. */
function show(tree: ReactElement) {
	const app = render(tree);
	track(app.frames);
	cleanup = app.unmount;
	return app;
}

async function renderApp(fixture: string, flags: SessionFlags = {}, engine?: EngineName) {
	return renderIn(await projectCopy(fixture), flags, engine);
}

/** Every answer but the one under test, so the wizard opens on the summary. */
const allAnswered: SessionFlags = {dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: 'amd64'};

/** The screen as a person sees it: the width of its widest row. */
const widest = (frame: string) => Math.max(...frame.split('\n').map(line => [...line].length));

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	cleanup = undefined;
	track(undefined);
});

describe('question screen', () => {
	it('shows each option with its explanation, marks the detected and the recommended answer and explains why it matters', async () => {
		const directory = await projectCopy('web-api');
		const session = await openSession({today: '2026-11-24', detect: 'xml'}, directory);
		const {answers, provenance} = resolveAnswers(session.layers, session.today);
		const {lastFrame} = show(<QuestionScreen id="dotnet" answers={answers} origin={{answers, provenance}} today="2026-11-24" progress="1 of 8" wide={false} onAnswer={() => {}} />);
		const frame = lastFrame()!;
		expect(frame).toContain('Which .NET version does the app target?  1 of 8');
		expect(frame).toContain('❯ .NET 10.0 (detected: TargetFramework net10.0 · recommended)');
		expect(frame).toContain('.NET 8.0 (LTS) reached end of support on 2026-11-10');
		expect(frame).toContain('Why it matters');
	});

	it('recommends what the project says: a console app for OutputType Exe, Native AOT for PublishAot true', async () => {
		const directory = await projectCopy('aot-console');
		const session = await openSession({today: '2026-11-24', detect: 'xml'}, directory);
		const {answers, provenance} = resolveAnswers(session.layers, session.today);
		const question = (id: 'app' | 'deploy') => show(<QuestionScreen id={id} answers={answers} origin={{answers, provenance}} today="2026-11-24" progress="" wide={false} onAnswer={() => {}} />).lastFrame()!;
		const app = question('app');
		expect(app).toContain('❯ Worker or console app (detected: OutputType Exe · recommended)');
		expect(app).not.toMatch(/Web app or API \(ASP\.NET Core\) \(recommended\)/);
		cleanup?.();
		const deploy = question('deploy');
		expect(deploy).toContain('❯ Native AOT (detected: PublishAot true · recommended)');
		expect(deploy).not.toContain('Framework-dependent (recommended)');
	});

	it('recommends a supported .NET version over the project\'s, and says why', async () => {
		const directory = await projectCopy('worker');
		const session = await openSession({today: '2026-11-24', detect: 'xml'}, directory);
		const {answers, provenance} = resolveAnswers(session.layers, session.today);
		const {lastFrame} = show(<QuestionScreen id="dotnet" answers={answers} origin={{answers, provenance}} today="2026-11-24" progress="" wide={false} onAnswer={() => {}} />);
		const frame = lastFrame()!;
		expect(frame).toContain('❯ .NET 9.0 (detected: TargetFramework net9.0)');
		expect(frame).toContain('.NET 10.0 (recommended: the project\'s .NET 9.0 is past end of support: retarget it)');
	});

	it('answers with the highlighted option on enter', async () => {
		const onAnswer = vi.fn();
		const {answers, provenance} = resolveAnswers([], '2026-11-24');
		const {stdin} = show(<QuestionScreen id="os" answers={answers} origin={{answers, provenance}} today="2026-11-24" progress="" wide onAnswer={onAnswer} />);
		await press(stdin, keys.down, keys.down, keys.enter);
		await vi.waitFor(() => expect(onAnswer).toHaveBeenCalledWith('os', 'alpine'));
	});

	it('shows an option that cannot work with the earlier answers as unavailable, with the reason, and does not take it', async () => {
		const onAnswer = vi.fn();
		const {answers, provenance} = resolveAnswers([{source: 'flag', values: {dotnet: '10.0'}}], '2026-11-24');
		const {stdin, lastFrame} = show(<QuestionScreen id="os" answers={answers} origin={{answers, provenance}} today="2026-11-24" progress="" wide={false} onAnswer={onAnswer} />);
		expect(lastFrame()).toContain('Debian  unavailable');
		expect(lastFrame()).toContain('There are no Debian images for .NET 10.0');
		await press(stdin, keys.down, keys.enter);
		await waitFor(lastFrame, 'Debian cannot be chosen');
		expect(onAnswer).not.toHaveBeenCalled();
	});

	it('tags the distributions that keep a shell once "no shell" was answered', async () => {
		const {answers, provenance} = resolveAnswers([{source: 'flag', values: {dotnet: '9.0', shell: 'no'}}], '2026-11-24');
		const {lastFrame} = show(<QuestionScreen id="os" answers={answers} origin={{answers, provenance}} today="2026-11-24" progress="" wide={false} onAnswer={() => {}} />);
		expect(lastFrame()).toContain('Alpine  keeps a shell');
		expect(lastFrame()).toContain('Debian  keeps a shell');
		expect(lastFrame()).not.toContain('Ubuntu  keeps a shell');
	});

	it('says so when enter confirms no architecture at all, and waits', async () => {
		const onAnswer = vi.fn();
		const {answers, provenance} = resolveAnswers([], '2026-11-24');
		const {stdin, lastFrame} = show(<QuestionScreen id="arch" answers={answers} origin={{answers, provenance}} today="2026-11-24" progress="" wide={false} onAnswer={onAnswer} />);
		await press(stdin, keys.space, keys.down, keys.space, keys.enter);
		await waitFor(lastFrame, 'Choose at least one: space ticks the highlighted one.');
		expect(onAnswer).not.toHaveBeenCalled();
		await press(stdin, keys.space, keys.enter);
		await vi.waitFor(() => expect(onAnswer).toHaveBeenCalledWith('arch', ['arm64']));
	});
});

describe('an option\'s explanation', () => {
	it('is shown whole in the panel for the highlighted option when the list cuts it', async () => {
		const {answers, provenance} = resolveAnswers([{source: 'flag', values: {dotnet: '10.0', app: 'web'}}], '2026-11-24');
		const {stdin, lastFrame} = show(<QuestionScreen id="deploy" answers={answers} origin={{answers, provenance}} today="2026-11-24" progress="" wide onAnswer={() => {}} />);
		const rows = lastFrame()!.split('\n');
		const cut = rows.find(row => row.includes('…'));
		expect(cut).toBeDefined();
		await press(stdin, keys.down);
		const frame = lastFrame()!.replaceAll(/[│╭╮╰╯─]/g, ' ').replaceAll(/\s+/g, ' ');
		expect(frame).toMatch(/Self-contained: [^…]+\./);
	});
});

describe('guided session', () => {
	it('offers the known answers first: taking them goes straight to the summary', async () => {
		const {stdin, lastFrame} = await renderApp('web-api');
		const start = await waitFor(lastFrame, 'Some answers are already known');
		expect(start).toContain('.NET 10.0 (detected: TargetFramework net10.0)');
		expect(start).toContain('❯ Use these answers → summary');
		await press(stdin, keys.enter);
		const summary = await waitFor(lastFrame, 'Recommended images');
		expect(summary).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
	});

	it('walks every question, keeps a record of the answers, and ends with a lasting summary and next steps', async () => {
		const {stdin, lastFrame, directory, onExit} = await renderApp('web-api');
		await waitFor(lastFrame, 'Review each question');
		await press(stdin, keys.down, keys.enter);
		await waitFor(lastFrame, 'Which .NET version');
		// Keep every detected or recommended answer, except Alpine for the distro.
		await press(stdin, keys.enter);
		expect(await waitFor(lastFrame, 'What kind of app')).toContain('✔ .NET 10.0 (detected: TargetFramework net10.0)');
		await press(stdin, keys.enter, keys.enter, keys.enter, keys.enter, keys.enter);
		await waitFor(lastFrame, 'Which Linux distribution');
		await press(stdin, keys.down, keys.down, keys.enter);
		await waitFor(lastFrame, 'Which CPU architectures');
		await press(stdin, keys.enter);
		const summary = await waitFor(lastFrame, 'Recommended images');
		expect(summary).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-alpine');
		expect(summary).toContain('✔ Alpine');
		await press(stdin, keys.enter);
		const choose = await waitFor(lastFrame, 'What should be generated?');
		// zerops.yml and saved answers are not ticked: the project has neither.
		expect(choose).toContain('[x] Dockerfile');
		expect(choose).toContain('[ ] zerops.yml');
		expect(choose).toContain('container.props');
		expect(choose).toContain('MSBuild properties to import from the project');
		// compose.yaml is offered, not ticked: the project has no compose file.
		expect(choose).toContain('[ ] compose.yaml');
		// Tick the saved answers (the sixth entry).
		await press(stdin, keys.down, keys.down, keys.down, keys.down, keys.down, keys.space, keys.enter);
		const preview = await waitFor(lastFrame, 'tab next file');
		expect(preview).toContain('mcr.microsoft.com/dotnet/sdk:10.0-alpine AS build');
		await press(stdin, keys.tab);
		await waitFor(lastFrame, '**/bin/');
		await press(stdin, keys.enter);
		const confirm = await waitFor(lastFrame, 'Write 3 files');
		expect(confirm).toContain('Dockerfile  new');
		expect(confirm).toContain(`into ${directory}`);
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'wrote Dockerfile');
		expect((await readdir(directory)).sort()).toEqual(['.dockerignore', '.dotnet-image-wizardrc.json', 'Dockerfile', 'WebApi.csproj']);
		expect(JSON.parse(await readFile(path.join(directory, '.dotnet-image-wizardrc.json'), 'utf8'))).toMatchObject({os: 'alpine', project: 'WebApi.csproj'});
		await press(stdin, keys.enter);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalled());
		const [code, lasting] = onExit.mock.calls[0]! as [number, string];
		expect(code).toBe(0);
		expect(lasting).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-alpine');
		expect(lasting).toContain(`  ${path.join(directory, 'Dockerfile')}`);
		// Next steps, one command line each.
		expect(lasting).toContain('\n  docker buildx build --platform linux/amd64 --tag webapi:latest --load .\n');
		expect(lasting).toContain('\n  docker buildx build --platform linux/amd64,linux/arm64 --tag REGISTRY/webapi:latest --sbom=true \\\n      --provenance=mode=max --push .\n');
		expect(lasting).toContain('\n  docker run --rm -p 8080:8080 webapi:latest');
	});

	it('goes back with esc and keeps the answers given after that step, and the detected mark with them', async () => {
		const {stdin, lastFrame} = await renderApp('web-api');
		await waitFor(lastFrame, 'Review each question');
		await press(stdin, keys.down, keys.enter);
		await waitFor(lastFrame, 'Which .NET version');
		await press(stdin, keys.enter, keys.enter, keys.down, keys.enter);
		await waitFor(lastFrame, 'How should start-up be optimised?');
		await press(stdin, keys.escape);
		const back = await waitFor(lastFrame, 'How is the app published?');
		expect(back).toContain('❯ Self-contained');
		await press(stdin, keys.escape, keys.escape);
		const first = await waitFor(lastFrame, 'Which .NET version');
		expect(first).toContain('❯ .NET 10.0 (detected: TargetFramework net10.0 · recommended)');
	});

	it('shows the whole recommendation on d, scrolls it, and returns to the summary', async () => {
		const {stdin, lastFrame} = await renderApp('web-api', {...allAnswered, globalization: 'icu'});
		expect(await waitFor(lastFrame, 'Recommended images')).toContain('d details');
		await press(stdin, 'd');
		const details = await waitFor(lastFrame, 'The recommendation in full');
		expect(details).toContain('Why the build image');
		expect(details).toContain('more rows (↓)');
		await press(stdin, keys.pageDown);
		expect(lastFrame()).not.toContain('Why the runtime image');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'Recommended images');
	});

	it('counts every warning the summary leaves out, and the details list the same warnings, in the session\'s words', async () => {
		// Three warnings of the recommendation's own (end of support, a shell on Alpine, the catalog's age); the project set InvariantGlobalization itself.
		const {stdin, lastFrame, stdout} = await renderApp('web-api', {...allAnswered, globalization: undefined, dotnet: '8.0', os: 'alpine'});
		await waitFor(lastFrame, 'Use these answers');
		await press(stdin, keys.enter);
		const size = (columns: number, rows: number) => {
			Object.defineProperty(stdout, 'columns', {value: columns, configurable: true});
			Object.defineProperty(stdout, 'rows', {value: rows, configurable: true});
			stdout.emit('resize');
		};
		for (const [columns, rows] of [[120, 40], [80, 24]] as const) {
			size(columns, rows);
			await waitFor(lastFrame, 'Recommended images');
			await vi.waitFor(() => expect(widest(lastFrame()!)).toBeLessThanOrEqual(columns));
			const summary = lastFrame()!;
			const shown = summary.split('\n').filter(row => row.startsWith('! ')).length;
			const hidden = Number(/\+(\d+) more warnings? \(d\)/.exec(summary)?.[1] ?? 0);
			// Every row of the details in view.
			size(120, 200);
			await press(stdin, 'd');
			const details = await waitFor(lastFrame, 'The recommendation in full');
			expect(details.split('\n').filter(row => row.startsWith('│ warning: ')).length, `${columns}x${rows}:\n${summary}`).toBe(shown + hidden);
			expect(details).not.toContain('Invariant globalization:');
			expect(details).not.toContain('--globalization');
			await press(stdin, keys.enter);
		}
	});

	it('lists every answer on the summary with a key that goes back to its question, and returns to the summary', async () => {
		const {stdin, lastFrame} = await renderApp('web-api', allAnswered);
		const summary = (await waitFor(lastFrame, 'Recommended images')).replaceAll(/\n +/g, ' ');
		expect(summary).toContain('1 .NET 10.0 · 2 web app · 3 framework-dependent · 4 JIT start-up · 5 no shell · 6 invariant globalization · 7 Ubuntu · 8 linux/amd64');
		await press(stdin, '7');
		await waitFor(lastFrame, 'Which Linux distribution');
		await press(stdin, keys.down, keys.down, keys.enter);
		const after = await waitFor(lastFrame, 'Recommended images');
		expect(after).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-alpine');
	});

	it('offers the fixes of an impossible combination as changes to make, in its own words, and jumps to that question', async () => {
		const {stdin, lastFrame} = await renderApp('web-api', {...allAnswered, os: 'debian', shell: 'yes'});
		const frame = await waitFor(lastFrame, 'These answers do not fit together');
		expect(frame).toContain('There are no Debian images for .NET 10.0');
		expect(frame).toContain('Change distribution: Ubuntu / Alpine / Azure Linux');
		expect(frame).not.toContain('--os');
		await press(stdin, keys.down, keys.enter);
		await waitFor(lastFrame, 'Which Linux distribution');
		await press(stdin, keys.enter);
		expect(await waitFor(lastFrame, 'Recommended images')).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-noble');
	});

	it('fits the summary in 24 rows with the warning that contradicts an answer first, and counts the rest', async () => {
		const {lastFrame} = await renderApp('empty', {...allAnswered, dotnet: '9.0', os: 'debian', shell: 'no'});
		const summary = await waitFor(lastFrame, 'Recommended images');
		const rows = summary.split('\n');
		expect(rows.length).toBeLessThanOrEqual(23);
		const firstWarning = rows.find(row => row.startsWith('! '));
		expect(firstWarning).toContain('Debian images have no shell-less variant');
		expect(summary).toMatch(/\+\d more warnings? \(d\)/);
		expect(summary).toContain('d details');
		expect(summary).not.toContain('…');
	});

	it('does not tell a .NET 9 Native AOT build on Ubuntu to choose Ubuntu to cross-compile', async () => {
		const {lastFrame} = await renderApp('empty', {...allAnswered, dotnet: '9.0', deploy: 'aot', startup: undefined, arch: 'amd64,arm64'});
		const summary = (await waitFor(lastFrame, 'Recommended images')).replaceAll(/\n +/g, ' ');
		expect(summary).toContain('Native AOT for .NET 9.0 cannot cross-compile on Ubuntu');
		expect(summary).toContain('or use ".NET 10.0" or later to cross-compile');
		expect(summary).not.toContain('choose --os ubuntu');
	});

	it('warns, first, when the .NET version is older than the framework the project targets, and tags those versions', async () => {
		const {stdin, lastFrame} = await renderApp('web-api', {...allAnswered, dotnet: '9.0'});
		const summary = (await waitFor(lastFrame, 'Recommended images')).replaceAll(/ *\n */g, ' ');
		expect(summary).toContain('! The project targets net10.0, newer than .NET 9.0: the .NET 9.0 SDK cannot build it (NETSDK1045). Choose .NET 10.0 or later.');
		await press(stdin, '1');
		const question = await waitFor(lastFrame, 'Which .NET version');
		expect(question).toContain(".NET 9.0  older than the project's target: the build would fail");
		expect(question).not.toContain(".NET 10.0  older");
	});

	it('leaves out the globalization caution when the project itself sets InvariantGlobalization', async () => {
		const {stdin, lastFrame} = await renderApp('solution/Api', {...allAnswered, globalization: undefined});
		await waitFor(lastFrame, 'invariant globalization (detected: InvariantGlobalization true)');
		await press(stdin, keys.enter);
		const summary = await waitFor(lastFrame, 'Recommended images');
		expect(summary).not.toContain('Invariant globalization:');
	});

	it('asks which project first, with each app\'s kind and .NET version and what was left out, and comes back to it on esc', async () => {
		const directory = await projectCopy('solution');
		await mkdir(path.join(directory, 'Tests'));
		await writeFile(path.join(directory, 'Tests', 'Tests.csproj'), '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.0.0" /></ItemGroup></Project>\n');
		const solution = await readFile(path.join(directory, 'Two.sln'), 'utf8');
		await writeFile(path.join(directory, 'Two.sln'), solution.replace('Global', 'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Tests", "Tests\\Tests.csproj", "{0B7E4C3A-1D7C-4A4E-9E0A-6E1F3B2C1A03}"\nEndProject\nGlobal'));
		const {stdin, lastFrame} = await renderIn(directory);
		const frame = await waitFor(lastFrame, 'worker/console app, .NET 9.0');
		expect(frame).toContain('dotnet-image-wizard · choosing a project');
		expect(frame).toContain(path.join('Api', 'Api.csproj'));
		expect(frame).toContain('web app, .NET 10.0');
		expect(frame).toContain(`${path.join('Tests', 'Tests.csproj')} is a test project`);
		await press(stdin, keys.down, keys.enter);
		await waitFor(lastFrame, 'Review each question');
		await press(stdin, keys.down, keys.enter);
		const next = await waitFor(lastFrame, 'Which .NET version');
		expect(next).toContain('Worker.csproj');
		expect(next).toContain('.NET 9.0 (detected: TargetFramework net9.0)');
		// Back from the first question: the picker again, not a screen with only the header.
		await press(stdin, keys.escape, keys.escape);
		const again = await waitFor(lastFrame, 'Which project goes into the container?');
		expect(again).toContain(path.join('Worker', 'Worker.csproj'));
	});

	it('with no project, recommends but writes no files for a placeholder App.dll, as the command line refuses to', async () => {
		const {stdin, lastFrame} = await renderApp('empty', allAnswered);
		const summary = await waitFor(lastFrame, 'Recommended images');
		expect(summary.replaceAll(/\n */g, ' ')).toContain('the files need a project');
		expect(summary).not.toContain('enter choose files');
		await press(stdin, keys.enter);
		expect(lastFrame()).not.toContain('What should be generated?');
		expect(lastFrame()).toContain('Recommended images');
	});

	it('labels an existing file as changed with its line counts, shows the changes, and can write NAME.generated beside it', async () => {
		const directory = await projectCopy('web-api');
		await writeFile(path.join(directory, 'Dockerfile'), 'FROM mine\n');
		const {stdin, lastFrame} = await renderIn(directory, allAnswered);
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, keys.enter, keys.enter);
		await waitFor(lastFrame, 'tab next file');
		await press(stdin, keys.enter);
		const confirm = await waitFor(lastFrame, 'Write, replacing 1 changed file');
		expect(confirm).toMatch(/Dockerfile {2}exists, changed \(\+\d+ −1\)/);
		expect(confirm).toContain('.dockerignore  new');
		expect(confirm).toContain('❯ Go back');
		await press(stdin, keys.up, keys.enter);
		const diff = await waitFor(lastFrame, 'What would change');
		expect(diff).toContain('- FROM mine');
		await press(stdin, keys.escape);
		await waitFor(lastFrame, 'Write these files?');
		await press(stdin, keys.up, keys.up, keys.enter);
		await waitFor(lastFrame, 'wrote Dockerfile.generated');
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toBe('FROM mine\n');
		expect(await readFile(path.join(directory, 'Dockerfile.generated'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
	});

	it('quits on ctrl-c with 130 and "Cancelled: nothing was written"', async () => {
		const {stdin, lastFrame, onExit, directory} = await renderApp('web-api', allAnswered);
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130, 'Cancelled: nothing was written.'));
		expect(await readdir(directory)).toEqual(['WebApi.csproj']);
	});

	it('quits on q as well, and shows every key on ?', async () => {
		const {stdin, lastFrame, onExit} = await renderApp('web-api', allAnswered);
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, '?');
		const help = await waitFor(lastFrame, 'Keys');
		expect(help).toContain('ctrl-c');
		await press(stdin, '?');
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, 'q');
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130, 'Cancelled: nothing was written.'));
	});

	it('redraws for the new size as soon as the terminal is resized', async () => {
		const {lastFrame, stdout} = await renderApp('web-api', allAnswered);
		const resize = (columns: number) => {
			Object.defineProperty(stdout, 'columns', {value: columns, configurable: true});
			stdout.emit('resize');
		};
		await waitFor(lastFrame, 'Recommended images');
		resize(60);
		await vi.waitFor(() => expect(widest(lastFrame()!)).toBeLessThanOrEqual(60));
		// Words stay whole: the runtime tag is on one row.
		expect(lastFrame()).toContain('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		resize(120);
		await vi.waitFor(() => expect(widest(lastFrame()!)).toBeGreaterThan(80));
	});
});

describe('file preview', () => {
	it('shows a file indented with tabs (the saved answers) within its width, tabs as spaces', async () => {
		const config = '{\n\t"dotnet": "10.0",\n\t"arch": [\n\t\t"amd64"\n\t]\n}\n';
		const {lastFrame} = show(<PreviewScreen files={[{name: '.dotnet-image-wizardrc.json', content: config}]} rows={24} width={40} onContinue={() => {}} />);
		const frame = lastFrame()!;
		expect(frame).not.toContain('\t');
		expect(frame).toContain('│     "dotnet": "10.0",');
		expect(widest(frame.split('\n').filter(row => row.startsWith('│')).join('\n'))).toBeLessThanOrEqual(40);
	});
});

describe('colours', () => {
	it('are switched off by NO_COLOR', async () => {
		vi.stubEnv('NO_COLOR', '1');
		vi.resetModules();
		const {theme} = await import('../../source/ui/theme.js');
		expect(Object.values(theme).every(value => value === undefined)).toBe(true);
		vi.unstubAllEnvs();
	});
});

describe('building from the wizard', () => {
	/**
	 * Stand-in engines, and nothing else, on PATH (this machine's own buildah and podman stay out
	 * of sight): `mode` is how docker behaves, `sdk` the version dotnet reports.
	 */
	async function fakeTools(mode: string, sdk = '8.0.100', programs = ['docker', 'dotnet']) {
		const {bin} = await fakeBin(programs);
		// The slow docker starts a sleep, as a build's grandchild.
		const {symlink} = await import('node:fs/promises');
		await symlink(execFileSync('sh', ['-c', 'command -v sleep'], {encoding: 'utf8'}).trim(), path.join(bin, 'sleep'));
		vi.stubEnv('PATH', bin);
		vi.stubEnv('FAKE_DOCKER', mode);
		vi.stubEnv('FAKE_DOTNET_VERSION', sdk);
	}

	async function reachDone(flags: SessionFlags = allAnswered, engine?: EngineName) {
		const app = await renderApp('web-api', flags, engine);
		await waitFor(app.lastFrame, 'Recommended images');
		await press(app.stdin, keys.enter, keys.enter);
		await waitFor(app.lastFrame, 'tab next file');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Write 2 files');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, /Build engines on this machine\n(?! {2}checking)/, 8000);
		return app;
	}

	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('shows the command "Build now" runs, broken so that a copy keeps every word', async () => {
		await fakeTools('ok');
		const {lastFrame} = await reachDone({...allAnswered, arch: 'amd64,arm64'});
		const done = lastFrame()!;
		const rows = done.split('\n');
		const start = rows.findIndex(row => row.includes('docker buildx build'));
		const command = rows.slice(start, rows.findIndex((row, index) => index > start && !row.endsWith('\\')) + 1);
		expect(command.length).toBeGreaterThan(1);
		expect(command.slice(0, -1).every(row => row.endsWith(' \\'))).toBe(true);
		expect(command.some(row => row.trim() === '.')).toBe(false);
		expect(command.at(-1)).toMatch(/ \.$/);
		expect(command.join(' ')).toContain('--output type=oci,dest=');
	});

	it('runs the build with a live view, says it was built, saves the whole log, and exits with next steps', async () => {
		await fakeTools('ok');
		const {stdin, lastFrame, frames, onExit} = await reachDone();
		const done = lastFrame()!.replaceAll(/ *\n */g, ' ');
		expect(done).toContain('✔ docker buildx  ready, used below');
		expect(done).toContain('✗ the .NET SDK (dotnet publish /t:PublishContainer)  the installed .NET SDK 8.0.100 cannot build .NET 10.0');
		await press(stdin, keys.down, keys.enter);
		const finished = await waitFor(lastFrame, 'built webapi:latest for linux/amd64', 8000);
		expect(finished).toContain('Built');
		expect(finished).toContain('  docker buildx build --platform linux/amd64 --tag webapi:latest --load .');
		expect(finished).toContain('written and kept: Dockerfile, .dockerignore');
		const log = /full log: (\S+)/.exec(finished)![1]!;
		expect(await readFile(log, 'utf8')).toContain('[build 4/6] RUN dotnet restore');
		expect(frames.some(frame => frame.includes('[build 4/6] RUN dotnet restore'))).toBe(true);
		await press(stdin, keys.enter);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalled());
		expect(onExit.mock.calls[0]![0]).toBe(0);
		expect(onExit.mock.calls[0]![1]).toContain('built webapi:latest');
	});

	it('cancels the build with esc and says so', async () => {
		await fakeTools('slow');
		const {stdin, lastFrame, onExit} = await reachDone();
		await press(stdin, keys.down, keys.enter);
		await waitFor(lastFrame, 'Determining projects to restore', 8000);
		await press(stdin, keys.escape);
		const cancelled = await waitFor(lastFrame, 'build cancelled after', 8000);
		expect(cancelled).toContain('Build cancelled');
		// Try again, back, exit: exit is the last.
		await press(stdin, keys.down, keys.down, keys.enter);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalled());
		expect(onExit.mock.calls[0]![0]).toBe(130);
	});

	it('keeps a failed build\'s screen within the terminal\'s rows, wrapped lines counted, and offers to try again', async () => {
		await fakeTools('fail-restore');
		const {stdin, lastFrame, frames} = await reachDone();
		await press(stdin, keys.down, keys.enter);
		const failed = await waitFor(lastFrame, '❯ Try again', 8000);
		expect(failed).toContain('Build failed');
		expect(failed.split('\n').length).toBeLessThanOrEqual(23);
		// The recording docker fails at once, so the second build's screen may be drawn and gone
		// before a look at the last frame: any frame after the key counts.
		const seen = frames.length;
		await press(stdin, keys.enter);
		await vi.waitFor(() => expect(frames.slice(seen).some(frame => frame.includes('Building'))).toBe(true), {timeout: 8000});
	});

	it('offers the engine that can build when docker has no daemon: the .NET SDK, to an OCI archive', async () => {
		await fakeTools('no-daemon', '10.0.400');
		const {stdin, lastFrame} = await reachDone();
		const done = lastFrame()!.replaceAll(/ *\n */g, ' ');
		expect(done).toContain('✗ docker buildx  cannot reach the Docker daemon');
		expect(done).toContain('✔ the .NET SDK (dotnet publish /t:PublishContainer)  ready, used below');
		expect(done).toMatch(/dotnet publish WebApi\.csproj -c Release \/t:PublishContainer/);
		await press(stdin, keys.down, keys.enter);
		const built = await waitFor(lastFrame, 'Built', 8000);
		expect(built).toContain('  dotnet publish');
	});

	it('says, when nothing here can build, that the files are ready and which command to run later', async () => {
		await fakeTools('no-daemon');
		const {lastFrame} = await reachDone();
		const done = lastFrame()!;
		expect(done).toContain('The files are ready. Where docker buildx runs, build them with');
		expect(done).toContain('docker buildx build --platform linux/amd64 --tag webapi:latest --load .');
		expect(done).not.toContain('Build now');
	});

	it('offers every engine --engine can name, in the same order, each ready or what it lacks, and picks the first ready as --build would', async () => {
		await fakeTools('no-daemon', '10.0.400', ['docker', 'dotnet', 'buildah']);
		const {lastFrame} = await reachDone();
		const done = lastFrame()!.replaceAll(/ *\n */g, ' ');
		const order = ['✗ docker buildx', '✗ podman  podman is not installed', '✔ buildah  ready, used below', '✔ the .NET SDK (dotnet publish /t:PublishContainer)  ready'];
		expect(order.map(line => done.indexOf(line))).toEqual(order.map(line => done.indexOf(line)).sort((a, b) => a - b));
		expect(order.every(line => done.includes(line))).toBe(true);
		expect(done).toContain('Build it with buildah');
		expect(done).toContain('buildah build --layers --platform linux/amd64 --tag webapi:latest .');
		expect(done).toContain('Build now with buildah');
	});

	it('builds the Dockerfile.generated it wrote when the person kept their own Dockerfile, not theirs', async () => {
		await fakeTools('no-daemon', '10.0.400', ['docker', 'dotnet', 'buildah']);
		const directory = await projectCopy('web-api');
		await writeFile(path.join(directory, 'Dockerfile'), 'FROM mine\n');
		const {stdin, lastFrame} = await renderIn(directory, allAnswered, 'buildah');
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, keys.enter, keys.enter);
		await waitFor(lastFrame, 'tab next file');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'Write these files?');
		// Keep it: write Dockerfile.generated beside it.
		await press(stdin, keys.up, keys.up, keys.enter);
		const done = (await waitFor(lastFrame, /Build engines on this machine\n(?! {2}checking)/, 8000)).replaceAll(/ *\n */g, ' ');
		expect(done).toContain('buildah build --layers --platform linux/amd64 --tag webapi:latest --file Dockerfile.generated .');
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toBe('FROM mine\n');
	});

	it('uses the engine --engine names, and the next steps speak its words', async () => {
		await fakeTools('no-daemon', '10.0.400', ['docker', 'dotnet', 'buildah', 'podman']);
		const {stdin, lastFrame, onExit} = await reachDone(allAnswered, 'buildah');
		const done = lastFrame()!.replaceAll(/ *\n */g, ' ');
		expect(done).toContain('✔ podman  ready');
		expect(done).toContain('✔ buildah  ready, used below');
		// Exit, Build now with podman, with buildah, with the SDK.
		await press(stdin, keys.down, keys.down, keys.enter);
		const built = await waitFor(lastFrame, '❯ Exit', 8000);
		expect(built).toContain('built webapi:latest for linux/amd64');
		expect(built).toContain('kept in buildah\'s local storage');
		await press(stdin, keys.enter);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalled());
		const ending = onExit.mock.calls[0]![1] as string;
		expect(ending).toContain('buildah build --layers --platform linux/amd64 --tag webapi:latest .');
		expect(ending).toContain('podman run --rm -p 8080:8080 webapi:latest');
		expect(ending).not.toMatch(/docker (?:run|buildx)/);
	});

	it.each([
		['an SDK publish that cannot reach the registry', 'sdk', {FAKE_DOTNET: 'fail-registry'}, 'PublishContainer (making the image from the base image)', 'error MSB4018: the "CreateNewImage" task failed: System.Net.Http.HttpRequestException: Name or service not known (mcr.microsoft.com:443)', 'registry unreachable: the build could not reach mcr.microsoft.com'],
		['a project that does not compile', 'sdk', {FAKE_DOTNET: 'fail-compile'}, 'build (compiling the project)', 'Program.cs(1,31): error CS1002: ; expected', 'the project does not compile'],
		['buildah, a registry that does not resolve', 'buildah', {FAKE_CONTAINERS: 'no-registry'}, '[1/2] STEP 1/', 'Error: creating build container: initializing source docker://mcr.microsoft.com/dotnet/sdk:10.0-noble: pinging container registry mcr.microsoft.com', 'registry unreachable: the build could not reach mcr.microsoft.com'],
		['buildah, a tag the registry lacks', 'buildah', {FAKE_CONTAINERS: 'no-tag'}, '[1/2] STEP 1/', 'manifest unknown', 'tag not found'],
	] as const)('shows, for %s, the failing step, the error lines themselves and what they usually mean, each on lines of their own', async (_name, engine, environment, step, error, meaning) => {
		await fakeTools('no-daemon', '10.0.400', ['docker', 'dotnet', 'buildah']);
		for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
		const {stdin, lastFrame} = await reachDone(allAnswered, engine);
		// Exit, then Build now with buildah, with the SDK.
		await press(stdin, keys.down, ...(engine === 'sdk' ? [keys.down] : []), keys.enter);
		const failed = await waitFor(lastFrame, '❯ Try again', 8000);
		const rows = failed.split('\n');
		const joined = failed.replaceAll(/\n */g, ' ');
		expect(rows.some(row => /^build failed after [\d.]+s$/.test(row))).toBe(true);
		expect(rows.find(row => row.startsWith('failing step: '))).toContain(step);
		expect(joined).toContain(error);
		expect(joined).toContain(`what it usually means: ${meaning}`);
		// The last line that succeeded is not the step that failed.
		expect(joined).not.toContain('failing step: SampleApi ->');
		if (meaning.startsWith('registry unreachable')) expect(joined).not.toContain('tag not found');
	});

	it('ends a failed build the same way with q as with Exit: exit code 1, and the next steps', async () => {
		await fakeTools('fail-restore');
		const {stdin, lastFrame, onExit} = await reachDone();
		await press(stdin, keys.down, keys.enter);
		await waitFor(lastFrame, '❯ Try again', 8000);
		await press(stdin, 'q');
		await vi.waitFor(() => expect(onExit).toHaveBeenCalled());
		expect(onExit.mock.calls[0]![0]).toBe(1);
		expect(onExit.mock.calls[0]![1]).toContain('Next steps');
		expect(onExit.mock.calls[0]![1]).toContain('failing step: [build 4/6] RUN dotnet restore');
	});
});
