import {cp, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {EngineName} from '../../source/runner/engines/engine.js';
import {openSession, type SessionFlags} from '../../source/session/session.js';
import {App} from '../../source/ui/App.js';
import {root} from '../cli-run.js';
import {missingTools} from '../support/requirements.js';
import {keys, press, track, waitFor} from '../ui/keys.js';
import {imageExists, removeImage} from './buildah.js';
import {answerOf} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';

// The build step of the guided session for real: an engine chosen on the screen after the files
// are written, run against the stand-in base images.
const missing = missingTools(['buildah', 'dotnet']);

const answers: SessionFlags = {today: '2026-11-24', dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: 'amd64'};

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	cleanup = undefined;
	track(undefined);
	vi.unstubAllEnvs();
});

/** The wizard on a copy of a project, walked to the build screen, the engine's "Build now" chosen. */
async function buildFromScreen(directory: string, flags: SessionFlags, engine: EngineName) {
	const session = await openSession({...answers, ...flags}, directory);
	const onExit = vi.fn();
	const app = render(<App session={session} engine={engine} onExit={onExit} />);
	track(app.frames);
	cleanup = app.unmount;
	await waitFor(app.lastFrame, 'Recommended images', 20_000);
	await press(app.stdin, keys.enter, keys.enter);
	await waitFor(app.lastFrame, 'tab next file');
	await press(app.stdin, keys.enter);
	await waitFor(app.lastFrame, 'Write 2 files');
	await press(app.stdin, keys.enter);
	const done = await waitFor(app.lastFrame, 'ready, used below', 60_000);
	// The actions: Exit, then "Build now with …" for each engine ready, in the screen's order.
	const actions = done.split('\n').filter(line => /^[❯ ] (?:Exit|Build now with )/.test(line));
	const index = actions.findIndex(line => line.includes(`Build now with ${engine === 'sdk' ? 'the .NET SDK' : engine}`));
	expect(index).toBeGreaterThan(0);
	await press(app.stdin, ...Array.from({length: index}, () => keys.down), keys.enter);
	return {...app, onExit};
}

describe.skipIf(missing !== '')(`building from the wizard's screen for real${missing}`, () => {
	const image = 'localhost/i20-session-wizard/sampleapi:1';
	let project = '';

	beforeAll(async () => {
		await ensureStandIns();
		project = await mkdtemp(path.join(os.tmpdir(), 'diw-wizard-real-'));
		await cp(path.join(root, 'examples', 'SampleApi'), project, {recursive: true});
	}, 900_000);

	afterAll(async () => {
		await removeImage(image);
		if (project) await rm(project, {recursive: true, force: true});
	});

	it('builds with buildah when it is chosen on the build screen, and the image starts and answers', async () => {
		vi.stubEnv('STORAGE_DRIVER', 'vfs');
		vi.stubEnv('BUILDAH_ISOLATION', 'chroot');
		const {lastFrame} = await buildFromScreen(project, {image}, 'buildah');
		const built = await waitFor(lastFrame, /Built\n|Build failed|Not built/, 900_000);
		expect(built).toContain('Built');
		expect(built).toContain(`built ${image} for linux/amd64`);
		expect(built.replaceAll(/\n */g, ' ')).toContain('kept in buildah\'s local storage');
		expect(await imageExists(image)).toBe(true);
		expect(await answerOf(image)).toBe('Hello from a container');
	}, 900_000);

	it('shows, for an SDK publish of a project that does not compile, the error line itself and what it usually means', async () => {
		const broken = await mkdtemp(path.join(os.tmpdir(), 'diw-wizard-broken-'));
		try {
			await cp(path.join(root, 'examples', 'SampleApi'), broken, {recursive: true});
			// A missing semicolon: a compiler error (CS1002 or CS1003).
			await writeFile(path.join(broken, 'Program.cs'), 'var app = WebApplication.Create(args)\napp.Run();\n');
			const {lastFrame} = await buildFromScreen(broken, {}, 'sdk');
			const failed = await waitFor(lastFrame, '❯ Try again', 600_000);
			const joined = failed.replaceAll(/\n */g, ' ');
			expect(failed).toContain('failing step: build (compiling the project)');
			expect(joined).toMatch(/Program\.cs\(1,\d+\): error CS\d{4}: /);
			expect(joined).toContain('what it usually means: the project does not compile');
		} finally {
			await rm(broken, {recursive: true, force: true});
		}
	}, 600_000);
});
