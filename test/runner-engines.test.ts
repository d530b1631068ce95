import {readFile, writeFile} from 'node:fs/promises';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {atLeast} from '../source/runner/engines/version.js';
import {msbuildList, msbuildValue} from '../source/runner/engines/sdk.js';
import {checkDockerfile} from '../source/runner/preflight.js';
import {parseBaseRegistry} from '../source/runner/base-registry.js';
import {fixture, runCli} from './cli-run.js';
import {calls, fakeBin} from './fixtures/fake-bin/install.js';
import {scratchFolder} from './support/scratch-folder.js';

// The recording dotnet cannot evaluate projects: these runs read them with the XML reader.
const project = ['--project', fixture('web-api'), '--detect', 'xml'];
/** The line a failure ends with (notes about the project may come before it). */
const lastLine = (text: string) => text.trim().split('\n').at(-1);
const containerEnvironment = {STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot'};

describe.each(['buildah', 'podman'] as const)('--build --engine %s (a recording executable)', engine => {
	const layers = engine === 'buildah' ? '--layers ' : '';
	it('builds one platform with the Dockerfile its version accepts, in the storage the environment names', async () => {
		const fake = await fakeBin([engine]);
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--arch', 'amd64', '--build', '--engine', engine], {env: {...fake.env, ...containerEnvironment}});
		expect(stderr).toContain(`built webapi:latest for linux/amd64 in`);
		expect(stderr).toContain(`kept in ${engine}'s local storage`);
		expect(exitCode).toBe(0);
		// On vfs every cached layer is a full copy: buildah builds without --layers there, and says why.
		if (engine === 'buildah') expect(stderr).toContain('note: no --layers on vfs storage: each cached layer would be a full copy of the file system, slower than restoring again from the NuGet cache mount.');
		const made = await calls(fake.log);
		expect(made.map(call => call.args.filter(arg => !arg.startsWith('/')).join(' '))).toEqual([
			'--version',
			'--storage-driver vfs info',
			'--storage-driver vfs build --isolation chroot --platform linux/amd64 --tag webapi:latest --file --ignorefile .',
		]);
		const build = made.at(-1)!;
		expect(build.cwd).toBe(fixture('web-api'));
		// buildah 1.28 and podman 4.3 refuse COPY --link: the Dockerfile they get has none.
		expect(build.dockerfile).toMatch(/^COPY WebApi\.csproj \.$/m);
		expect(build.dockerfile).not.toContain('--link');
		const file = build.args[build.args.indexOf('--file') + 1]!;
		expect(build.args[build.args.indexOf('--ignorefile') + 1]).toBe(`${file}.dockerignore`);
	});

	it('gives a version that accepts it COPY --link', async () => {
		const fake = await fakeBin([engine]);
		const version = engine === 'buildah' ? '1.41.0' : '5.6.0';
		const {exitCode} = await runCli(['--yes', ...project, '--arch', 'amd64', '--build', '--engine', engine], {env: {...fake.env, FAKE_CONTAINERS_VERSION: version}});
		expect(exitCode).toBe(0);
		const build = (await calls(fake.log)).at(-1)!;
		expect(build.args.slice(0, 1)).toEqual(['build']);
		expect(build.dockerfile).toContain('COPY --link --from=build /app .');
	});

	it('builds several platforms into a manifest list and pushes all of it, with --tls-verify=false only when asked', async () => {
		const fake = await fakeBin([engine]);
		const image = 'registry.example.com/team/webapi:2.0';
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--build', '--push', '--engine', engine, '--image', image], {env: fake.env});
		expect(stderr).toContain('no emulation needed for linux/arm64');
		// A pushed image: what this version can attach (no provenance; an SBOM from buildah 1.31 / podman 4.6).
		const version = engine === 'buildah' ? '1.28.2' : '4.3.1';
		expect(stderr).toContain(`note: ${engine} ${version} makes no SBOM (build --sbom came with ${engine} ${engine === 'buildah' ? '1.31.0' : '4.6.0'}), and ${engine} makes no provenance attestation: build with --engine docker for both.`);
		// buildah caches layers only with --layers (podman by default): off vfs storage it is passed.
		expect(stderr).toContain(`$ ${engine} manifest rm ${image}; ${engine} build ${layers}--platform linux/amd64,linux/arm64 --manifest ${image}`);
		expect(exitCode).toBe(0);
		const made = (await calls(fake.log)).slice(2).map(call => call.args.filter(arg => !arg.startsWith('/')).join(' '));
		expect(made).toEqual([
			`manifest rm ${image}`,
			`build ${layers}--platform linux/amd64,linux/arm64 --manifest ${image} --file --ignorefile .`,
			`manifest push --all ${image} docker://${image}`,
		]);
		const insecure = await fakeBin([engine]);
		await runCli(['--yes', ...project, '--build', '--push', '--insecure', '--engine', engine, '--image', image], {env: insecure.env});
		expect((await calls(insecure.log)).at(-1)!.args).toEqual(['manifest', 'push', '--all', '--tls-verify=false', image, `docker://${image}`]);
	});

	it('writes an OCI archive of one platform or of the list', async () => {
		const fake = await fakeBin([engine]);
		const archive = path.join(fake.bin, 'webapi.oci.tar');
		expect((await runCli(['--yes', ...project, '--arch', 'arm64', '--build', '--oci', archive, '--engine', engine], {env: fake.env})).exitCode).toBe(0);
		expect((await calls(fake.log)).at(-1)!.args).toEqual(['push', 'webapi:latest', `oci-archive:${archive}`]);
		const list = await fakeBin([engine]);
		expect((await runCli(['--yes', ...project, '--build', '--oci', archive, '--engine', engine], {env: list.env})).exitCode).toBe(0);
		expect((await calls(list.log)).at(-1)!.args).toEqual(['manifest', 'push', '--all', 'webapi:latest', `oci-archive:${archive}`]);
	});

	it('refuses Native AOT under emulation before anything runs, naming the native ways', async () => {
		const fake = await fakeBin([engine]);
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--arch', 'arm64', '--os', 'alpine', '--deploy', 'aot', '--build', '--engine', engine], {env: fake.env});
		expect(exitCode).toBe(1);
		expect(lastLine(stderr)).toMatch(/^dotnet-image-wizard: Native AOT on Alpine cannot cross-compile, and \.NET does not support it under QEMU emulation: linux\/arm64 would be emulated on this machine\. Build linux\/arm64 natively instead: .*native CI runners \(--output github-actions or gitlab-ci\)/);
		expect((await calls(fake.log)).map(call => call.args[0])).not.toContain('build');
	});

	it('says what is wrong with the storage, and that the engine is missing', async () => {
		const fake = await fakeBin([engine]);
		const storage = await runCli(['--yes', ...project, '--arch', 'amd64', '--build', '--engine', engine], {env: {...fake.env, FAKE_CONTAINERS: 'no-storage'}});
		expect(storage.exitCode).toBe(1);
		expect(lastLine(storage.stderr)).toBe(`dotnet-image-wizard: ${engine} info failed (Error: kernel does not support overlay fs: 'overlay' is not supported over extfs at "/var/lib/containers/storage/overlay"): check its storage configuration, e.g. STORAGE_DRIVER=vfs where overlay is not available.`);
		// What Debian's podman said here when its database was made without STORAGE_DRIVER=vfs.
		const mismatch = await runCli(['--yes', ...project, '--arch', 'amd64', '--build', '--engine', engine], {env: {...fake.env, ...containerEnvironment, FAKE_CONTAINERS: 'driver-mismatch'}});
		expect(lastLine(mismatch.stderr)).toBe(`dotnet-image-wizard: ${engine}'s database was made with another storage driver than this run's (Error: database storage graph driver "" does not match our storage graph driver "vfs": database configuration mismatch): build with the STORAGE_DRIVER it was made with, or start afresh with "${engine} system reset" (it removes every image and container).`);
		const none = await fakeBin([]);
		const missing = await runCli(['--yes', ...project, '--arch', 'amd64', '--build', '--engine', engine], {env: {...none.env, PATH: none.bin}});
		expect(missing.exitCode).toBe(1);
		expect(missing.stderr).toContain(`dotnet-image-wizard: ${engine} is not installed: install it from your distribution's packages`);
	});
});

describe('choosing the engine', () => {
	it('takes the first that runs when none is named, and says why', async () => {
		const fake = await fakeBin(['docker', 'podman', 'buildah']);
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--arch', 'amd64', '--build'], {env: {...fake.env, PATH: fake.bin, FAKE_DOCKER: 'no-daemon'}});
		expect(stderr).toContain('note: building with podman (docker\'s daemon does not answer); --engine picks another.');
		expect(exitCode).toBe(0);
		expect((await calls(fake.log)).filter(call => call.program !== 'docker').every(call => call.program === 'podman')).toBe(true);
		const bare = await fakeBin(['buildah']);
		const only = await runCli(['--yes', ...project, '--arch', 'amd64', '--dry-run'], {env: {...bare.env, PATH: bare.bin, TMPDIR: bare.bin}});
		expect(only.stderr).toContain('note: building with buildah (docker is not installed, podman is not installed)');
		expect(only.stdout).toMatch(/^\(cd \. && buildah build --layers --platform linux\/amd64 --tag webapi:latest --file \S+\/Dockerfile --ignorefile \S+\/Dockerfile\.dockerignore \.\)$/m);
		const none = await fakeBin([]);
		const nothing = await runCli(['--yes', ...project, '--build'], {env: {...none.env, PATH: none.bin}});
		expect(nothing.exitCode).toBe(1);
		expect(lastLine(nothing.stderr)).toBe('dotnet-image-wizard: no build engine found: install Docker with buildx, podman, buildah or the .NET SDK, or leave out --build to only generate the files.');
	});

	it('keeps the old --builder docker|sdk for one release, with a note', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--builder', 'sdk', '--arch', 'arm64', '--build'], {env: fake.env});
		expect(exitCode).toBe(0);
		expect(stderr).toContain('note: --builder sdk is now --engine sdk; --builder will name a buildx builder instance in the next release.');
		expect((await calls(fake.log)).at(-1)!.program).toBe('dotnet');
	});

	it('passes any other --builder to buildx as its builder instance, and refuses it with another engine', async () => {
		const fake = await fakeBin();
		const {exitCode} = await runCli(['--yes', ...project, '--builder', 'ci-builder', '--arch', 'amd64', '--build'], {env: fake.env});
		expect(exitCode).toBe(0);
		const made = await calls(fake.log);
		expect(made.find(call => call.args[1] === 'inspect')!.args).toEqual(['buildx', 'inspect', 'ci-builder']);
		expect(made.at(-1)!.args.slice(0, 4)).toEqual(['buildx', 'build', '--builder', 'ci-builder']);
		const wrong = await runCli(['--yes', ...project, '--builder', 'ci-builder', '--engine', 'podman', '--build'], {env: fake.env});
		expect(wrong.exitCode).toBe(2);
		expect(lastLine(wrong.stderr)).toBe('dotnet-image-wizard: --builder names a docker buildx builder instance: it goes with --engine docker, not podman.');
		const unknown = await runCli(['--yes', ...project, '--engine', 'kaniko', '--build'], {env: fake.env});
		expect(unknown.exitCode).toBe(2);
		expect(lastLine(unknown.stderr)).toBe('dotnet-image-wizard: --engine: "kaniko" is not a build engine (accepted: docker, podman, buildah, sdk).');
	});
});

