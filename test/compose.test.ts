import {readFileSync} from 'node:fs';
import {cp, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {Ajv} from 'ajv';
import {DockerfileParser} from 'dockerfile-ast';
import {validate as validateDockerfile} from 'dockerfile-utils';
import {execa} from 'execa';
import {parse as parseYaml} from 'yaml';
import {afterAll, describe, expect, it} from 'vitest';
import {recommend, type Recommendation} from '../source/engine/recommend.js';
import {makeProject} from '../source/project/project.js';
import {renderCompose, type ComposeApp} from '../source/render/compose.js';
import {renderDockerfile} from '../source/render/dockerfile.js';
import {generateFiles, parseFileKinds} from '../source/render/files.js';
import {outputsInUse} from '../source/session/planned-files.js';
import {allAnswers, recommendationFor, today} from './answers.js';
import {fixture, runCli} from './cli-run.js';
import {missingTools} from './support/requirements.js';

// The Compose specification's schema (compose-spec/compose-spec, schema/compose-spec.json at
// 170098ba, Apache-2.0), copied as the shared SOURCE says; its "$schema" names draft-07 without "#".
const {$schema: _draft, ...composeSchema} = JSON.parse(readFileSync(new URL('fixtures/compose-spec.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const validateCompose = new Ajv({strict: false, allErrors: true}).compile(composeSchema);

function expectValidCompose(text: string): Record<string, any> {
	const document = parseYaml(text) as Record<string, any>;
	expect(validateCompose(document), `${JSON.stringify(validateCompose.errors, null, 2)}\n${text}`).toBe(true);
	return document;
}

const project = makeProject({name: 'Shop.Api', projectFile: 'src/Shop.Api/Shop.Api.csproj', restoreFiles: ['src/Shop.Api/Shop.Api.csproj']});
const composeOnly = {kinds: parseFileKinds('dockerfile,compose').kinds, explicit: true};

const threeApps: ComposeApp[] = [
	{service: 'catalog', context: '.', dockerfile: 'src/Catalog/Dockerfile', image: 'catalog', kind: 'web', port: 8080, user: '1654', healthcheck: ['dotnet', '/healthcheck/healthcheck.dll', 'http://127.0.0.1:8080/']},
	{service: 'ordering', context: '.', dockerfile: 'src/Ordering/Dockerfile', image: 'registry.example.com/shop/ordering:1.0', kind: 'web', port: 8080, user: '1654', healthcheck: ['/healthcheck/healthcheck', 'http://127.0.0.1:8080/']},
	{service: 'mailer', context: '.', dockerfile: 'src/Mailer/Dockerfile', image: 'mailer', kind: 'console', user: '1654'},
];

describe('compose.yaml over a list of apps', () => {
	it('is valid against the Compose specification: a service per app, built from its Dockerfile, non-root, read-only', () => {
		const compose = expectValidCompose(renderCompose(threeApps));
		expect(Object.keys(compose.services)).toEqual(['catalog', 'ordering', 'mailer']);
		expect(compose.services.ordering).toMatchObject({
			build: {context: '.', dockerfile: 'src/Ordering/Dockerfile'},
			image: 'registry.example.com/shop/ordering:1.0',
			user: '1654',
			read_only: true,
			tmpfs: ['/tmp'],
			environment: {ASPNETCORE_ENVIRONMENT: 'Production', ASPNETCORE_HTTP_PORTS: '8080'},
		});
	});

	it('publishes each web app on its own host port, even when every app listens on 8080 inside', () => {
		const compose = expectValidCompose(renderCompose(threeApps));
		expect(compose.services.catalog.ports).toEqual(['8080:8080']);
		expect(compose.services.ordering.ports).toEqual(['8081:8080']);
		// A worker publishes nothing and has no HTTP to check.
		expect(compose.services.mailer.ports).toBeUndefined();
		expect(compose.services.mailer.healthcheck).toBeUndefined();
		expect(compose.services.mailer.environment).toEqual({DOTNET_ENVIRONMENT: 'Production'});
		// Ports are quoted: a YAML 1.1 reader takes an unquoted 80:80 for a base-60 number.
		expect(renderCompose(threeApps)).toContain('- "8081:8080"');
	});

	it('runs the health check in exec form (CMD), never through a shell the image lacks', () => {
		const compose = expectValidCompose(renderCompose(threeApps));
		expect(compose.services.catalog.healthcheck.test).toEqual(['CMD', 'dotnet', '/healthcheck/healthcheck.dll', 'http://127.0.0.1:8080/']);
		expect(compose.services.ordering.healthcheck.test).toEqual(['CMD', '/healthcheck/healthcheck', 'http://127.0.0.1:8080/']);
		expect(renderCompose(threeApps)).not.toMatch(/CMD-SHELL|\/bin\/sh/);
	});

	it('refuses values that are not a service name, an image reference or a relative path, in one line', () => {
		const [app] = threeApps as [ComposeApp];
		expect(() => renderCompose([])).toThrow(/no app/);
		expect(() => renderCompose([{...app, service: 'Bad Name'}])).toThrow(/not a service name/);
		expect(() => renderCompose([app, {...app}])).toThrow(/two apps would be the service "catalog"/);
		expect(() => renderCompose([{...app, image: 'Not An Image'}])).toThrow(/not an image reference/);
		expect(() => renderCompose([{...app, context: '/etc'}])).toThrow(/must be a relative path/);
		expect(() => renderCompose([{...app, dockerfile: 'src/$(reboot)/Dockerfile'}])).toThrow(/Dockerfile path/);
	});
});

describe('compose.yaml for the app of this run', () => {
	it('names the service after the app and asks the probe the Dockerfile built with it', () => {
		const {files} = generateFiles(recommendationFor({}), project, 'shop.api', composeOnly);
		const dockerfile = files.find(file => file.name === 'Dockerfile')!.content;
		const compose = expectValidCompose(files.find(file => file.name === 'compose.yaml')!.content);
		expect(compose.services['shop.api'].healthcheck.test).toEqual(['CMD', 'dotnet', '/healthcheck/healthcheck.dll', 'http://127.0.0.1:8080/']);
		expect(dockerfile).toContain('COPY --from=build /healthcheck /healthcheck\n');
		expect(dockerfile).toContain('dotnet publish -c Release -p:UseAppHost=false -o /healthcheck\n');
	});

	it('builds a probe with no dotnet host for self-contained and Native AOT apps (runtime-deps)', () => {
		for (const deploy of ['self-contained', 'aot'] as const) {
			const recommendation = recommendationFor({deploy});
			expect(recommendation.runtime.reference).toContain('/runtime-deps:');
			const {files} = generateFiles(recommendation, project, 'shop.api', composeOnly);
			const dockerfile = files.find(file => file.name === 'Dockerfile')!.content;
			const compose = expectValidCompose(files.find(file => file.name === 'compose.yaml')!.content);
			expect(compose.services['shop.api'].healthcheck.test, deploy).toEqual(['CMD', '/healthcheck/healthcheck', 'http://127.0.0.1:8080/']);
			expect(dockerfile, deploy).toContain(deploy === 'aot' ? '-a $TARGETARCH -p:PublishAot=true -o /healthcheck' : '-a $TARGETARCH --self-contained -p:PublishSingleFile=true -p:PublishTrimmed=true -o /healthcheck');
		}
	});

	it('publishes the project\'s own port and has the Dockerfile build no probe without compose.yaml', () => {
		const onPort = makeProject({name: 'Api', port: '5000'});
		const {files} = generateFiles(recommendationFor({}), onPort, 'api', composeOnly);
		const compose = expectValidCompose(files.find(file => file.name === 'compose.yaml')!.content);
		expect(compose.services.api.ports).toEqual(['5000:5000']);
		expect(compose.services.api.healthcheck.test.at(-1)).toBe('http://127.0.0.1:5000/');
		const alone = generateFiles(recommendationFor({}), onPort, 'api', parseFileKinds('dockerfile')).files[0]!.content;
		expect(alone).not.toContain('healthcheck');
		// --write alone writes the files it always wrote; compose.yaml when asked or with "all".
		expect(parseFileKinds(undefined).kinds).not.toContain('compose');
		expect(parseFileKinds('all').kinds).toContain('compose');
	});

	it('a worker gets a service with no port or health check, and its Dockerfile no probe', () => {
		const {files} = generateFiles(recommendationFor({app: 'console'}), makeProject({name: 'Mailer'}), 'mailer', composeOnly);
		const compose = expectValidCompose(files.find(file => file.name === 'compose.yaml')!.content);
		expect(compose.services.mailer).not.toHaveProperty('healthcheck');
		expect(compose.services.mailer).not.toHaveProperty('ports');
		expect(files[0]!.content).not.toContain('healthcheck');
	});

	it('the Dockerfile with the probe parses for every allowed web combination, the probe published like the app', () => {
		const web: Recommendation[] = allAnswers()
			.filter(answers => answers.app === 'web')
			.map(answers => recommend(answers, today))
			.flatMap(outcome => (outcome.ok ? [outcome.recommendation] : []));
		expect(web.length).toBeGreaterThan(500);
		for (const recommendation of web) {
			const label = JSON.stringify(recommendation.answers);
			const content = renderDockerfile(recommendation, project, 'shop.api', {healthProbe: true});
			expect(validateDockerfile(content).filter(diagnostic => diagnostic.severity === 1), `${label}\n${content}`).toEqual([]);
			const froms = DockerfileParser.parse(content).getFROMs();
			expect(froms, label).toHaveLength(2);
			expect(content.slice(content.lastIndexOf('\nFROM ')), label).toMatch(/^COPY (--link )?--from=build \/healthcheck \/healthcheck$/m);
			// Cross-compiling builds the probe for the target too; an emulated build needs no -a.
			expect(content.includes('-a $TARGETARCH -p:PublishAot=true -o /healthcheck') || content.includes('--self-contained -p:PublishSingleFile') || content.includes('-p:UseAppHost=false -o /healthcheck') || recommendation.buildMode === 'emulated', label).toBe(true);
		}
	});
});

describe('compose.yaml from the command line and the wizard', () => {
	const folders: string[] = [];
	afterAll(async () => Promise.all(folders.map(async folder => rm(folder, {recursive: true, force: true}))));

	it('--output compose prints it; --output names it in its list', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--output', 'compose']);
		expect(exitCode).toBe(0);
		expect(expectValidCompose(stdout).services.webapi.build).toEqual({context: '.', dockerfile: 'Dockerfile'});
		const help = await runCli(['--help']);
		expect(help.stdout).toContain('dockerfile, dockerignore, zerops, csproj, compose or all');
		const bad = await runCli(['--yes', '--output', 'composer']);
		expect(bad.exitCode).toBe(2);
		expect(bad.stderr.trim()).toBe('dotnet-image-wizard: --output: unknown file "composer" (accepted: dockerfile, dockerignore, zerops, csproj, compose, github-actions, gitlab-ci, renovate, dependabot, all).');
	});

	it('--write alone does not add compose.yaml; the wizard ticks it when the project already has a compose file', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'i19-compose-'));
		folders.push(folder);
		await cp(fixture('web-api'), folder, {recursive: true});
		expect((await runCli(['--yes', '--write'], {cwd: folder})).exitCode).toBe(0);
		expect(await readdir(folder)).not.toContain('compose.yaml');
		const session = {cwd: folder, contextDirectory: folder, located: {kind: 'found', file: path.join(folder, 'WebApi.csproj')}, config: undefined} as never;
		expect(await outputsInUse(session)).not.toContain('compose');
		await writeFile(path.join(folder, 'docker-compose.yml'), 'services: {}\n');
		expect(await outputsInUse(session)).toContain('compose');
	});

	const missing = missingTools(['podman-compose']);
	it.skipIf(missing !== '')(`podman-compose reads it: the build, the port, the user, read-only with a tmpfs /tmp${missing}`, async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'i19-compose-'));
		folders.push(folder);
		await cp(fixture('web-api'), folder, {recursive: true});
		expect((await runCli(['--yes', '--write', '--output', 'dockerfile,compose'], {cwd: folder})).exitCode).toBe(0);
		// --dry-run prints the podman commands without running them.
		const result = await execa('podman-compose', ['--dry-run', 'up', '--build'], {cwd: folder, reject: false, all: true, timeout: 60_000});
		const output = String(result.all);
		expect(result.exitCode, output).toBe(0);
		expect(output).toContain('podman build -t webapi -f ./Dockerfile .');
		const create = output.split('\n').find(line => line.startsWith('podman create '))!;
		for (const argument of ['--read-only', '--tmpfs /tmp', '-p 8080:8080', '-u 1654', '-e ASPNETCORE_HTTP_PORTS=8080', '/healthcheck/healthcheck.dll']) expect(create, output).toContain(argument);
	}, 120_000);
});

describe('the next steps after compose.yaml is written', () => {
	it('say how to build and start it with Compose, from the folder the user stands in', async () => {
		const {nextSteps} = await import('../source/session/next-steps.js');
		const session = {cwd: '/work/repo/src/Api', contextDirectory: '/work/repo', project, imageName: 'shop.api', located: {kind: 'found', file: '/work/repo/src/Api/Shop.Api.csproj'}} as never;
		const steps = nextSteps(recommendationFor({}), session, '/work/repo', ['/work/repo/compose.yaml']);
		expect(steps).toContainEqual({what: expect.stringMatching(/^Or build and start it with Compose/), command: 'cd ../.. && docker compose up --build'});
	});
});
