import {spawn} from 'node:child_process';
import {cp, mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {execa} from 'execa';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {root, runCli} from '../cli-run.js';
import {startRegistry, type LoopbackRegistry} from '../support/registry.js';
import {missingTools} from '../support/requirements.js';
import {buildah} from './buildah.js';
import {elfMachine, tarFiles, type Manifest} from './sdk-oci.js';
import {ensureStandIns} from './stand-ins.js';
import {freePort} from '../support/free-port.js';

// `--build --engine buildah` for real: the argument arrays the runner makes, run by Debian's
// buildah against the stand-in base images, then the image started; and the same answers through
// `--engine sdk`, compared field by field.
const missing = missingTools(['buildah', 'dotnet', 'docker-registry']);

type Inspected = {OCIv1: {architecture: string; config: {User?: string; ExposedPorts?: Record<string, object>; Entrypoint?: string[]; WorkingDir?: string; Env?: string[]}; rootfs: {diff_ids: string[]}}};
const inspect = async (reference: string) => JSON.parse(await buildah(['inspect', '--type', 'image', reference])) as Inspected;

/** The absolute file an entrypoint runs: ["dotnet", "App.dll"] in /app and ["dotnet", "/app/App.dll"] are the same. */
const resolved = (entrypoint: string[] = [], workdir = '/') => entrypoint.map(argument => (/\.dll$|^\.\//.test(argument) ? path.posix.resolve(workdir, argument) : argument));

describe.skipIf(missing !== '')(`--build --engine buildah for real${missing}`, () => {
	const image = 'localhost/diw-engine-test/sampleapi:1';
	const answers = ['--yes', '--dotnet', '10.0', '--app', 'web', '--deploy', 'framework', '--shell', 'no', '--os', 'ubuntu', '--globalization', 'invariant'];
	const environment = {STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot', DOTNET_CLI_TELEMETRY_OPTOUT: '1'};
	let project = '';
	let registry: LoopbackRegistry;

	beforeAll(async () => {
		await ensureStandIns();
		registry = await startRegistry();
		project = await mkdtemp(path.join(os.tmpdir(), 'diw-engine-'));
		await cp(path.join(root, 'examples', 'SampleApi'), project, {recursive: true});
	}, 900_000);

	afterAll(async () => {
		await execa('buildah', ['--storage-driver', 'vfs', 'manifest', 'rm', image], {reject: false});
		await registry?.stop();
		if (project) await rm(project, {recursive: true, force: true});
	});

	it('builds both platforms into a manifest list with the Dockerfile buildah 1.28 accepts, and the app answers', async () => {
		const {exitCode, stderr} = await runCli([...answers, '--arch', 'amd64,arm64', '--engine', 'buildah', '--build', '--image', image], {cwd: project, env: environment});
		expect(stderr).toContain(`$ buildah --storage-driver vfs manifest rm ${image}; buildah --storage-driver vfs build --isolation chroot --platform linux/amd64,linux/arm64 --manifest ${image}`);
		expect(stderr).toContain('note: no emulation needed for linux/arm64');
		expect(stderr).toContain(`built ${image} for linux/amd64, linux/arm64`);
		expect(exitCode).toBe(0);

		const list = JSON.parse(await buildah(['manifest', 'inspect', image])) as Manifest;
		const digests = Object.fromEntries(list.manifests!.map(entry => [entry.platform!.architecture, entry.digest]));
		expect(Object.keys(digests).sort()).toEqual(['amd64', 'arm64']);

		// The arm64 image's apphost was cross-compiled for aarch64 by the SDK stage on this machine.
		const arm64 = await buildah(['from', '--pull=never', '--quiet', `${image.split(':')[0]}@${digests['arm64']}`]);
		try {
			const mount = await buildah(['mount', arm64]);
			expect(elfMachine(await readFile(path.join(mount, 'app', 'SampleApi')))).toBe('aarch64');
		} finally {
			await buildah(['rm', arm64]);
		}

		const amd64 = `${image.split(':')[0]}@${digests['amd64']}`;
		const config = (await inspect(amd64)).OCIv1.config;
		const container = await buildah(['from', '--pull=never', '--quiet', amd64]);
		const port = await freePort();
		const app = spawn('buildah', ['--storage-driver', 'vfs', 'run', '--isolation', 'chroot', '--user', config.User ?? '0', '--env', `ASPNETCORE_HTTP_PORTS=${port}`,
			'--workingdir', config.WorkingDir ?? '/', container, '--', ...config.Entrypoint!], {stdio: 'ignore', detached: true});
		try {
			let answer = '';
			for (const start = Date.now(); answer === '' && Date.now() - start < 60_000;) {
				answer = await fetch(`http://127.0.0.1:${port}/`, {signal: AbortSignal.timeout(2000)}).then(async response => response.text(), async () => {
					await new Promise(resolve => setTimeout(resolve, 250));
					return '';
				});
			}
			expect(answer).toBe('Hello from a container');
		} finally {
			try {
				process.kill(-app.pid!, 'SIGKILL');
			} catch {}
			await buildah(['rm', container]);
		}
	}, 900_000);

	it('gives the same image through --engine sdk: base image layers, user, port, entrypoint and architecture', async () => {
		await buildah(['manifest', 'push', '--all', '--tls-verify=false', 'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled', `docker://${registry.host}/mcr/dotnet/aspnet:10.0-noble-chiseled`]);
		const archive = path.join(project, 'sampleapi.oci.tar');
		const sdk = await runCli([...answers, '--arch', 'amd64', '--engine', 'sdk', '--build', '--oci', archive, '--insecure', '--base-registry', `${registry.host}/mcr`], {cwd: project, env: environment});
		expect(sdk.exitCode).toBe(0);
		const files = tarFiles(await readFile(archive));
		const json = <T>(digest: string) => JSON.parse(files.get(`blobs/sha256/${digest.slice(7)}`)!.toString('utf8')) as T;
		let manifest = JSON.parse(files.get('index.json')!.toString('utf8')) as Manifest;
		while (manifest.manifests) manifest = json<Manifest>(manifest.manifests[0]!.digest);
		const fromSdk = json<Inspected['OCIv1']>(manifest.config!.digest);

		const list = JSON.parse(await buildah(['manifest', 'inspect', image])) as Manifest;
		const fromDockerfile = (await inspect(`${image.split(':')[0]}@${list.manifests!.find(entry => entry.platform!.architecture === 'amd64')!.digest}`)).OCIv1;
		const base = (await inspect('localhost/dotnet-image-wizard-stand-in/aspnet:10.0-noble-chiseled-amd64')).OCIv1;

		expect(fromSdk.architecture).toBe(fromDockerfile.architecture);
		expect(fromSdk.rootfs.diff_ids.slice(0, base.rootfs.diff_ids.length)).toEqual(base.rootfs.diff_ids);
		expect(fromDockerfile.rootfs.diff_ids.slice(0, base.rootfs.diff_ids.length)).toEqual(base.rootfs.diff_ids);
		expect(fromSdk.config.User).toBe(fromDockerfile.config.User);
		expect(Object.keys(fromSdk.config.ExposedPorts ?? {})).toEqual(Object.keys(fromDockerfile.config.ExposedPorts ?? {}));
		expect(resolved(fromSdk.config.Entrypoint, fromSdk.config.WorkingDir)).toEqual(resolved(fromDockerfile.config.Entrypoint, fromDockerfile.config.WorkingDir));
	}, 600_000);
});
