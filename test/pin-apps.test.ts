// --pin over several apps (issues 24 and 19): --all / --apps with the pin choice (the flag or a saved
// "pin") pin every app from one registry run, against Debian's docker-registry on 127.0.0.1
// serving stand-in manifest lists; the update-bot files cover every app's Dockerfile.
import {existsSync, readFileSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {Ajv} from 'ajv';
import {Ajv2020} from 'ajv/dist/2020.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import YAML from 'yaml';
import type {Registry} from '../source/registry/distribution.js';
import {recommend, type Recommendation} from '../source/engine/recommend.js';
import {resolveAnswers} from '../source/engine/resolve.js';
import {verifyRecommendations} from '../source/session/verify-recommendation.js';
import {root, runCli} from './cli-run.js';
import {freePort} from './support/free-port.js';
import {pushImageIndex} from './support/push-image.js';
import {startRegistry, type LoopbackRegistry} from './support/registry.js';
import {missingTools} from './support/requirements.js';

const both = [{os: 'linux', architecture: 'amd64'}, {os: 'linux', architecture: 'arm64', variant: 'v8'}];
const microservices = path.join(root, 'test', 'fixtures', 'microservices');
// Two apps of the microservice solution: a web API and a worker, the same SDK, two runtime images.
const twoApps = ['--yes', '--detect', 'xml', '--apps', 'Catalog.Api,Worker', '--today', '2026-12-01'];

const copies: string[] = [];
async function copyRepository(): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'h-pinapps-'));
	copies.push(folder);
	await cp(microservices, folder, {recursive: true});
	await mkdir(path.join(folder, '.git'));
	return folder;
}
afterAll(async () => {
	await Promise.all(copies.splice(0).map(async folder => rm(folder, {recursive: true, force: true})));
});

const schema = (name: string) => JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'schemas', name), 'utf8')) as Record<string, unknown>;