describe('--write with --engine', () => {
	it('ends with the build command of the engine named', async () => {
		const directory = await scratchFolder('diw-write-');
		await writeFile(path.join(directory, 'WebApi.csproj'), await readFile(path.join(fixture('web-api'), 'WebApi.csproj')));
		const podman = await runCli(['--yes', '--detect', 'xml', '--write', '--engine', 'podman'], {cwd: directory});
		expect(podman.exitCode).toBe(0);
		expect(podman.stdout.trim().split('\n').at(-1)).toBe('Build: podman manifest rm webapi:latest; podman build --platform linux/amd64,linux/arm64 --manifest webapi:latest .');
		const sdk = await runCli(['--yes', '--detect', 'xml', '--write', '--force', '--engine', 'sdk', '--arch', 'arm64'], {cwd: directory});
		expect(sdk.stdout.trim().split('\n').at(-1)).toBe('Build: dotnet publish WebApi.csproj -c Release /t:PublishContainer -a arm64 -p:ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled -p:ContainerRepository=webapi -p:InvariantGlobalization=true -p:ContainerImageTag=latest');
	});
});

describe('--engine sdk and the project', () => {
	it('publishes the chosen framework of a multi-targeted project', async () => {
		const {stdout} = await runCli(['--yes', '--detect', 'xml', '--project', fixture('multi-target'), '--engine', 'sdk', '--arch', 'amd64', '--dry-run']);
		expect(stdout).toContain('dotnet publish Shop.csproj -f net10.0 -c Release /t:PublishContainer -a x64 ');
	});
});

