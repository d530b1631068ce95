// The wizard over the microservices fixture with two of its apps ticked (Catalog.Api and Worker),
// for the tests of several apps: a fresh copy of the repository, and the walk to the files screen.
import {cp, mkdir, mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {vi} from 'vitest';
import type {EngineName} from '../../source/runner/engines/engine.js';
import {openSession, type SessionFlags} from '../../source/session/session.js';
import {App} from '../../source/ui/App.js';
import {root} from '../cli-run.js';
import {keys, press, track, waitFor} from './keys.js';

const copies: string[] = [];

/** A fresh copy of the microservices repository, with a .git so that it is one. */
export async function copyMicroservices(prefix = 'diw-two-apps-'): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
	copies.push(folder);
	await cp(path.join(root, 'test', 'fixtures', 'microservices'), folder, {recursive: true});
	await mkdir(path.join(folder, '.git'));
	return folder;
}

/** Removes every copy made so far (for afterAll). */
export async function removeMicroservices(): Promise<void> {
	await Promise.all(copies.splice(0).map(async folder => rm(folder, {recursive: true, force: true})));
}

let unmount: (() => void) | undefined;

/** Unmounts the wizard tickTwoApps drew (for afterEach). */
export function closeWizard(): void {
	unmount?.();
	unmount = undefined;
	track(undefined);
}

/** The wizard at `directory`, Catalog.Api and Worker ticked, walked to the files screen. */
export async function tickTwoApps(directory: string, flags: SessionFlags, options: {registry?: string; engine?: EngineName; timeout?: number} = {}) {
	const session = await openSession(flags, directory);
	const onExit = vi.fn();
	const app = render(<App session={session} onExit={onExit} {...(options.registry ? {registry: options.registry} : {})} {...(options.engine ? {engine: options.engine} : {})} />);
	track(app.frames);
	unmount = app.unmount;
	await waitFor(app.lastFrame, 'worker/console app, .NET 10.0', options.timeout);
	await press(app.stdin, keys.space, keys.down, keys.down, keys.space);
	await waitFor(app.lastFrame, '2 apps');
	await press(app.stdin, keys.enter);
	await waitFor(app.lastFrame, 'Review each question');
	await press(app.stdin, keys.enter);
	const summary = await waitFor(app.lastFrame, 'Recommended images');
	await press(app.stdin, keys.enter);
	await waitFor(app.lastFrame, 'What should be generated?');
	return {...app, onExit, summary};
}