const missing = missingTools([{program: 'docker-registry', probe: ['--version']}]);
describe.skipIf(missing !== '')(`--all / --apps pinned against docker-registry on 127.0.0.1${missing}`, () => {
	let registry: LoopbackRegistry;
	let sdk: Awaited<ReturnType<typeof pushImageIndex>>;
	let aspnet: Awaited<ReturnType<typeof pushImageIndex>>;
	let runtime: Awaited<ReturnType<typeof pushImageIndex>>;
	const pin = (args: string[], cwd: string) => runCli([...args, '--pin', '--registry', registry.url], {cwd});

	beforeAll(async () => {
		registry = await startRegistry();
		sdk = await pushImageIndex(registry.url, 'dotnet/sdk', '10.0-noble', both);
		aspnet = await pushImageIndex(registry.url, 'dotnet/aspnet', '10.0-noble-chiseled-extra', both);
		runtime = await pushImageIndex(registry.url, 'dotnet/runtime', '10.0-noble-chiseled', both);
	}, 60_000);
	afterAll(async () => registry?.stop());

	it('writes every app\'s FROM lines and ContainerBaseImage as tag@digest, and bot files that cover both Dockerfiles', async () => {
		const copy = await copyRepository();
		const result = await pin([...twoApps, '--write', '--output', 'dockerfile,csproj,renovate,dependabot'], copy);
		expect(result.exitCode, result.stderr).toBe(0);
		const catalog = await readFile(path.join(copy, 'src/Catalog.Api/Dockerfile'), 'utf8');
		expect(catalog).toContain(`FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble@${sdk.digest} AS build\n`);
		expect(catalog).toContain(`FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra@${aspnet.digest}\n`);
		const worker = await readFile(path.join(copy, 'src/Worker/Dockerfile'), 'utf8');
		expect(worker).toContain(`FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble@${sdk.digest} AS build\n`);
		expect(worker).toContain(`FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled@${runtime.digest}\n`);
		expect(await readFile(path.join(copy, 'src/Catalog.Api/container.props'), 'utf8')).toContain(`<ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra%40${aspnet.digest}</ContainerBaseImage>`);
		expect(await readFile(path.join(copy, 'src/Worker/container.props'), 'utf8')).toContain(`<ContainerBaseImage>mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled%40${runtime.digest}</ContainerBaseImage>`);

		// One dependabot.yml at the repository root with an entry per app's Dockerfile folder; one renovate.json.
		const dependabot = YAML.parse(await readFile(path.join(copy, '.github', 'dependabot.yml'), 'utf8')) as {updates: Array<{directory: string}>};
		const validDependabot = new Ajv({strict: false, allErrors: true, validateFormats: false}).compile(schema('dependabot-2.0.json'));
		expect(validDependabot(dependabot), JSON.stringify(validDependabot.errors)).toBe(true);
		expect(dependabot.updates.map(update => update.directory)).toEqual(['/src/Catalog.Api', '/src/Worker']);
		const renovate = JSON.parse(await readFile(path.join(copy, 'renovate.json'), 'utf8')) as unknown;
		const validRenovate = new Ajv({strict: false, allErrors: true, validateFormats: false}).compile(schema('renovate.json'));
		expect(validRenovate(renovate), JSON.stringify(validRenovate.errors)).toBe(true);
		expect(result.stderr).toContain('writing .github/dependabot.yml (every app)');
		// Each distinct image is verified once: the SDK both apps share, one line.
		expect(result.stderr.split('\n').filter(line => line.startsWith('verified mcr.microsoft.com/dotnet/sdk:10.0-noble '))).toHaveLength(1);
	});

	it('--json: each app\'s recommendation names its pinned images and what pinned them', async () => {
		const result = await pin([...twoApps, '--json'], microservices);
		expect(result.exitCode, result.stderr).toBe(0);
		const document = JSON.parse(result.stdout) as {apps: Array<{name: string; recommendation: {build: {reference: string}; runtime: {reference: string}; pin: unknown}}>};
		expect(document.apps.map(app => [app.name, app.recommendation.build.reference, app.recommendation.runtime.reference, app.recommendation.pin])).toEqual([
			['Catalog.Api', `mcr.microsoft.com/dotnet/sdk:10.0-noble@${sdk.digest}`, `mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra@${aspnet.digest}`, {pinned: true, source: 'flag', note: '--pin'}],
			['Worker', `mcr.microsoft.com/dotnet/sdk:10.0-noble@${sdk.digest}`, `mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled@${runtime.digest}`, {pinned: true, source: 'flag', note: '--pin'}],
		]);
		const read = (name: string) => JSON.parse(readFileSync(path.join(root, 'schema', name), 'utf8')) as object;
		const validate = new Ajv2020({strict: true, allErrors: true}).addSchema(read('recommendation.schema.json'), 'recommendation.schema.json').compile(read('apps.schema.json'));
		expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
	});

	it('--verify over several apps checks every app\'s images and leaves the tags unpinned', async () => {
		const result = await runCli([...twoApps, '--verify', '--registry', registry.url, '--output', 'dockerfile'], {cwd: microservices});
		expect(result.exitCode, result.stderr).toBe(0);
		expect(result.stderr).toContain(`verified mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled ${runtime.digest}`);
		expect(result.stderr).toContain(`verified mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra ${aspnet.digest}`);
		expect(result.stdout).not.toContain('@sha256:');
	});

	it('a saved "pin" pins every app of --all; --no-pin leaves them as tags for one run', async () => {
		const copy = await copyRepository();
		await writeFile(path.join(copy, '.dotnet-image-wizardrc.json'), '{"pin": true}\n');
		const saved = await runCli([...twoApps, '--registry', registry.url, '--output', 'dockerfile', '--json'], {cwd: copy});
		expect(saved.exitCode, saved.stderr).toBe(0);
		const files = (stdout: string) => (JSON.parse(stdout) as {apps: Array<{files: Record<string, string>}>}).apps.flatMap(app => Object.values(app.files)).join('\n');
		expect(files(saved.stdout)).toContain(`mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled@${runtime.digest}\n`);
		expect(files(saved.stdout)).toContain(`mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra@${aspnet.digest}\n`);
		const unpinned = await runCli([...twoApps, '--no-pin', '--output', 'dockerfile', '--json'], {cwd: copy});
		expect(unpinned.exitCode, unpinned.stderr).toBe(0);
		expect(files(unpinned.stdout)).not.toContain('@sha256:');
		expect(files(unpinned.stdout)).toContain('FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n');
		// The saved pin needs the registry: --offline is refused, as for one app.
		const offline = await runCli([...twoApps, '--offline', '--output', 'dockerfile'], {cwd: copy});
		expect(offline.exitCode).toBe(2);
		expect(offline.stderr).toContain('--offline uses no network: it cannot pin the base images as .dotnet-image-wizardrc.json "pin" says; add --no-pin');
	});

	it('an image one app needs gone from the registry is an error naming the nearest tag, and no app\'s file is written', async () => {
		const copy = await copyRepository();
		// The worker's runtime image is there only as another tag.
		const other = await startRegistry();
		try {
			await pushImageIndex(other.url, 'dotnet/sdk', '10.0-noble', both);
			await pushImageIndex(other.url, 'dotnet/aspnet', '10.0-noble-chiseled-extra', both);
			await pushImageIndex(other.url, 'dotnet/runtime', '10.0-noble', both);
			const result = await runCli([...twoApps, '--pin', '--registry', other.url, '--write'], {cwd: copy});
			expect(result.exitCode).toBe(1);
			expect(result.stderr).toContain('mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled is not in the registry');
			expect(result.stderr).toContain('the nearest tag that exists is 10.0-noble');
			for (const app of ['src/Catalog.Api', 'src/Worker']) expect(existsSync(path.join(copy, app, 'Dockerfile')), app).toBe(false);
		} finally {
			await other.stop();
		}
	}, 60_000);
});

