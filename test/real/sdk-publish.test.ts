import {spawn} from 'node:child_process';
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {execa} from 'execa';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli, root} from '../cli-run.js';
import {startRegistry, type LoopbackRegistry} from '../support/registry.js';
import {missingTools} from '../support/requirements.js';
import {blobOf, configOf, elfMachine, layerFiles, manifestOf, platformName, tarFiles, type ImageConfig, type Manifest} from './sdk-oci.js';
import {buildah} from './buildah.js';
import {ensureStandIns} from './stand-ins.js';
import {freePort} from '../support/free-port.js';

// The exact argument arrays `--build --engine sdk` makes, run by the real .NET SDK against a real
// registry on loopback; the images read back, pulled with buildah and started.
const missing = missingTools(['dotnet', 'buildah', 'docker-registry']);
const vfs = ['--storage-driver', 'vfs'];

/** Runs the image's own Entrypoint as its User with buildah, on a free port; returns what / answers. */
async function startAndAsk(reference: string, config: ImageConfig): Promise<string> {
	const container = (await execa('buildah', [...vfs, 'from', '--tls-verify=false', '--quiet', `docker://${reference}`])).stdout.trim();
	const port = await freePort();
	const app = spawn('buildah', [...vfs, 'run', '--isolation', 'chroot', '--user', config.config.User!, '--env', `ASPNETCORE_HTTP_PORTS=${port}`,
		...(config.config.WorkingDir ? ['--workingdir', config.config.WorkingDir] : []), container, '--', ...config.config.Entrypoint!], {stdio: 'ignore', detached: true});
	try {
		const start = Date.now();
		for (;;) {
			try {
				const response = await fetch(`http://127.0.0.1:${port}/`, {signal: AbortSignal.timeout(2000)});
				return await response.text();
			} catch (error) {
				if (app.exitCode !== null || Date.now() - start > 60_000) throw new Error(`the app did not answer on ${port}: ${(error as Error).message}`);
				await new Promise(resolve => setTimeout(resolve, 250));
			}
		}
	} finally {
		try {
			process.kill(-app.pid!, 'SIGKILL');
		} catch {}
		await execa('buildah', [...vfs, 'rm', container], {reject: false});
		await execa('buildah', [...vfs, 'rmi', reference], {reject: false});
	}
}

/** What the generated Dockerfile's final stage says about the image, for the same answers. */
function finalStage(dockerfile: string): {from: string; expose: string[]; user?: string; workdir?: string; entrypoint: string[]} {
	const stage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
	return {
		from: /^FROM (\S+)/m.exec(stage)![1]!,
		expose: [...stage.matchAll(/^EXPOSE (\d+)/gm)].map(match => `${match[1]}/tcp`),
		...(/^USER (\S+)/m.exec(stage) ? {user: /^USER (\S+)/m.exec(stage)![1]!} : {}),
		...(/^WORKDIR (\S+)/m.exec(stage) ? {workdir: /^WORKDIR (\S+)/m.exec(stage)![1]!} : {}),
		entrypoint: JSON.parse(/^ENTRYPOINT (\[.*\])$/m.exec(stage)![1]!) as string[],
	};
}

