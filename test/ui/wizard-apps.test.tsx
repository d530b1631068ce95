// Several apps ticked in the wizard (issue 19's gaps): the files are those `--apps A,B --write`
// writes (one compose.yaml and one workflow over every app), each app's answers are those the
// command line gives it, every ticked app is built (each from its context with its Dockerfile),
// and the next steps name each app.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {fileNames} from '../../source/render/files.js';
import type {SessionFlags} from '../../source/session/session.js';
import {runCli} from '../cli-run.js';
import {calls, fakeBin} from '../fixtures/fake-bin/install.js';
import {keys, press, waitFor} from './keys.js';
import {closeWizard, copyMicroservices, removeMicroservices, tickTwoApps} from './two-apps.js';

const answers: SessionFlags = {today: '2026-11-24', detect: 'xml', shell: 'no', os: 'ubuntu', arch: 'amd64', startup: 'jit', deploy: 'framework', dotnet: '10.0'};
const asFlags = (flags: SessionFlags) => Object.entries(flags).flatMap(([name, value]) => [`--${name}`, String(value)]);

afterAll(removeMicroservices);

afterEach(() => {
	closeWizard();
	vi.unstubAllEnvs();
});

const copyRepository = async () => copyMicroservices('diw-ui-wizard-apps-');

// The files screen's list: Dockerfile, .dockerignore, zerops.yml, container.props, compose.yaml, saved answers, GitHub Actions, GitLab CI.
const tickCompose = [keys.down, keys.down, keys.down, keys.down, keys.space];
const tickGithub = [keys.down, keys.down, keys.space];

/** On from the files screen: preview, then write every file. */
async function write(app: Awaited<ReturnType<typeof tickTwoApps>>) {
	await press(app.stdin, keys.enter);
	await waitFor(app.lastFrame, 'tab next file');
	await press(app.stdin, keys.enter);
	await waitFor(app.lastFrame, 'Write these files?');
	await press(app.stdin, keys.enter);
	return waitFor(app.lastFrame, /Build engines on this machine\n(?! {2}checking)/, 8000);
}

const read = async (folder: string, file: string) => readFile(path.join(folder, file), 'utf8');

