// Several apps in one run (issue 19): --all and --apps over a repository shaped like a microservice
// solution, files that never collide, the merged .dockerignore, Aspire app hosts, a Blazor
// WebAssembly client, and a solution that names a project outside its repository.
import {existsSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {Ajv2020} from 'ajv/dist/2020.js';
import {readFileSync} from 'node:fs';
import {afterAll, describe, expect, it} from 'vitest';
import {root, runCli} from './cli-run.js';

const repository = path.join(root, 'test', 'fixtures', 'microservices');
const apps = ['src/Catalog.Api', 'src/Orders.Api', 'src/Worker'];

const copies: string[] = [];
afterAll(async () => {
	await Promise.all(copies.splice(0).map(async folder => rm(folder, {recursive: true, force: true})));
});

/** A fresh copy of the microservice repository, with a .git so that it is one. */
async function copyRepository(): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-apps-'));
	copies.push(folder);
	await cp(repository, folder, {recursive: true});
	await mkdir(path.join(folder, '.git'));
	return folder;
}

const xml = ['--yes', '--detect', 'xml'];

describe('--all over a microservice repository', () => {
	it.each([['the root', '.'], ['an app\'s folder', 'src/Worker'], ['the client\'s folder', 'src/Client']])('from %s writes one Dockerfile per app in its folder and one .dockerignore at the context', async (_, from) => {
		const copy = await copyRepository();
		const {exitCode, stdout, stderr} = await runCli([...xml, '--all', '--write'], {cwd: path.join(copy, from)});
		expect(exitCode, stderr).toBe(0);
		for (const app of apps) expect(existsSync(path.join(copy, app, 'Dockerfile')), app).toBe(true);
		expect(existsSync(path.join(copy, 'Dockerfile'))).toBe(false);
		for (const project of ['src/Shared', 'src/Client', 'src/AppHost', 'tests/Catalog.Tests']) expect(existsSync(path.join(copy, project, 'Dockerfile')), project).toBe(false);
		expect(existsSync(path.join(copy, '.dockerignore'))).toBe(true);
		// Each Dockerfile is built from the context with --file, and says so.
		const orders = await readFile(path.join(copy, 'src/Orders.Api/Dockerfile'), 'utf8');
		expect(orders).toContain('# Run from ../.., the build context (restore needs files from there):\n# Build: docker buildx build --platform linux/amd64,linux/arm64 --tag REGISTRY/shop.orders --file src/Orders.Api/Dockerfile --sbom=true --provenance=mode=max --push .\n');
		expect(orders).toContain('EXPOSE 5080\n');
		expect(orders).toContain('ENTRYPOINT ["dotnet", "Shop.Orders.dll"]\n');
		expect(await readFile(path.join(copy, 'src/Worker/Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n');
		const cwd = path.join(copy, from);
		expect(stdout).toContain('Build each app from its build context, with its Dockerfile (replace REGISTRY with your registry: the build pushes the image there):\n');
		expect(stdout).toContain(`Build: docker buildx build --platform linux/amd64,linux/arm64 --tag REGISTRY/catalog.api --file ${path.relative(cwd, path.join(copy, 'src/Catalog.Api/Dockerfile'))} --sbom=true --provenance=mode=max --push ${path.relative(cwd, copy) || '.'}\n`);
		// What was left out, and why; where each file goes before it is written.
		expect(stderr).toMatch(/left out: .*AppHost\.csproj is the Aspire app host; .*Client\.csproj is a Blazor WebAssembly app: its output is static files .*src\/Catalog\.Api\/Catalog\.Api\.csproj references it and serves them/);
		expect(stderr).toContain('Shared.csproj is a library');
		expect(stderr).toContain('Catalog.Tests.csproj is a test project');
		expect(stderr.indexOf('writing ')).toBeLessThan(stderr.indexOf('note: zerops.yml is left out'));
	});

	it('--json: one entry per app with its project, Dockerfile, context, image and port', async () => {
		const {exitCode, stdout, stderr} = await runCli([...xml, '--all', '--json'], {cwd: repository});
		expect(exitCode, stderr).toBe(0);
		const document = JSON.parse(stdout) as {apps: Array<Record<string, unknown> & {recommendation: {answers: {app: string}}}>; skipped: string[]};
		expect(document.apps.map(app => [app['project'], app['dockerfile'], app['context'], app['image'], app['port'], app.recommendation.answers.app])).toEqual([
			['src/Catalog.Api/Catalog.Api.csproj', 'src/Catalog.Api/Dockerfile', '.', 'catalog.api', 8080, 'web'],
			['src/Orders.Api/Orders.Api.csproj', 'src/Orders.Api/Dockerfile', '.', 'shop.orders', 5080, 'web'],
			['src/Worker/Worker.csproj', 'src/Worker/Dockerfile', '.', 'worker', undefined, 'console'],
		]);
		expect(document.skipped).toHaveLength(4);
		const schema = (name: string) => JSON.parse(readFileSync(path.join(root, 'schema', name), 'utf8')) as object;
		const validate = new Ajv2020({strict: true, allErrors: true}).addSchema(schema('recommendation.schema.json'), 'recommendation.schema.json').compile(schema('apps.schema.json'));
		expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
	});

	it('--dry-run prints each app\'s build: from the context, with the Dockerfile written in its folder', async () => {
		const copy = await copyRepository();
		const {exitCode, stdout, stderr} = await runCli([...xml, '--all', '--write', '--dry-run', '--engine', 'docker', '--arch', 'amd64'], {cwd: copy});
		expect(exitCode, stderr).toBe(0);
		const commands = stdout.split('\n').filter(line => line.startsWith('(cd '));
		expect(commands).toEqual([
			'(cd . && docker buildx build --platform linux/amd64 --tag catalog.api:latest --file src/Catalog.Api/Dockerfile --load .)',
			'(cd . && docker buildx build --platform linux/amd64 --tag shop.orders:latest --file src/Orders.Api/Dockerfile --load .)',
			'(cd . && docker buildx build --platform linux/amd64 --tag worker:latest --file src/Worker/Dockerfile --load .)',
		]);
	});

	it('--apps takes the apps named, and names the apps when one is unknown', async () => {
		const picked = await runCli([...xml, '--apps', 'orders.api,Worker', '--json'], {cwd: repository});
		expect(picked.exitCode, picked.stderr).toBe(0);
		expect((JSON.parse(picked.stdout) as {apps: Array<{name: string}>}).apps.map(app => app.name)).toEqual(['Shop.Orders', 'Worker']);
		const unknown = await runCli([...xml, '--apps', 'Billing'], {cwd: repository});
		expect(unknown.exitCode).toBe(2);
		expect(unknown.stderr.trim()).toBe('dotnet-image-wizard: --apps: "Billing" is not among the apps (Catalog.Api, Orders.Api, Worker).');
	});

	it('without --all, the root lists the apps and names --all', async () => {
		const {exitCode, stderr} = await runCli(xml, {cwd: repository});
		expect(exitCode).toBe(2);
		expect(stderr).toContain('Shop.slnx lists several apps: pass --project with one of src/Catalog.Api/Catalog.Api.csproj, src/Orders.Api/Orders.Api.csproj, src/Worker/Worker.csproj, or --all for every app');
	});
});

describe('an Aspire app host', () => {
	it('stands for the apps it references: offered, not refused', async () => {
		const host = ['--project', 'src/AppHost/AppHost.csproj'];
		const listed = await runCli([...xml, ...host], {cwd: repository});
		expect(listed.exitCode).toBe(2);
		expect(listed.stderr).toContain('AppHost.csproj is the Aspire app host: it names the apps: pass --project with one of src/Catalog.Api/Catalog.Api.csproj, src/Orders.Api/Orders.Api.csproj, src/Worker/Worker.csproj');
		const all = await runCli([...xml, ...host, '--all', '--json'], {cwd: repository});
		expect(all.exitCode, all.stderr).toBe(0);
		expect((JSON.parse(all.stdout) as {apps: Array<{name: string}>}).apps.map(app => app.name)).toEqual(['Catalog.Api', 'Shop.Orders', 'Worker']);
	});
});

describe('a Blazor WebAssembly client (defect 3)', () => {
	it('is static files, served by the project that references it: one sentence, the same from every folder', async () => {
		const copy = await copyRepository();
		const sentence = 'it is a Blazor WebAssembly app: its output is static files (HTML, JavaScript and .wasm) that run in the browser, not a process to start in a container; src/Catalog.Api/Catalog.Api.csproj references it and serves them: containerise that one.';
		for (const [cwd, project] of [[copy, 'src/Client/Client.csproj'], [path.join(copy, 'src/Client'), '.'], [path.join(copy, 'src/Worker'), '../Client']] as const) {
			const {exitCode, stderr} = await runCli([...xml, '--project', project], {cwd});
			expect(exitCode, cwd).toBe(2);
			expect(stderr.trim().endsWith(sentence), stderr).toBe(true);
		}
	});
});

describe('the .dockerignore at the context', () => {
	it('keeps every entry of the person\'s own after --write --force, and adds ours once, marked', async () => {
		const copy = await copyRepository();
		const theirs = ['# our own', 'secrets/', '!src/Worker/bin/keep.txt', '*.local'];
		await writeFile(path.join(copy, '.dockerignore'), `${theirs.join('\n')}\n`);
		const refused = await runCli([...xml, '--all', '--write'], {cwd: copy});
		expect(refused.exitCode).toBe(1);
		expect(refused.stderr).toContain('.dockerignore already exist');
		for (const run of [1, 2]) {
			const {exitCode, stderr} = await runCli([...xml, '--all', '--write', '--force'], {cwd: copy});
			expect(exitCode, `run ${run}: ${stderr}`).toBe(0);
		}
		const merged = await readFile(path.join(copy, '.dockerignore'), 'utf8');
		const lines = merged.split('\n');
		for (const entry of theirs) expect(lines).toContain(entry);
		expect(lines.filter(line => line === '**/bin/')).toHaveLength(1);
		expect(lines.filter(line => line.startsWith('# >>> dotnet-image-wizard'))).toHaveLength(1);
		// The person's lines come after ours: their "!" exception still wins.
		expect(lines.indexOf('!src/Worker/bin/keep.txt')).toBeGreaterThan(lines.indexOf('**/bin/'));
	});
});

describe('a solution that names a project outside its repository (defect 5)', () => {
	it('leaves the project out with why, and writes nothing outside the repository', async () => {
		const top = await mkdtemp(path.join(os.tmpdir(), 'diw-evil-'));
		copies.push(top);
		const repo = path.join(top, 'repo');
		await mkdir(path.join(repo, '.git'), {recursive: true});
		await mkdir(path.join(top, 'Evil'));
		await writeFile(path.join(top, 'Evil', 'Evil.csproj'), '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n');
		await mkdir(path.join(repo, 'Lib'));
		await writeFile(path.join(repo, 'Lib', 'Lib.csproj'), '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n');
		await writeFile(path.join(repo, 'Repo.sln'), [
			'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Evil", "..\\Evil\\Evil.csproj", "{11111111-1111-1111-1111-111111111111}"',
			'EndProject',
			'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Lib", "Lib\\Lib.csproj", "{22222222-2222-2222-2222-222222222222}"',
			'EndProject',
			'',
		].join('\r\n'));
		for (const args of [['--write', '--force'], ['--all', '--write', '--force'], ['--project', 'Repo.sln', '--write', '--force']]) {
			const {exitCode, stderr} = await runCli([...xml, ...args], {cwd: repo});
			expect(exitCode, args.join(' ')).toBe(2);
			expect(stderr, args.join(' ')).toContain('../Evil/Evil.csproj is outside the repository ., so no file is written for it');
			for (const name of ['Dockerfile', '.dockerignore', 'zerops.yml', 'container.props']) expect(existsSync(path.join(top, 'Evil', name)), name).toBe(false);
			expect(existsSync(path.join(top, '.dockerignore'))).toBe(false);
		}
	});
});

describe('the files that describe every app', () => {
	it('--all --write --output compose,github-actions: one compose.yaml with a service per app, one workflow over the apps', async () => {
		const copy = await copyRepository();
		const {exitCode, stderr} = await runCli([...xml, '--all', '--write', '--output', 'dockerfile,dockerignore,compose,github-actions'], {cwd: copy});
		expect(exitCode, stderr).toBe(0);
		expect(stderr).toContain('writing compose.yaml (every app)');
		const {parse} = await import('yaml');
		const composeText = await readFile(path.join(copy, 'compose.yaml'), 'utf8');
		const {$schema: _draft, ...composeSchema} = JSON.parse(readFileSync(path.join(root, 'test/fixtures/compose-spec.json'), 'utf8')) as Record<string, unknown>;
		const {Ajv} = await import('ajv');
		const validateCompose = new Ajv({strict: false, allErrors: true}).compile(composeSchema);
		expect(validateCompose(parse(composeText)), JSON.stringify(validateCompose.errors)).toBe(true);
		const compose = parse(composeText) as {services: Record<string, {build: {context: string; dockerfile: string}; ports?: string[]; healthcheck?: {test: string[]}}>};
		expect(Object.keys(compose.services)).toHaveLength(3);
		const builds = Object.values(compose.services).map(service => service.build.dockerfile).sort();
		expect(builds).toEqual(['src/Catalog.Api/Dockerfile', 'src/Orders.Api/Dockerfile', 'src/Worker/Dockerfile']);
		for (const service of Object.values(compose.services)) expect(service.build.context).toBe('.');
		// Both web apps publish a port of their own and carry the shell-less health probe their Dockerfiles build.
		const web = Object.values(compose.services).filter(service => service.healthcheck);
		expect(web).toHaveLength(2);
		expect(new Set(web.flatMap(service => service.ports ?? [])).size).toBe(2);
		for (const app of ['src/Catalog.Api', 'src/Orders.Api']) expect(await readFile(path.join(copy, app, 'Dockerfile'), 'utf8')).toContain('/healthcheck');
		expect(await readFile(path.join(copy, 'src/Worker/Dockerfile'), 'utf8')).not.toContain('/healthcheck');
		// One workflow at the repository root, naming every app's Dockerfile from there.
		const workflow = await readFile(path.join(copy, '.github/workflows/container.yml'), 'utf8');
		for (const app of apps) expect(workflow).toContain(`${app}/Dockerfile`);
		expect(existsSync(path.join(copy, 'src/Orders.Api/compose.yaml'))).toBe(false);
	});
});
