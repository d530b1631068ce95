import {describe, expect, it} from 'vitest';
import {DockerfileParser} from 'dockerfile-ast';
import {pinRecommendation} from '../source/engine/pin.js';
import {makeProject} from '../source/project/project.js';
import {renderDockerfile} from '../source/render/dockerfile.js';
import {recommendationFor} from './answers.js';

// What the Dockerfile says about restore, secrets and labels, decided by the engine's dialect and
// the project's values.
const project = makeProject({name: 'SampleApi', projectFile: 'SampleApi.csproj', version: '2.3.1', sourceUrl: 'https://github.com/example/sample'});
const digest = (character: string) => `sha256:${character.repeat(64)}`;

describe('the restore and publish steps', () => {
	it('mount the NuGet cache where the engine has RUN --mount, and restore plain where it has not', () => {
		const mounted = renderDockerfile(recommendationFor({arch: ['amd64']}), project, 'sampleapi');
		expect(mounted.match(/--mount=type=cache,id=nuget,target=\/root\/\.nuget\/packages/g)).toHaveLength(2);
		const plain = renderDockerfile(recommendationFor({arch: ['amd64']}), project, 'sampleapi', {dialect: {copyLink: false, runMounts: false}});
		expect(plain).toContain('RUN dotnet restore SampleApi.csproj -a $TARGETARCH -p:Configuration=Release\n');
		expect(plain).not.toContain('--mount');
		expect(plain).not.toContain('cache mount');
	});

	it('refuse a credentialed NuGet.config on an engine without RUN --mount, rather than copy it', () => {
		const secret = makeProject({name: 'SampleApi', projectFile: 'SampleApi.csproj', secretNugetConfig: 'NuGet.config'});
		expect(() => renderDockerfile(recommendationFor({arch: ['amd64']}), secret, 'sampleapi', {dialect: {copyLink: false, runMounts: false}}))
			.toThrow('NuGet.config holds feed credentials, which the build mounts as a secret with RUN --mount: this engine version has no RUN --mount (buildah 1.28 and podman 4.3 do): upgrade it, or build with --engine docker or sdk.');
	});
});

describe('OCI labels', () => {
	it('name the base image, its digest when pinned, and the project\'s repository and version', () => {
		const pinned = pinRecommendation(recommendationFor({arch: ['amd64']}), {registry: 'https://mcr.microsoft.com', problems: [], images: [
			{role: 'build', reference: '', digest: digest('a'), mediaType: '', platforms: [], others: []},
			{role: 'runtime', reference: '', digest: digest('b'), mediaType: '', platforms: [], others: []},
		]});
		const content = renderDockerfile(pinned, project, 'sampleapi');
		const labels = new Map<string, string>();
		for (const instruction of DockerfileParser.parse(content).getInstructions()) {
			if (instruction.getKeyword() !== 'LABEL') continue;
			for (const argument of instruction.getArguments()) {
				const [key, value] = argument.getValue().split('=');
				labels.set(key!, value!.replaceAll('"', ''));
			}
		}
		expect(Object.fromEntries(labels)).toEqual({
			'org.opencontainers.image.base.name': 'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled',
			'org.opencontainers.image.base.digest': digest('b'),
			'org.opencontainers.image.source': 'https://github.com/example/sample',
			'org.opencontainers.image.version': '2.3.1',
		});
		expect(content).toContain(`FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled@${digest('b')}\n`);
	});

	it('leave out a repository URL or version that a label could not carry safely', () => {
		const hostile = makeProject({name: 'SampleApi', projectFile: 'SampleApi.csproj', version: '1.0"\nRUN evil', sourceUrl: 'https://x.example/"a b'});
		const content = renderDockerfile(recommendationFor({arch: ['amd64']}), hostile, 'sampleapi');
		expect(content).not.toContain('evil');
		expect(content).not.toContain('org.opencontainers.image.source');
		expect(content).not.toContain('org.opencontainers.image.version');
	});
});