describe('dialects and versions', () => {
	it('compares versions as printed', () => {
		expect(atLeast('1.28.2', '1.41.0')).toBe(false);
		expect(atLeast('1.41.0', '1.41.0')).toBe(true);
		expect(atLeast('5.10.1', '5.6.0')).toBe(true);
		expect(atLeast('10.0.401', '9.0.102')).toBe(true);
	});

	it('stops a written Dockerfile with COPY --link before an engine that refuses it', () => {
		expect(() => checkDockerfile('FROM x AS build\nCOPY --link . .\n', {copyLink: false}, 'buildah', '1.28.2'))
			.toThrow('the Dockerfile uses COPY --link, which buildah 1.28.2 refuses (it arrived in buildah 1.41 and podman 5.6): remove --link from its COPY lines, or regenerate it with --write --force.');
		expect(() => checkDockerfile('COPY --from=build --link /app .\n', {copyLink: false}, 'podman', '4.9.3')).toThrow(/podman 4\.9\.3 refuses/);
		expect(() => checkDockerfile('COPY . .\n', {copyLink: false}, 'buildah', '1.28.2')).not.toThrow();
		expect(() => checkDockerfile('COPY --link . .\n', {copyLink: true}, 'buildah', '1.41.0')).not.toThrow();
	});
});

