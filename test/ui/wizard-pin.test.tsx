// The wizard's files screen offers pinning the base images by digest (as --pin), and once it is
// ticked the update-bot files; pinned against Debian's docker-registry on 127.0.0.1 holding
// stand-in manifest lists, it writes tag@sha256 FROM lines, renovate.json at the repository root
// and saved answers that pin again. A registry out of reach leaves the tags unpinned, in one line.
import {cp, mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {outputsInUse} from '../../source/session/planned-files.js';
import {openSession} from '../../source/session/session.js';
import {App} from '../../source/ui/App.js';
import {root} from '../cli-run.js';
import {freePort} from '../support/free-port.js';
import {servedImages} from '../support/served-images.js';
import {missingTools} from '../support/requirements.js';
import {keys, press, track, waitFor} from './keys.js';

const allAnswered = {dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: 'amd64'};
const flat = (frame: string) => frame.replaceAll(/\s+/g, ' ');

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	cleanup = undefined;
	track(undefined);
});

/** A repository (a .git folder) with the web-api fixture in src/WebApi, and the wizard opened there. */
async function wizardIn(registry: string | undefined) {
	const repository = await mkdtemp(path.join(os.tmpdir(), 'h-supply-ui-pin-'));
	await mkdir(path.join(repository, '.git'));
	const app = path.join(repository, 'src', 'WebApi');
	await cp(path.join(root, 'test', 'fixtures', 'projects', 'web-api'), app, {recursive: true});
	const session = await openSession({today: '2026-11-24', detect: 'xml', ...allAnswered}, app);
	const rendered = render(<App session={session} {...(registry ? {registry} : {})} onExit={vi.fn()} />);
	track(rendered.frames);
	cleanup = rendered.unmount;
	return {repository, app, ...rendered};
}

/** From the summary to the files screen, then pinning ticked (the last entry: up wraps to it). */
async function tickPinning(stdin: {write: (data: string) => void}, lastFrame: () => string | undefined) {
	await waitFor(lastFrame, 'Recommended images');
	await press(stdin, keys.enter);
	await waitFor(lastFrame, 'What should be generated?');
	await press(stdin, keys.up, keys.space);
	return waitFor(lastFrame, 'renovate.json');
}

describe('the wizard offers pinning by digest and the update-bot files', () => {
	it('lists pinning, and the bot files only once it is ticked; without a registry to ask (--offline) neither', async () => {
		const {lastFrame, stdin, repository} = await wizardIn('http://127.0.0.1:9');
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, keys.enter);
		const before = await waitFor(lastFrame, 'What should be generated?');
		expect(before).toContain('pin base images by digest');
		expect(before).not.toContain('renovate.json');
		await press(stdin, keys.up, keys.space);
		const after = await waitFor(lastFrame, '.github/dependabot.yml');
		expect(after).toContain('renovate.json');
		// Unticked, the bot files go again.
		await press(stdin, keys.space);
		await waitFor(lastFrame, /^(?![\s\S]*renovate\.json)/);
		cleanup?.();
		const offline = await wizardIn(undefined);
		await waitFor(offline.lastFrame, 'Recommended images');
		await press(offline.stdin, keys.enter);
		expect(await waitFor(offline.lastFrame, 'What should be generated?')).not.toContain('pin base images');
		await rm(repository, {recursive: true, force: true});
		await rm(offline.repository, {recursive: true, force: true});
	});

	it('keeps the tags unpinned when the registry cannot be reached, says so in one line, and writes no bot file', async () => {
		const closed = `http://127.0.0.1:${await freePort()}`;
		const {lastFrame, stdin, repository, app} = await wizardIn(closed);
		await tickPinning(stdin, lastFrame);
		await press(stdin, keys.down, keys.space, keys.enter);
		const preview = flat(await waitFor(lastFrame, 'tab next file', 20_000));
		expect(preview).toContain(`the registry at ${closed} could not be reached (cannot connect to ${closed.slice(7)}: connection refused)`);
		expect(preview).toContain('the base images stay as tags, unpinned, and no update-bot file is written.');
		expect(preview).not.toContain('renovate.json');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'Write 2 files');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'wrote');
		expect(await readFile(path.join(app, 'Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n');
		expect(await readdir(repository)).toEqual(['.git', 'src']);
		await rm(repository, {recursive: true, force: true});
	}, 40_000);
});

const missing = missingTools([{program: 'docker-registry', probe: ['--version']}]);
describe.skipIf(missing !== '')(`the wizard pins against docker-registry on 127.0.0.1${missing}`, () => {
	const served = servedImages({sdk: 'dotnet/sdk:10.0-noble', aspnet: 'dotnet/aspnet:10.0-noble-chiseled'}, [{os: 'linux', architecture: 'amd64'}]);

	it('writes tag@sha256 FROM lines from the registry, renovate.json at the repository root, and saved answers that pin', async () => {
		const {lastFrame, stdin, repository, app} = await wizardIn(served.registry.url);
		await waitFor(lastFrame, 'Recommended images');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'What should be generated?');
		// The saved answers (the sixth entry), pinning (the ninth), then renovate.json under it.
		await press(stdin, keys.down, keys.down, keys.down, keys.down, keys.down, keys.space, keys.down, keys.down, keys.down, keys.space);
		await waitFor(lastFrame, 'renovate.json');
		await press(stdin, keys.down, keys.space, keys.enter);
		const preview = await waitFor(lastFrame, 'tab next file', 20_000);
		expect(preview).toContain(`mcr.microsoft.com/dotnet/sdk:10.0-noble@${served.images.sdk.digest.slice(0, 15)}`);
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'Write 4 files');
		await press(stdin, keys.enter);
		await waitFor(lastFrame, 'wrote');
		const dockerfile = await readFile(path.join(app, 'Dockerfile'), 'utf8');
		expect(dockerfile).toContain(`FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble@${served.images.sdk.digest} AS build\n`);
		expect(dockerfile).toContain(`FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled@${served.images.aspnet.digest}\n`);
		const renovate = JSON.parse(await readFile(path.join(repository, 'renovate.json'), 'utf8')) as {enabledManagers: string[]};
		expect(renovate.enabledManagers).toEqual(['dockerfile', 'custom.regex']);
		const saved = JSON.parse(await readFile(path.join(app, '.dotnet-image-wizardrc.json'), 'utf8')) as {pin?: boolean};
		expect(saved.pin).toBe(true);
		cleanup?.();

		// Opened again, the saved answers tick pinning, and renovate.json, which the repository now has.
		const session = await openSession({today: '2026-11-24', detect: 'xml'}, app);
		expect(await outputsInUse(session)).toEqual(['dockerfile', 'dockerignore', 'config', 'pin', 'renovate']);
		await rm(repository, {recursive: true, force: true});
	}, 60_000);
});