describe('several apps pinned without a registry', () => {
	it('a registry out of reach: one line, exit 1, nothing written (as for one app)', async () => {
		const copy = await copyRepository();
		const closed = `http://127.0.0.1:${await freePort()}`;
		const result = await runCli([...twoApps, '--pin', '--registry', closed, '--write', '--output', 'dockerfile,dependabot'], {cwd: copy, env: {DOTNET_IMAGE_WIZARD_TIMEOUT: '2'}});
		expect(result.exitCode).toBe(1);
		const lines = result.stderr.trim().split('\n').filter(line => !line.startsWith('note: '));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(new RegExp(`^dotnet-image-wizard: cannot verify the tags at ${closed.replace(/[.]/g, '\\.')}: `));
		for (const file of ['src/Catalog.Api/Dockerfile', 'src/Worker/Dockerfile', '.github/dependabot.yml']) expect(existsSync(path.join(copy, file)), file).toBe(false);
	});

	it('the update-bot files without a pin are refused, as for one app', async () => {
		const result = await runCli([...twoApps, '--output', 'dependabot'], {cwd: microservices});
		expect(result.exitCode).toBe(2);
		expect(result.stderr.trim().split('\n').at(-1)).toBe('dotnet-image-wizard: --output dependabot: the bot configuration keeps pinned digests current: add --pin.');
	});

	it('asks the registry for each distinct base image once, however many apps share it', async () => {
		const today = '2026-12-01';
		const recommendationOf = (app: string): Recommendation => {
			const {answers} = resolveAnswers([{source: 'flag', values: {dotnet: '10.0', app, deploy: 'framework', shell: 'no', os: 'ubuntu', arch: 'amd64'}}], today);
			const outcome = recommend(answers, today);
			if (!outcome.ok) throw new Error('refused');
			return outcome.recommendation;
		};
		const asked: string[] = [];
		const digest = (text: string) => `sha256:${Buffer.from(text.padEnd(32, '.')).toString('hex').slice(0, 64)}`;
		const registry = {
			host: '127.0.0.1',
			manifest: async (repository: string, tag: string) => {
				asked.push(`${repository}:${tag}`);
				return {digest: digest(`${repository}:${tag}`), mediaType: 'application/vnd.oci.image.index.v1+json', platforms: [{platform: 'linux/amd64', digest: digest('amd64')}, {platform: 'linux/arm64/v8', digest: digest('arm64')}]};
			},
			tags: async () => [],
		} as unknown as Registry;
		const recommendations = [recommendationOf('web'), recommendationOf('web'), recommendationOf('console')];
		const {all, each} = await verifyRecommendations(recommendations, 'http://127.0.0.1:1', registry);
		expect(asked.sort()).toEqual(['dotnet/aspnet:10.0-noble-chiseled', 'dotnet/runtime:10.0-noble-chiseled', 'dotnet/sdk:10.0-noble']);
		expect(all.problems).toEqual([]);
		expect(each.map(verification => verification.images.map(image => image.reference))).toEqual([
			['mcr.microsoft.com/dotnet/sdk:10.0-noble', 'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled'],
			['mcr.microsoft.com/dotnet/sdk:10.0-noble', 'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled'],
			['mcr.microsoft.com/dotnet/sdk:10.0-noble', 'mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled'],
		]);
	});
});
