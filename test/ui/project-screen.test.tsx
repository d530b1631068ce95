// The wizard's project screen over a repository of several apps (issue 19): each app with its kind
// and version, what was left out and why; space ticks several, and the files of every ticked app
// are written, each Dockerfile in its app's folder.
import {existsSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {openSession} from '../../source/session/session.js';
import {App} from '../../source/ui/App.js';
import {root} from '../cli-run.js';
import {keys, press, track, waitFor} from './keys.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	cleanup = undefined;
	track(undefined);
});

describe('the project screen', () => {
	it('ticks several apps: asked once, each app\'s Dockerfile in its own folder, one .dockerignore at the context', async () => {
		const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-ui-apps-'));
		await cp(path.join(root, 'test', 'fixtures', 'microservices'), directory, {recursive: true});
		await mkdir(path.join(directory, '.git'));
		const session = await openSession({today: '2026-11-24', detect: 'xml', shell: 'no', os: 'ubuntu', arch: 'amd64', startup: 'jit', deploy: 'framework', dotnet: '10.0', globalization: 'invariant'}, directory);
		const app = render(<App session={session} onExit={vi.fn()} />);
		track(app.frames);
		cleanup = app.unmount;
		const frame = await waitFor(app.lastFrame, 'worker/console app, .NET 10.0');
		expect(frame).toContain('Which project goes into the container?');
		expect(frame).toContain(path.join('src', 'Catalog.Api', 'Catalog.Api.csproj'));
		expect(frame).toContain('web app, .NET 10.0');
		expect(frame).toContain('AppHost.csproj is the Aspire app host');
		expect(frame).toContain('Client.csproj is a Blazor WebAssembly app');
		// Catalog.Api and the worker, not Orders.Api.
		await press(app.stdin, keys.space, keys.down, keys.down, keys.space);
		expect(await waitFor(app.lastFrame, '2 apps')).toContain('[x]');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Review each question');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Recommended images');
		await press(app.stdin, keys.enter);
		const files = await waitFor(app.lastFrame, 'What should be generated?');
		expect(files).toContain('each app\'s Dockerfile and container.props into its own folder');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'tab next file');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Write these files?');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, /wrote/);
		const catalog = await readFile(path.join(directory, 'src', 'Catalog.Api', 'Dockerfile'), 'utf8');
		expect(catalog).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n');
		// The worker is a worker, whatever the first app's kind: the kind is each app's own.
		const worker = await readFile(path.join(directory, 'src', 'Worker', 'Dockerfile'), 'utf8');
		expect(worker).toContain('FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n');
		expect(worker).toContain('--file src/Worker/Dockerfile');
		expect(existsSync(path.join(directory, 'src', 'Orders.Api', 'Dockerfile'))).toBe(false);
		expect(existsSync(path.join(directory, '.dockerignore'))).toBe(true);
		expect(existsSync(path.join(directory, 'Dockerfile'))).toBe(false);
	});
});