describe('several apps ticked in the wizard', () => {
	it('get the files --apps A,B --write writes: each Dockerfile, one compose.yaml with a service per app, one workflow over both', async () => {
		const wizard = await copyRepository();
		const app = await tickTwoApps(wizard, answers);
		// Each app's answers are its own where its project says them: ICU for the API, invariant for the worker.
		expect(app.summary).toContain('2 apps: an answer chosen here applies to each; what its project says stays its own.');
		expect(app.summary).toContain('Worker (worker/console app): mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n');
		const files = app.lastFrame()!;
		expect(files).toContain('Catalog.Api (web app): mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra');
		expect(files).toContain('Worker (worker/console app): mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n');
		await press(app.stdin, ...tickCompose, ...tickGithub, keys.enter);
		// The preview names each file with its path and its app, and shows compose.yaml with both services.
		const preview = await waitFor(app.lastFrame, 'tab next file');
		expect(preview).toContain('src/Catalog.Api/Dockerfile (Catalog.Api)');
		expect(preview).toContain('src/Worker/Dockerfile (Worker)');
		expect(preview).toContain('compose.yaml (every app)');
		let frame = preview;
		for (let tab = 0; tab < 5 && !frame.includes('services:'); tab++) {
			await press(app.stdin, keys.tab);
			frame = app.lastFrame()!;
		}
		expect(frame).toContain('catalog.api:');
		expect(frame).toContain('dockerfile: src/Catalog.Api/Dockerfile');
		await press(app.stdin, keys.enter);
		const confirm = await waitFor(app.lastFrame, 'Write these files?');
		expect(confirm).toContain(`into ${wizard}`);
		expect(confirm).toContain('src/Worker/Dockerfile (Worker)  new');
		expect(confirm).toContain('.dockerignore (the build context\'s)  new');
		await press(app.stdin, keys.enter);
		const done = await waitFor(app.lastFrame, /wrote/);
		expect(done).toContain('wrote compose.yaml (every app)');
		expect(done).toContain(`wrote ${path.join('src', 'Worker', 'Dockerfile')} (Worker)`);

		const cli = await copyRepository();
		const run = await runCli([...asFlags(answers), '--apps', 'Catalog.Api,Worker', '--write', '--output', 'dockerfile,dockerignore,compose,github-actions'], {cwd: cli});
		expect(run.exitCode, run.stderr).toBe(0);
		const compose = await read(wizard, 'compose.yaml');
		expect(compose).toContain('  worker:\n    build:\n      context: .\n      dockerfile: src/Worker/Dockerfile\n');
		expect(compose).toContain('dockerfile: src/Catalog.Api/Dockerfile');
		for (const file of ['compose.yaml', fileNames['github-actions'], '.dockerignore', 'src/Catalog.Api/Dockerfile', 'src/Worker/Dockerfile']) {
			expect(await read(wizard, file), file).toBe(await read(cli, file));
		}
	}, 60_000);

	it('give every app an answer chosen once, as a flag does on the command line', async () => {
		// The worker's project says InvariantGlobalization; asked for ICU, every app gets ICU, as with --globalization icu.
		const flags = {...answers, globalization: 'icu'};
		const wizard = await copyRepository();
		const app = await tickTwoApps(wizard, flags);
		const files = app.lastFrame()!;
		expect(files).toContain('Worker (worker/console app): mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra');
		await write(app);
		const cli = await copyRepository();
		const run = await runCli([...asFlags(flags), '--apps', 'Catalog.Api,Worker', '--write'], {cwd: cli});
		expect(run.exitCode, run.stderr).toBe(0);
		for (const file of ['src/Catalog.Api/Dockerfile', 'src/Worker/Dockerfile']) expect(await read(wizard, file), file).toBe(await read(cli, file));
	}, 60_000);

	it('give each app its own image when --image names one, and say so', async () => {
		const wizard = await copyRepository();
		const app = await tickTwoApps(wizard, {...answers, image: 'localhost/one:1'});
		expect(app.lastFrame()!.replaceAll(/\n/g, ' ')).toContain('note: --image names one image; with 2 apps each gets its own, from its project (ContainerRepository, else its name)');
		await press(app.stdin, ...tickCompose, keys.enter);
		await waitFor(app.lastFrame, 'tab next file');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Write these files?');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, /wrote/);
		const compose = await read(wizard, 'compose.yaml');
		expect(compose).toContain('    image: catalog.api\n');
		expect(compose).toContain('    image: worker\n');
		expect(compose).not.toContain('localhost/one');
	}, 60_000);
});

