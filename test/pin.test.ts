// --pin against a real registry (Debian's docker-registry on 127.0.0.1) serving stand-in manifest
// lists: every FROM and ContainerBaseImage names the digest the registry serves, the update-bot
// files validate against their SchemaStore schemas, and a vanished tag names the nearest one.
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {Ajv} from 'ajv';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import YAML from 'yaml';
import {fixture, root, runCli} from './cli-run.js';
import {pushImageIndex} from './support/push-image.js';
import {startRegistry, type LoopbackRegistry} from './support/registry.js';
import {missingTools} from './support/requirements.js';

const both = [{os: 'linux', architecture: 'amd64'}, {os: 'linux', architecture: 'arm64', variant: 'v8'}];
const web = ['--detect', 'xml', '--yes', '--dotnet', '10.0', '--app', 'web', '--deploy', 'framework', '--shell', 'no', '--os', 'ubuntu', '--arch', 'amd64,arm64'];

async function validator(name: string) {
	const schema = JSON.parse(await readFile(path.join(root, 'test', 'fixtures', 'schemas', name), 'utf8')) as Record<string, unknown>;
	return new Ajv({strict: false, allErrors: true, validateFormats: false}).compile(schema);
}

const missing = missingTools([{program: 'docker-registry', probe: ['--version']}]);
describe.skipIf(missing !== '')(`--pin against docker-registry on 127.0.0.1${missing}`, () => {
	let registry: LoopbackRegistry;
	let sdk: Awaited<ReturnType<typeof pushImageIndex>>;
	let aspnet: Awaited<ReturnType<typeof pushImageIndex>>;
	let repository = '';
	const pin = (args: string[], cwd?: string) => runCli([...args, '--pin', '--registry', registry.url], cwd ? {cwd} : {});

	beforeAll(async () => {
		registry = await startRegistry();
		sdk = await pushImageIndex(registry.url, 'dotnet/sdk', '10.0-noble', both);
		aspnet = await pushImageIndex(registry.url, 'dotnet/aspnet', '10.0-noble-chiseled', both);
		await pushImageIndex(registry.url, 'dotnet/sdk', '11.0-resolute', both);
		await pushImageIndex(registry.url, 'dotnet/aspnet', '11.0-resolute-chiseled', both);
		repository = await mkdtemp(path.join(os.tmpdir(), 'i24-supply-pin-'));
		await mkdir(path.join(repository, '.git'));
		await mkdir(path.join(repository, 'src', 'WebApi'), {recursive: true});
		await writeFile(path.join(repository, 'src', 'WebApi', 'WebApi.csproj'), await readFile(path.join(fixture('web-api'), 'WebApi.csproj')));
	}, 60_000);
	afterAll(async () => {
		await registry?.stop();
		if (repository) await rm(repository, {recursive: true, force: true});
	});

	it('writes every FROM and ContainerBaseImage as tag@digest, the digests the registry serves', async () => {
		const result = await pin([...web, '--output', 'dockerfile,csproj', '--json']);
		expect(result.exitCode, result.stderr).toBe(0);
		const {files} = JSON.parse(result.stdout) as {files: Record<string, string>};
		expect(files['Dockerfile']).toContain(`FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble@${sdk.digest} AS build\n`);
		expect(files['Dockerfile']).toContain(`FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled@${aspnet.digest}\n`);
		expect(files['Dockerfile']!.match(/^FROM /gm)).toHaveLength(2);
		// "@" MSBuild-escaped: MSBuild hands the SDK's task the reference with "@".
		expect(files['container.props']).toContain(`<ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled%40${aspnet.digest}</ContainerBaseImage>`);
	});

	it('writes renovate.json and .github/dependabot.yml at the repository root, valid by their schemas', async () => {
		const app = path.join(repository, 'src', 'WebApi');
		const result = await pin([...web, '--write', '--output', 'dockerfile,renovate,dependabot'], app);
		expect(result.exitCode, result.stderr).toBe(0);
		const renovate = JSON.parse(await readFile(path.join(repository, 'renovate.json'), 'utf8')) as unknown;
		const validRenovate = await validator('renovate.json');
		expect(validRenovate(renovate), JSON.stringify(validRenovate.errors)).toBe(true);
		const dependabot = YAML.parse(await readFile(path.join(repository, '.github', 'dependabot.yml'), 'utf8')) as {updates: Array<{directory: string}>};
		const validDependabot = await validator('dependabot-2.0.json');
		expect(validDependabot(dependabot), JSON.stringify(validDependabot.errors)).toBe(true);
		// The docker ecosystem, for the folder the Dockerfile was written to.
		expect(dependabot.updates).toEqual([{'package-ecosystem': 'docker', directory: '/src/WebApi', schedule: {interval: 'weekly'}}]);
		expect(await readFile(path.join(app, 'Dockerfile'), 'utf8')).toContain(`@${aspnet.digest}`);
		// Renovate's regex manager finds container.props's pinned base image.
		const [manager] = (renovate as {customManagers: Array<{matchStrings: string[]}>}).customManagers;
		const props = `<ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled%40${aspnet.digest}</ContainerBaseImage>`;
		const match = new RegExp(manager!.matchStrings[0]!).exec(props);
		expect(match?.groups).toEqual({depName: 'mcr.microsoft.com/dotnet/aspnet', currentValue: '10.0-noble-chiseled', currentDigest: aspnet.digest});
	});

	it('pins the same bytes twice from the same answers, catalog, registry and --today', async () => {
		const args = [...web, '--today', '2026-12-01', '--output', 'dockerfile,csproj,renovate,dependabot', '--json'];
		const app = path.join(repository, 'src', 'WebApi');
		const [first, second] = [await pin(args, app), await pin(args, app)];
		expect(first.exitCode, first.stderr).toBe(0);
		const files = (result: {stdout: string}) => (JSON.parse(result.stdout) as {files: Record<string, string>}).files;
		// Named from the app's folder: the bot files belong at the repository root.
		expect(Object.keys(files(first)).sort()).toEqual(['../../.github/dependabot.yml', '../../renovate.json', 'Dockerfile', 'container.props']);
		expect(files(second)).toEqual(files(first));
	});

	it('refuses the bot files without --pin, and --pin with --offline', async () => {
		const bots = await runCli([...web, '--output', 'renovate']);
		expect(bots.exitCode).toBe(2);
		expect(bots.stderr.trim()).toBe('dotnet-image-wizard: --output renovate: the bot configuration keeps pinned digests current: add --pin.');
		const offline = await runCli([...web, '--pin', '--offline', '--output', 'dockerfile']);
		expect(offline.exitCode).toBe(2);
		expect(offline.stderr.trim()).toBe('dotnet-image-wizard: --offline uses no network: it cannot go with --pin.');
	});

	it('--save --pin saves "pin": true, and a later run there pins from the saved answers alone', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'h-pin2-saved-'));
		await writeFile(path.join(folder, 'WebApi.csproj'), await readFile(path.join(fixture('web-api'), 'WebApi.csproj')));
		const saved = await pin([...web, '--save'], folder);
		expect(saved.exitCode, saved.stderr).toBe(0);
		const config = path.join(folder, '.dotnet-image-wizardrc.json');
		expect(JSON.parse(await readFile(config, 'utf8'))).toMatchObject({os: 'ubuntu', shell: 'no', pin: true});

		// No --pin: the saved "pin" asks the registry and the files name its digests.
		const again = await runCli(['--detect', 'xml', '--yes', '--registry', registry.url, '--output', 'dockerfile,csproj', '--json'], {cwd: folder});
		expect(again.exitCode, again.stderr).toBe(0);
		const pinned = JSON.parse(again.stdout) as {files: Record<string, string>; pin: unknown};
		expect(pinned.files['Dockerfile']).toContain(`FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble@${sdk.digest} AS build\n`);
		expect(pinned.files['Dockerfile']).toContain(`FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled@${aspnet.digest}\n`);
		expect(pinned.files['container.props']).toContain(`10.0-noble-chiseled%40${aspnet.digest}</ContainerBaseImage>`);
		expect(pinned.pin).toEqual({pinned: true, source: 'config', note: '.dotnet-image-wizardrc.json "pin"'});
		// The bot files need a pin: the saved one is enough.
		const bots = await runCli(['--detect', 'xml', '--yes', '--registry', registry.url, '--output', 'renovate'], {cwd: folder});
		expect(bots.exitCode, bots.stderr).toBe(0);
		const explained = await runCli(['--detect', 'xml', '--yes', '--registry', registry.url, '--explain'], {cwd: folder});
		expect(explained.stdout).toContain('Pinning\n  by digest: every FROM and ContainerBaseImage as tag@sha256, config (.dotnet-image-wizardrc.json "pin")');

		// --no-pin leaves the tags for this run; --save without it keeps the saved pin, --save --no-pin drops it.
		const unpinned = await runCli(['--detect', 'xml', '--yes', '--no-pin', '--output', 'dockerfile', '--json'], {cwd: folder});
		expect(unpinned.exitCode, unpinned.stderr).toBe(0);
		const plain = JSON.parse(unpinned.stdout) as {files: Record<string, string>; pin: unknown};
		expect(plain.files['Dockerfile']).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n');
		expect(plain.pin).toEqual({pinned: false, source: 'flag', note: '--no-pin'});
		const kept = await runCli(['--detect', 'xml', '--yes', '--registry', registry.url, '--save', '--force', '--arch', 'amd64'], {cwd: folder});
		expect(kept.exitCode, kept.stderr).toBe(0);
		expect(JSON.parse(await readFile(config, 'utf8'))).toMatchObject({arch: ['amd64'], pin: true});
		const dropped = await runCli(['--detect', 'xml', '--yes', '--no-pin', '--save', '--force'], {cwd: folder});
		expect(dropped.exitCode, dropped.stderr).toBe(0);
		expect(JSON.parse(await readFile(config, 'utf8'))).not.toHaveProperty('pin');
		await rm(folder, {recursive: true, force: true});
	});

	it('a pinned tag gone from the registry is an error naming the nearest tag, and nothing is written', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'i24-supply-pin-'));
		// The built-in catalog still has 11.0's preview tags; the registry has moved on to GA.
		const result = await pin(['--detect', 'xml', '--yes', '--dotnet', '11.0', '--app', 'web', '--deploy', 'framework', '--shell', 'no', '--os', 'ubuntu', '--arch', 'amd64', '--write', folder]);
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toContain('mcr.microsoft.com/dotnet/aspnet:11.0-preview-resolute-chiseled is not in the registry');
		expect(result.stderr).toContain('the nearest tag that exists is 11.0-resolute-chiseled');
		expect(await readFile(path.join(folder, 'Dockerfile'), 'utf8').catch(() => 'none')).toBe('none');
		await rm(folder, {recursive: true, force: true});
	});
});