/** Entrypoint arguments as absolute paths, so ["dotnet", "App.dll"] in /app and ["dotnet", "/app/App.dll"] compare equal. */
const resolved = (entrypoint: string[], workdir = '/') => entrypoint.map(argument => (/\.(dll|exe)$|^\.\//.test(argument) ? path.posix.resolve(workdir, argument) : argument));

describe.skipIf(missing !== '')(`dotnet publish /t:PublishContainer for real, against a loopback registry${missing}`, () => {
	let registry: LoopbackRegistry;
	let mirror = '';
	let project = '';
	const answers = ['--yes', '--dotnet', '10.0', '--app', 'web', '--deploy', 'framework', '--shell', 'no', '--os', 'ubuntu', '--globalization', 'invariant'];
	const sdkBuild = (...rest: string[]) => runCli([...answers, '--engine', 'sdk', '--build', '--insecure', '--base-registry', mirror, ...rest], {cwd: project, env: {DOTNET_CLI_TELEMETRY_OPTOUT: '1'}});

	beforeAll(async () => {
		registry = await startRegistry();
		mirror = `${registry.host}/mcr`;
		// The stand-in under the official name, copied into the registry as a company's mirror would hold it.
		await ensureStandIns();
		await buildah(['manifest', 'push', '--all', '--tls-verify=false', 'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled', `docker://${mirror}/dotnet/aspnet:10.0-noble-chiseled`]);
		project = await mkdtemp(path.join(os.tmpdir(), 'diw-sdk-'));
		await cp(path.join(root, 'examples', 'SampleApi'), project, {recursive: true});
	}, 900_000);

	afterAll(async () => {
		await registry?.stop();
		if (project) await rm(project, {recursive: true, force: true});
	});

	it('pushes one platform whose config is what the Dockerfile path gives, and the app answers', async () => {
		const image = `${registry.host}/sampleapi:one`;
		const {exitCode, stderr} = await sdkBuild('--arch', 'amd64', '--push', '--image', image);
		expect(stderr).toContain(`$ DOTNET_CONTAINER_INSECURE_REGISTRIES=${registry.host} dotnet publish SampleApi.csproj -c Release /t:PublishContainer -a x64 -p:ContainerBaseImage=${mirror}/dotnet/aspnet:10.0-noble-chiseled`);
		expect(stderr).toContain(`built ${image} for linux/amd64`);
		expect(exitCode).toBe(0);

		const manifest = await manifestOf(registry.host, 'sampleapi', 'one');
		expect(manifest.manifests).toBeUndefined();
		const config = await configOf(registry.host, 'sampleapi', manifest);
		expect(config.architecture).toBe('amd64');
		expect(config.config.Env).toContain('ASPNETCORE_HTTP_PORTS=8080');

		// The same answers through the Dockerfile: same base image, port, user and entrypoint.
		const dockerfile = finalStage((await runCli([...answers, '--arch', 'amd64', '--base-registry', mirror, '--output', 'dockerfile'], {cwd: project})).stdout);
		const base = await manifestOf(registry.host, 'mcr/dotnet/aspnet', '10.0-noble-chiseled');
		const baseConfig = await configOf(registry.host, 'mcr/dotnet/aspnet', await manifestOf(registry.host, 'mcr/dotnet/aspnet', base.manifests!.find(entry => entry.platform?.architecture === 'amd64')!.digest));
		expect(dockerfile.from).toBe(`${mirror}/dotnet/aspnet:10.0-noble-chiseled`);
		expect(config.config.Labels?.['org.opencontainers.image.base.digest']).toBe(base.manifests!.find(entry => entry.platform?.architecture === 'amd64')!.digest);
		expect(Object.keys(config.config.ExposedPorts ?? {})).toEqual(dockerfile.expose);
		expect(config.config.User).toBe(dockerfile.user === '$APP_UID' ? '1654' : dockerfile.user ?? baseConfig.config.User);
		expect(resolved(config.config.Entrypoint!, config.config.WorkingDir)).toEqual(resolved(dockerfile.entrypoint, dockerfile.workdir));

		expect(await startAndAsk(image, config)).toBe('Hello from a container');
	}, 300_000);

	it('pushes several platforms as one index: ContainerRuntimeIdentifiers reach MSBuild as a list', async () => {
		const image = `${registry.host}/sampleapi:multi`;
		const {exitCode, stderr} = await sdkBuild('--arch', 'amd64,arm64', '--push', '--image', image);
		expect(stderr).toContain('-p:ContainerRuntimeIdentifiers="linux-x64;linux-arm64"');
		expect(exitCode).toBe(0);
		const index = await manifestOf(registry.host, 'sampleapi', 'multi');
		expect(index.manifests!.map(entry => platformName(entry.platform)).sort()).toEqual(['linux/amd64', 'linux/arm64']);
		const arm64 = await manifestOf(registry.host, 'sampleapi', index.manifests!.find(entry => entry.platform?.architecture === 'arm64')!.digest);
		expect((await configOf(registry.host, 'sampleapi', arm64)).architecture).toBe('arm64');
		// The app's layer is the last one; its apphost was built for the target, not for this machine.
		const app = layerFiles(await blobOf(registry.host, 'sampleapi', arm64.layers!.at(-1)!.digest));
		expect(elfMachine(app.get('app/SampleApi')!)).toBe('aarch64');
		expect(app.has('app/SampleApi.dll')).toBe(true);
	}, 300_000);

	it('writes an OCI archive holding every platform (ContainerArchiveOutputPath)', async () => {
		const archive = path.join(project, 'sampleapi.oci.tar');
		const {exitCode, stderr} = await sdkBuild('--arch', 'amd64,arm64', '--oci', archive);
		expect(stderr).toContain(`written to ${archive}`);
		expect(exitCode).toBe(0);
		const files = tarFiles(await readFile(archive));
		const top = JSON.parse(files.get('index.json')!.toString('utf8')) as Manifest;
		const blob = (digest: string) => JSON.parse(files.get(`blobs/sha256/${digest.slice('sha256:'.length)}`)!.toString('utf8')) as Manifest;
		const index = top.manifests![0]!.mediaType.includes('index') ? blob(top.manifests![0]!.digest) : top;
		expect(index.manifests!.map(entry => platformName(entry.platform)).sort()).toEqual(['linux/amd64', 'linux/arm64']);
	}, 300_000);

	it('stops before the build, in one sentence with the fix, when the mirror lacks a platform or the registry is down', async () => {
		const arm = await sdkBuild('--arch', 'amd64,arm', '--oci', path.join(project, 'x.tar'));
		expect(arm.exitCode).toBe(1);
		expect(arm.stderr.trim().split('\n').at(-1)).toBe(`dotnet-image-wizard: the base image ${mirror}/dotnet/aspnet:10.0-noble-chiseled has no linux/arm/v7 image (it has linux/amd64, linux/arm64): mirror every platform of mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled, or leave that architecture out of --arch.`);
		const port = await freePort();
		const down = await sdkBuild('--arch', 'amd64', '--push', '--image', `127.0.0.1:${port}/sampleapi:1`);
		expect(down.stderr.trim().split('\n').at(-1)).toBe(`dotnet-image-wizard: cannot reach the registry 127.0.0.1:${port} (ECONNREFUSED): check that it runs and that the name and port are right.`);
		const plain = await runCli([...answers, '--engine', 'sdk', '--build', '--arch', 'amd64', '--push', '--image', `${registry.host}/sampleapi:1`], {cwd: project});
		expect(plain.stderr.trim().split('\n').at(-1)).toBe(`dotnet-image-wizard: the registry ${registry.host} answers only plain HTTP, which the SDK refuses unless told: pass --insecure (it sets DOTNET_CONTAINER_INSECURE_REGISTRIES), or serve it over HTTPS.`);
	}, 120_000);

	it('stops before the build when the SDK is too old for the target or global.json pins one that is missing', async () => {
		const newer = await runCli([...answers.map(answer => (answer === '10.0' ? '11.0' : answer)), '--engine', 'sdk', '--build', '--arch', 'amd64', '--oci', 'x.tar'], {cwd: project});
		expect(newer.exitCode).toBe(1);
		expect(newer.stderr.trim().split('\n').at(-1)).toMatch(/^dotnet-image-wizard: the installed \.NET SDK 10\.0\.\d+ cannot build \.NET 11\.0: install SDK 11\.0 or later, or use --engine docker, podman or buildah, which build inside the sdk image\.$/);
		const pinned = await mkdtemp(path.join(os.tmpdir(), 'diw-sdk-pinned-'));
		await cp(project, pinned, {recursive: true});
		await writeFile(path.join(pinned, 'global.json'), '{"sdk": {"version": "8.0.100", "rollForward": "latestPatch"}}\n');
		const pin = await runCli([...answers, '--engine', 'sdk', '--build', '--arch', 'amd64', '--oci', 'x.tar'], {cwd: pinned});
		await rm(pinned, {recursive: true, force: true});
		expect(pin.exitCode).toBe(1);
		expect(pin.stderr.trim().split('\n').at(-1)).toBe(`dotnet-image-wizard: ${path.join(pinned, 'global.json')} asks for .NET SDK 8.0.100 that is not installed: install it, or change its "version" or "rollForward" to match an installed SDK (dotnet --list-sdks).`);
	}, 120_000);
});
