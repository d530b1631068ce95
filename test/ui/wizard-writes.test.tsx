import {cp, mkdtemp, readdir, readFile, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {openSession} from '../../source/session/session.js';
import {App} from '../../source/ui/App.js';
import {root} from '../cli-run.js';
import {keys, press, track, waitFor} from './keys.js';

const allAnswered = {dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: 'amd64'};

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	cleanup = undefined;
	track(undefined);
});

async function wizardIn(writeDirectory?: string) {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-ui-writes-'));
	await cp(path.join(root, 'test', 'fixtures', 'projects', 'web-api'), directory, {recursive: true});
	const session = await openSession({today: '2026-11-24', detect: 'xml', ...allAnswered}, directory);
	return {directory, start: () => {
		const app = render(<App session={session} {...(writeDirectory ? {writeDirectory} : {})} onExit={vi.fn()} />);
		track(app.frames);
		cleanup = app.unmount;
		return app;
	}};
}

describe('the wizard writes its files in one transaction', () => {
	it('writes neither the files nor the saved answers when one of their folders cannot be written', async () => {
		const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'diw-ui-blocked-'));
		await writeFile(path.join(elsewhere, 'blocker'), 'a file, not a folder\n');
		const {directory, start} = await wizardIn(path.join(elsewhere, 'blocker', 'out'));
		const {stdin, lastFrame} = start();
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'What should be generated?');
		// Tick the saved answers (the sixth entry): they go next to the project, the files elsewhere.
		await press(stdin, keys.down, keys.down, keys.down, keys.down, keys.down, keys.space, keys.enter);
		await waitFor(lastFrame, 'tab next file');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'Write 3 files');
		await press(stdin, keys.enter);
		expect((await waitFor(lastFrame, 'Nothing was written')).replaceAll(/\s+/g, ' ')).toMatch(/cannot write into .*blocker\/out: part of the path is a file, not a folder\./);
		expect(await readdir(directory)).toEqual(['WebApi.csproj']);
		expect(await readdir(elsewhere)).toEqual(['blocker']);
	});

	it('shows a dangling link where the Dockerfile goes as an existing file, and replacing it replaces the link only', async () => {
		const {directory, start} = await wizardIn();
		const planted = path.join(await mkdtemp(path.join(os.tmpdir(), 'diw-ui-planted-')), 'Dockerfile');
		await symlink(planted, path.join(directory, 'Dockerfile'));
		const {stdin, lastFrame} = start();
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, keys.enter, keys.enter);
		await waitFor(lastFrame, 'tab next file');
		await press(stdin, keys.enter);
		const confirm = await waitFor(lastFrame, 'Write, replacing 1 changed file');
		expect(confirm).toMatch(/Dockerfile {2}exists, changed/);
		// The first option: replace.
		await press(stdin, keys.up, keys.up, keys.up, keys.enter);
		await waitFor(lastFrame, 'wrote Dockerfile');
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		await expect(readFile(planted)).rejects.toThrow(/ENOENT/);
	});
});