describe('building several apps from the wizard', () => {
	/** Stand-in engines, and nothing else, on PATH. */
	async function fakeTools(mode: string) {
		const {bin, log} = await fakeBin(['docker', 'dotnet']);
		vi.stubEnv('PATH', bin);
		vi.stubEnv('FAKE_DOCKER', mode);
		vi.stubEnv('FAKE_LOG', log);
		vi.stubEnv('FAKE_DOTNET_VERSION', '8.0.100');
		return log;
	}

	it('plans a build per app, builds both one after another, and the next steps name each app and start them with Compose', async () => {
		const log = await fakeTools('ok');
		const directory = await copyRepository();
		const app = await tickTwoApps(directory, answers);
		await press(app.stdin, ...tickCompose, keys.enter);
		await waitFor(app.lastFrame, 'tab next file');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Write these files?');
		await press(app.stdin, keys.enter);
		const done = (await waitFor(app.lastFrame, /Build engines on this machine\n(?! {2}checking)/, 8000)).replaceAll(/ \\\n */g, ' ');
		expect(done).toContain('# Catalog.Api\n  docker buildx build --platform linux/amd64 --tag catalog.api:latest --file src/Catalog.Api/Dockerfile --load .');
		expect(done).toContain('# Worker\n  docker buildx build --platform linux/amd64 --tag worker:latest --file src/Worker/Dockerfile --load .');
		await press(app.stdin, keys.down, keys.enter);
		const built = await waitFor(app.lastFrame, 'Built 2 apps', 8000);
		expect(built).toMatch(/✔ Catalog\.Api {2}built/);
		expect(built).toMatch(/✔ Worker {2}built/);
		expect(built).toContain('Catalog.Api: built catalog.api:latest for linux/amd64');
		expect(built).toContain('Worker: built worker:latest for linux/amd64');
		const builds = (await calls(log)).filter(call => call.args[0] === 'buildx' && call.args[1] === 'build');
		expect(builds.map(call => [call.cwd, call.args.slice(call.args.indexOf('--file'), call.args.indexOf('--file') + 2), call.args.at(-1)])).toEqual([
			[directory, ['--file', 'src/Catalog.Api/Dockerfile'], '.'],
			[directory, ['--file', 'src/Worker/Dockerfile'], '.'],
		]);
		await press(app.stdin, keys.enter);
		await vi.waitFor(() => expect(app.onExit).toHaveBeenCalled());
		expect(app.onExit.mock.calls[0]![0]).toBe(0);
		// Commands are broken into rows that paste as one: joined again here.
		const ending = (app.onExit.mock.calls[0]![1] as string).replaceAll(/ \\\n */g, ' ');
		expect(ending).toContain('  Catalog.Api\n    build    mcr.microsoft.com/dotnet/sdk:10.0-noble\n    runtime  mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra');
		expect(ending).toContain('  Worker\n    build    mcr.microsoft.com/dotnet/sdk:10.0-noble\n    runtime  mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled');
		expect(ending).toContain('  # Catalog.Api: Build for linux/amd64 and load it into the local image store\n  docker buildx build --platform linux/amd64 --tag catalog.api:latest --file src/Catalog.Api/Dockerfile --load .');
		expect(ending).toContain('  # Worker: Build for linux/amd64 and load it into the local image store\n  docker buildx build --platform linux/amd64 --tag worker:latest --file src/Worker/Dockerfile --load .');
		expect(ending).toContain('  # Worker: Run it\n  docker run --rm worker:latest');
		expect(ending.match(/docker compose up --build/g)).toHaveLength(1);
		expect(ending).toContain('  # Or build and start every app with Compose, with their health checks (podman compose works the same)\n  docker compose up --build');
	}, 60_000);

	it('names the app whose build failed, what the others did, and tries again from that app', async () => {
		const log = await fakeTools('fail-restore');
		vi.stubEnv('FAKE_FAIL_TAG', 'worker:latest');
		const directory = await copyRepository();
		const app = await tickTwoApps(directory, answers);
		await write(app);
		await press(app.stdin, keys.down, keys.enter);
		const failed = await waitFor(app.lastFrame, '❯ Try again', 8000);
		expect(failed).toContain('Build failed: Worker');
		expect(failed).toContain('Catalog.Api: built catalog.api:latest for linux/amd64');
		expect(failed).toMatch(/Worker: build failed after [\d.]+s/);
		expect(failed).toMatch(/✗ Worker {2}failed/);
		// Again: the app already built is not built twice.
		await press(app.stdin, keys.enter);
		await vi.waitFor(async () => expect((await calls(log)).filter(call => call.args[1] === 'build').map(call => call.args[call.args.indexOf('--tag') + 1])).toEqual(['catalog.api:latest', 'worker:latest', 'worker:latest']), {timeout: 8000});
		await waitFor(app.lastFrame, '❯ Try again', 8000);
		await press(app.stdin, keys.down, keys.down, keys.enter);
		await vi.waitFor(() => expect(app.onExit).toHaveBeenCalled());
		expect(app.onExit.mock.calls[0]![0]).toBe(1);
	}, 60_000);
});