describe('MSBuild values on the command line', () => {
	it('escapes what MSBuild would split or expand, and quotes lists so they split into items', () => {
		expect(msbuildValue('ContainerImageTag', '1.0')).toBe('1.0');
		expect(msbuildValue('ContainerRepository', 'a;b,c')).toBe('a%3Bb%2Cc');
		expect(msbuildValue('X', '$(Secret)@(Items)%41\'"*?')).toBe('%24(Secret)%40(Items)%2541%27%22%2A%3F');
		expect(msbuildList('RuntimeIdentifiers', ['linux-x64', 'linux-arm64'])).toBe('"linux-x64;linux-arm64"');
		expect(() => msbuildValue('ContainerImageTag', 'a\nb')).toThrow('ContainerImageTag: the value has a control character');
	});
});

describe('--base-registry', () => {
	it('accepts HOST[:PORT][/PATH] and refuses a scheme or an image', () => {
		expect(parseBaseRegistry('registry.example.com:5000/mcr/')).toBe('registry.example.com:5000/mcr');
		expect(parseBaseRegistry('localhost:5000')).toBe('localhost:5000');
		expect(() => parseBaseRegistry('https://registry.example.com')).toThrow('has a scheme');
		expect(() => parseBaseRegistry('registry.example.com/Mirror')).toThrow('is not a registry like');
		expect(() => parseBaseRegistry('registry.example.com/dotnet/aspnet:10.0')).toThrow('is not a registry like');
	});

	it('points the generated files and the build at the mirror', async () => {
		const fake = await fakeBin();
		const files = await runCli(['--yes', ...project, '--base-registry', 'registry.example.com/mcr', '--output', 'dockerfile,csproj']);
		expect(files.stdout).toContain('FROM --platform=$BUILDPLATFORM registry.example.com/mcr/dotnet/sdk:10.0-noble AS build');
		expect(files.stdout).toContain('FROM registry.example.com/mcr/dotnet/aspnet:10.0-noble-chiseled');
		expect(files.stdout).toContain('<ContainerBaseImage>registry.example.com/mcr/dotnet/aspnet:10.0-noble-chiseled</ContainerBaseImage>');
		const json = JSON.parse((await runCli(['--yes', ...project, '--base-registry', 'registry.example.com/mcr', '--json'])).stdout) as {runtime: {reference: string}};
		expect(json.runtime.reference).toBe('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		const dry = await runCli(['--yes', ...project, '--base-registry', 'registry.example.com/mcr', '--engine', 'sdk', '--arch', 'amd64', '--dry-run'], {env: fake.env});
		expect(dry.stdout).toContain('-p:ContainerBaseImage=registry.example.com/mcr/dotnet/aspnet:10.0-noble-chiseled');
		const bad = await runCli(['--yes', ...project, '--base-registry', 'http://mirror', '--output', 'dockerfile']);
		expect(bad.exitCode).toBe(2);
		expect(bad.stdout).toBe('');
	});
});

/** A registry of the test's own on 127.0.0.1, plain HTTP, holding aspnet:10.0-noble-chiseled under each mirror path with the platforms given. */
function fakeRegistry(mirrors: Record<string, string[]>) {
	const server = http.createServer((request, response) => {
		if (request.url === '/v2/') return response.writeHead(200, {'Content-Type': 'application/json'}).end('{}');
		const mirror = /^\/v2\/(\w+)\/dotnet\/aspnet\/manifests\/10\.0-noble-chiseled$/.exec(request.url ?? '')?.[1];
		const platforms = mirror === undefined ? undefined : mirrors[mirror];
		if (platforms) {
			const manifests = platforms.map(platform => {
				const [os, architecture, variant] = platform.split('/');
				return {mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'0'.repeat(64)}`, size: 1, platform: {os, architecture, ...(variant ? {variant} : {})}};
			});
			return response.writeHead(200, {'Content-Type': 'application/vnd.oci.image.index.v1+json'}).end(JSON.stringify({schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests}));
		}
		return response.writeHead(404, {'Content-Type': 'application/json'}).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
	});
	return {
		start: async () => new Promise<string>(resolve => {
			server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`));
		}),
		stop: async () => new Promise<void>(resolve => {
			server.close(() => resolve());
		}),
	};
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
	const server = http.createServer();
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const {port} = server.address() as AddressInfo;
	await new Promise(resolve => server.close(resolve));
	return port;
}

describe('SDK preflight against registries (a recording dotnet, a registry of the test\'s own)', () => {
	const registry = fakeRegistry({mcr: ['linux/amd64'], official: ['linux/amd64', 'linux/arm64/v8', 'linux/arm']});
	let host = '';
	beforeAll(async () => {
		host = await registry.start();
	});
	afterAll(async () => registry.stop());

	it('says a registry that answers only plain HTTP needs --insecure, and one that is down cannot be reached', async () => {
		const fake = await fakeBin();
		const plain = await runCli(['--yes', ...project, '--engine', 'sdk', '--arch', 'amd64', '--build', '--push', '--image', `${host}/webapi:1`], {env: fake.env});
		expect(plain.exitCode).toBe(1);
		expect(lastLine(plain.stderr)).toBe(`dotnet-image-wizard: the registry ${host} answers only plain HTTP, which the SDK refuses unless told: pass --insecure (it sets DOTNET_CONTAINER_INSECURE_REGISTRIES), or serve it over HTTPS.`);
		const closed = await closedPort();
		const down = await runCli(['--yes', ...project, '--engine', 'sdk', '--arch', 'amd64', '--build', '--push', '--image', `127.0.0.1:${closed}/webapi:1`], {env: fake.env});
		expect(down.exitCode).toBe(1);
		expect(lastLine(down.stderr)).toBe(`dotnet-image-wizard: cannot reach the registry 127.0.0.1:${closed} (ECONNREFUSED): check that it runs and that the name and port are right.`);
		expect((await calls(fake.log)).map(call => call.args[0])).not.toContain('publish');
	});

	it('tells the SDK which registries speak plain HTTP with --insecure', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--engine', 'sdk', '--arch', 'amd64', '--build', '--push', '--insecure', '--image', `${host}/webapi:1`], {env: fake.env});
		expect(stderr).toContain(`$ DOTNET_CONTAINER_INSECURE_REGISTRIES=${host} dotnet publish`);
		expect(exitCode).toBe(0);
		expect((await calls(fake.log)).at(-1)!.args).toContain(`-p:ContainerRegistry=${host}`);
	});

	it('finds a base image the mirror lacks for a platform before the build starts', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--engine', 'sdk', '--build', '--oci', path.join(fake.bin, 'a.tar'), '--insecure', '--base-registry', `${host}/mcr`], {env: fake.env});
		expect(exitCode).toBe(1);
		expect(lastLine(stderr)).toBe(`dotnet-image-wizard: the base image ${host}/mcr/dotnet/aspnet:10.0-noble-chiseled has no linux/arm64 image (it has linux/amd64): mirror every platform of mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled, or leave that architecture out of --arch.`);
		const absent = await runCli(['--yes', ...project, '--engine', 'sdk', '--build', '--oci', path.join(fake.bin, 'a.tar'), '--insecure', '--base-registry', `${host}/other`], {env: fake.env});
		expect(lastLine(absent.stderr)).toBe(`dotnet-image-wizard: the base image ${host}/other/dotnet/aspnet:10.0-noble-chiseled is not in ${host}: mirror mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled there, or leave out --base-registry.`);
		expect((await calls(fake.log)).map(call => call.args[0])).not.toContain('publish');
		const single = await runCli(['--yes', ...project, '--engine', 'sdk', '--arch', 'amd64', '--build', '--oci', path.join(fake.bin, 'a.tar'), '--insecure', '--base-registry', `${host}/mcr`], {env: fake.env});
		expect(single.exitCode).toBe(0);
		// The official indexes say arm64/v8, and arm without its implied v7.
		const variants = await runCli(['--yes', ...project, '--engine', 'sdk', '--arch', 'amd64,arm64,arm', '--build', '--oci', path.join(fake.bin, 'a.tar'), '--insecure', '--base-registry', `${host}/official`], {env: fake.env});
		expect(variants.stderr).toContain('built webapi:latest for linux/amd64, linux/arm64, linux/arm/v7');
	});

	it('refuses Native AOT for Alpine on this glibc machine, where the SDK would link the wrong C library', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--engine', 'sdk', '--os', 'alpine', '--deploy', 'aot', '--arch', 'amd64', '--build', '--oci', path.join(fake.bin, 'a.tar')], {env: fake.env});
		expect(exitCode).toBe(1);
		expect(lastLine(stderr)).toBe('dotnet-image-wizard: Native AOT for Alpine (musl) cannot be published by the SDK on this glibc machine, since it links with the machine\'s C library: use --engine docker, podman or buildah (the Dockerfile compiles in the matching sdk image), or --os ubuntu.');
		expect((await calls(fake.log)).map(call => call.args[0])).not.toContain('publish');
	});

	it('refuses a multi-platform publish on an SDK from before ContainerRuntimeIdentifiers', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--dotnet', '8.0', '--engine', 'sdk', '--build', '--oci', path.join(fake.bin, 'a.tar')], {env: {...fake.env, FAKE_DOTNET_VERSION: '8.0.404'}});
		expect(exitCode).toBe(1);
		expect(stderr.trim().split('\n').at(-1)).toBe('dotnet-image-wizard: the installed .NET SDK 8.0.404 cannot publish a multi-platform image (ContainerRuntimeIdentifiers needs SDK 8.0.405, 9.0.102 or later): update the SDK, or build one --arch at a time.');
		const newer = await runCli(['--yes', ...project, '--dotnet', '8.0', '--engine', 'sdk', '--build', '--oci', path.join(fake.bin, 'a.tar')], {env: {...fake.env, FAKE_DOTNET_VERSION: '8.0.405'}});
		expect(newer.exitCode).toBe(0);
	});
});
