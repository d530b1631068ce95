// Several apps ticked in the wizard, pinned by digest (issues 24 and 19): the files screen offers
// pinning as it does for one app, every ticked app's FROM lines name the digests the registry
// (Debian's docker-registry on 127.0.0.1) serves, Dependabot's file covers each app's Dockerfile,
// and the files are those `--apps A,B --pin --write` writes.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import YAML from 'yaml';
import type {SessionFlags} from '../../source/session/session.js';
import {runCli} from '../cli-run.js';
import {servedImages} from '../support/served-images.js';
import {missingTools} from '../support/requirements.js';
import {keys, press, waitFor} from './keys.js';
import {closeWizard, copyMicroservices, removeMicroservices, tickTwoApps} from './two-apps.js';

const answers: SessionFlags = {today: '2026-11-24', detect: 'xml', shell: 'no', os: 'ubuntu', arch: 'amd64', startup: 'jit', deploy: 'framework', dotnet: '10.0'};
const asFlags = (flags: SessionFlags) => Object.entries(flags).flatMap(([name, value]) => [`--${name}`, String(value)]);

afterEach(closeWizard);

const copyRepository = async () => copyMicroservices('h-pinapps-ui-');

const read = async (folder: string, file: string) => readFile(path.join(folder, file), 'utf8');

const missing = missingTools([{program: 'docker-registry', probe: ['--version']}]);
describe.skipIf(missing !== '')(`several apps ticked, pinned against docker-registry on 127.0.0.1${missing}`, () => {
	const served = servedImages({sdk: 'dotnet/sdk:10.0-noble', aspnet: 'dotnet/aspnet:10.0-noble-chiseled-extra', runtime: 'dotnet/runtime:10.0-noble-chiseled'}, [{os: 'linux', architecture: 'amd64'}]);
	afterAll(removeMicroservices);

	it('offers pinning with two apps ticked and writes both apps\' Dockerfiles pinned, with dependabot.yml over both', async () => {
		const wizard = await copyRepository();
		const app = await tickTwoApps(wizard, answers, {registry: served.registry.url});
		const files = app.lastFrame()!;
		expect(files).toContain('pin base images by digest');
		// Pinning (the last entry: up wraps to it), then .github/dependabot.yml, the second bot file under it.
		await press(app.stdin, keys.up, keys.space);
		await waitFor(app.lastFrame, '.github/dependabot.yml');
		await press(app.stdin, keys.down, keys.down, keys.space, keys.enter);
		const preview = await waitFor(app.lastFrame, 'tab next file', 20_000);
		expect(preview).toContain('src/Catalog.Api/Dockerfile (Catalog.Api)');
		expect(preview).toContain('.github/dependabot.yml (every app)');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, 'Write these files?');
		await press(app.stdin, keys.enter);
		await waitFor(app.lastFrame, /wrote/);

		const catalog = await read(wizard, 'src/Catalog.Api/Dockerfile');
		expect(catalog).toContain(`FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble@${served.images.sdk.digest} AS build\n`);
		expect(catalog).toContain(`FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra@${served.images.aspnet.digest}\n`);
		expect(await read(wizard, 'src/Worker/Dockerfile')).toContain(`FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled@${served.images.runtime.digest}\n`);
		const dependabot = YAML.parse(await read(wizard, '.github/dependabot.yml')) as {updates: Array<{directory: string}>};
		expect(dependabot.updates.map(update => update.directory)).toEqual(['/src/Catalog.Api', '/src/Worker']);

		// The same files as the command line's --apps with --pin.
		const cli = await copyRepository();
		const run = await runCli([...asFlags(answers), '--apps', 'Catalog.Api,Worker', '--pin', '--registry', served.registry.url, '--write', '--output', 'dockerfile,dockerignore,dependabot'], {cwd: cli});
		expect(run.exitCode, run.stderr).toBe(0);
		for (const file of ['src/Catalog.Api/Dockerfile', 'src/Worker/Dockerfile', '.dockerignore', '.github/dependabot.yml']) expect(await read(wizard, file), file).toBe(await read(cli, file));
	}, 60_000);
});
