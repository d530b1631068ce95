import {cp, mkdtemp, readdir, readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {openSession, type SessionFlags} from '../../source/session/session.js';
import {App} from '../../source/ui/App.js';
import {QuestionScreen} from '../../source/ui/components/QuestionScreen.js';
import {resolveAnswers} from '../../source/engine/resolve.js';
import {root} from '../cli-run.js';
import {keys, press, waitFor} from './keys.js';

async function projectCopy(fixture: string): Promise<string> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-ui-'));
	await cp(path.join(root, 'test', 'fixtures', 'projects', fixture), directory, {recursive: true});
	return directory;
}

async function renderApp(fixture: string, flags: SessionFlags = {}) {
	const directory = await projectCopy(fixture);
	// The screens are under test here, not MSBuild: copies of the fixtures are read with the XML reader.
	const session = await openSession({today: '2026-11-24', detect: 'xml', ...flags}, directory);
	const onExit = vi.fn();
	const app = render(<App session={session} onExit={onExit} />);
	return {...app, directory, onExit};
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('question screen', () => {
	it('shows each option with its explanation, marks the detected answer and explains why it matters', async () => {
		const directory = await projectCopy('web-api');
		const session = await openSession({today: '2026-11-24'}, directory);
		const {answers, provenance} = resolveAnswers(session.layers, session.today);
		const {lastFrame, unmount} = render(<QuestionScreen id="dotnet" answers={answers} provenance={provenance} today="2026-11-24" progress="1 of 8" wide={false} onAnswer={() => {}} />);
		cleanup = unmount;
		const frame = lastFrame()!;
		expect(frame).toContain('Which .NET version does the app target?  1 of 8');
		expect(frame).toContain('❯ .NET 10.0 (detected: TargetFramework net10.0)');
		expect(frame).toContain('.NET 8.0 (LTS) reached end of support on 2026-11-10');
		expect(frame).toContain('Why it matters');
	});

	it('answers with the highlighted option on enter', async () => {
		const onAnswer = vi.fn();
		const {answers, provenance} = resolveAnswers([], '2026-11-24');
		const {stdin, unmount} = render(<QuestionScreen id="os" answers={answers} provenance={provenance} today="2026-11-24" progress="" wide onAnswer={onAnswer} />);
		cleanup = unmount;
		await press(stdin, keys.down, keys.down, keys.enter);
		expect(onAnswer).toHaveBeenCalledWith('os', 'alpine');
	});
});

describe('guided session', () => {
	it('walks from the first question to written files', async () => {
		const {stdin, lastFrame, directory, onExit, unmount} = await renderApp('web-api');
		cleanup = unmount;
		await waitFor(lastFrame, 'Which .NET version');
		// Keep every detected or recommended answer, except Alpine for the distro.
		await press(stdin, keys.enter, keys.enter, keys.enter, keys.enter, keys.enter, keys.enter);
		await waitFor(lastFrame, 'Which Linux distribution');
		await press(stdin, keys.down, keys.down, keys.enter);
		await waitFor(lastFrame, 'Which CPU architectures');
		await press(stdin, keys.enter);
		const summary = await waitFor(lastFrame, 'Recommended images');
		expect(summary).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-alpine');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'What should be generated?');
		await press(stdin, keys.enter);
		const preview = await waitFor(lastFrame, 'tab next file');
		expect(preview).toContain('mcr.microsoft.com/dotnet/sdk:10.0-alpine AS build');
		await press(stdin, keys.tab);
		await waitFor(lastFrame, '**/bin/');
		await press(stdin, keys.enter);
		const confirm = await waitFor(lastFrame, 'Write 4 files');
		expect(confirm).toContain('Dockerfile  new');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'wrote Dockerfile');
		expect((await readdir(directory)).sort()).toEqual(['.dockerignore', '.dotnet-image-wizardrc.json', 'Dockerfile', 'WebApi.csproj', 'zerops.yml']);
		expect(JSON.parse(await readFile(path.join(directory, '.dotnet-image-wizardrc.json'), 'utf8'))).toMatchObject({os: 'alpine', project: 'WebApi.csproj'});
		await press(stdin, keys.enter);
		expect(onExit).toHaveBeenCalledWith(0);
	});

	it('goes back with esc and keeps the answers given after that step', async () => {
		const {stdin, lastFrame, unmount} = await renderApp('web-api');
		cleanup = unmount;
		await waitFor(lastFrame, 'Which .NET version');
		await press(stdin, keys.enter, keys.enter, keys.down, keys.enter);
		await waitFor(lastFrame, 'How should start-up be optimised?');
		await press(stdin, keys.escape);
		const back = await waitFor(lastFrame, 'How is the app published?');
		expect(back).toContain('❯ Self-contained');
		await press(stdin, keys.escape, keys.escape);
		await waitFor(lastFrame, 'Which .NET version');
	});

	it('shows the whole recommendation on d, scrolls it, and returns to the summary', async () => {
		const {stdin, lastFrame, unmount} = await renderApp('web-api', {os: 'ubuntu', arch: 'amd64', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'icu', app: 'web', dotnet: '10.0'});
		cleanup = unmount;
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

	it('explains an impossible combination on the summary and lets the person go back', async () => {
		const {stdin, lastFrame, unmount} = await renderApp('web-api', {os: 'debian', arch: 'amd64', deploy: 'framework', startup: 'jit', shell: 'yes', globalization: 'icu', app: 'web', dotnet: '10.0'});
		cleanup = unmount;
		const frame = await waitFor(lastFrame, 'These answers do not fit together');
		expect(frame).toContain('There are no Debian images for .NET 10.0');
	});

	it('asks which project first when a solution lists several', async () => {
		const {stdin, lastFrame, unmount} = await renderApp('solution');
		cleanup = unmount;
		const frame = await waitFor(lastFrame, 'Which project goes into the container?');
		expect(frame).toContain('dotnet-image-wizard · choosing a project');
		expect(frame).toContain(path.join('Api', 'Api.csproj'));
		expect(frame).toContain(path.join('Worker', 'Worker.csproj'));
		await press(stdin, keys.down, keys.enter);
		const next = await waitFor(lastFrame, 'Which .NET version');
		expect(next).toContain('Worker.csproj');
		expect(next).toContain('.NET 9.0 (detected: TargetFramework net9.0)');
	});

	it('asks before replacing existing files, and ctrl-c quits with 130 without writing', async () => {
		const {stdin, lastFrame, directory, onExit, unmount} = await renderApp('web-api', {dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: 'amd64'});
		cleanup = unmount;
		const {writeFile} = await import('node:fs/promises');
		await writeFile(path.join(directory, 'Dockerfile'), 'FROM mine\n');
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, keys.enter, keys.enter);
		await waitFor(lastFrame, 'tab next file');
		await press(stdin, keys.enter);
		const confirm = await waitFor(lastFrame, 'Write, replacing 1 existing file');
		expect(confirm).toContain('Dockerfile  exists: will be replaced');
		expect(confirm).toContain('❯ Go back');
		await press(stdin, keys.ctrlC);
		expect(onExit).toHaveBeenCalledWith(130);
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toBe('FROM mine\n');
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
	async function fakeDocker(mode: string) {
		const {chmod, writeFile: write} = await import('node:fs/promises');
		const bin = await mkdtemp(path.join(os.tmpdir(), 'diw-ui-bin-'));
		const source = await readFile(path.join(root, 'test', 'fixtures', 'fake-bin', 'docker.mjs'), 'utf8');
		await write(path.join(bin, 'docker'), `#!${process.execPath}\n${source}`);
		await chmod(path.join(bin, 'docker'), 0o755);
		vi.stubEnv('PATH', `${bin}${path.delimiter}${process.env.PATH}`);
		vi.stubEnv('FAKE_DOCKER', mode);
	}

	const allAnswered: SessionFlags = {dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: 'amd64'};

	async function reachDone() {
		const app = await renderApp('web-api', allAnswered);
		cleanup = app.unmount;
		await waitFor(app.lastFrame, 'Recommended images');
		await press(app.stdin, keys.enter, keys.enter);
		await waitFor(app.lastFrame, 'tab next file');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Write 4 files');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Build now (docker buildx, load into Docker)');
		return app;
	}

	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('runs the build with a live view and reports the image', async () => {
		await fakeDocker('ok');
		const {stdin, lastFrame, frames, onExit} = await reachDone();
		await press(stdin, keys.down, keys.enter);
		const finished = await waitFor(lastFrame, 'built webapi:latest for linux/amd64', 8000);
		expect(finished).toContain('$ docker buildx build --platform linux/amd64 --tag webapi:latest --load .');
		expect(frames.some(frame => frame.includes('[build 4/6] RUN dotnet restore'))).toBe(true);
		await press(stdin, keys.enter);
		expect(onExit).toHaveBeenCalledWith(0);
	});

	it('cancels the build with esc', async () => {
		await fakeDocker('slow');
		const {stdin, lastFrame, onExit} = await reachDone();
		await press(stdin, keys.down, keys.enter);
		await waitFor(lastFrame, 'Determining projects to restore', 8000);
		await press(stdin, keys.escape);
		await waitFor(lastFrame, 'build cancelled after', 8000);
		await press(stdin, keys.enter);
		expect(onExit).toHaveBeenCalledWith(130);
	});

	it('shows a failed preflight with its fix', async () => {
		await fakeDocker('no-daemon');
		const {stdin, lastFrame} = await reachDone();
		await press(stdin, keys.down, keys.enter);
		const frame = await waitFor(lastFrame, 'cannot reach the Docker daemon', 8000);
		expect(frame).toContain('start Docker, or point DOCKER_HOST at a running engine');
	});
});
