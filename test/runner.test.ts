import {spawnSync} from 'node:child_process';
import {cp, mkdir, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {builderPlatforms} from '../source/runner/engines/buildx.js';
import {planBuild, type BuildPlan} from '../source/runner/plan.js';
import {explainFailure} from '../source/runner/failure.js';
import {runBuild, stepOf} from '../source/runner/run.js';
import {recommendationFor} from './answers.js';
import {binary, fixture, runCli} from './cli-run.js';
import {calls, fakeBin} from './fixtures/fake-bin/install.js';

const argv = (plan: BuildPlan) => plan.steps[0]!.args;

// The fake dotnet cannot evaluate projects: these runs read them with the XML reader.
const project = ['--project', fixture('web-api'), '--detect', 'xml'];

describe('build plans: the exact argument arrays', () => {
	const base = {image: 'webapi:latest', contextDirectory: '/src', push: false};
	it('single platform loads into the local store', () => {
		expect(argv(planBuild(recommendationFor({arch: ['arm64']}), {...base, engine: 'docker'}))).toEqual(['buildx', 'build', '--platform', 'linux/arm64', '--tag', 'webapi:latest', '--load', '.']);
	});

	it('multi-platform pushes, or writes an OCI archive', () => {
		const recommendation = recommendationFor({arch: ['amd64', 'arm64', 'arm']});
		expect(argv(planBuild(recommendation, {...base, engine: 'docker', push: true, dockerfile: 'deploy/Dockerfile'})))
			.toEqual(['buildx', 'build', '--platform', 'linux/amd64,linux/arm64,linux/arm/v7', '--tag', 'webapi:latest', '--file', 'deploy/Dockerfile', '--sbom=true', '--provenance=mode=max', '--push', '.']);
		expect(argv(planBuild(recommendation, {...base, engine: 'docker', oci: '/out/webapi.tar'})))
			.toEqual(['buildx', 'build', '--platform', 'linux/amd64,linux/arm64,linux/arm/v7', '--tag', 'webapi:latest', '--sbom=true', '--provenance=mode=max', '--output', 'type=oci,dest=/out/webapi.tar', '.']);
	});

	it('dotnet publish /t:PublishContainer: -a for one architecture, RIDs for several', () => {
		const single = planBuild(recommendationFor({arch: ['arm64']}), {...base, engine: 'sdk', projectFile: 'WebApi.csproj'});
		expect(single.steps.map(step => step.command)).toEqual(['dotnet']);
		expect(argv(single)).toEqual(['publish', 'WebApi.csproj', '-c', 'Release', '/t:PublishContainer', '-a', 'arm64',
			'-p:ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled', '-p:ContainerRepository=webapi', '-p:InvariantGlobalization=true', '-p:ContainerImageTag=latest']);
		const multi = planBuild(recommendationFor({os: 'alpine', deploy: 'aot'}), {...base, engine: 'sdk', image: 'registry.example.com/team/webapi:1.2', push: true});
		// A list is quoted so that MSBuild splits it into items: %3B would make one item of both RIDs.
		expect(argv(multi)).toEqual(['publish', '-c', 'Release', '/t:PublishContainer', '-p:ContainerBaseImage=mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine',
			'-p:ContainerRepository=team/webapi', '-p:RuntimeIdentifiers="linux-musl-x64;linux-musl-arm64"', '-p:ContainerRuntimeIdentifiers="linux-musl-x64;linux-musl-arm64"',
			'-p:PublishAot=true', '-p:InvariantGlobalization=true', '-p:ContainerImageTag=1.2', '-p:ContainerRegistry=registry.example.com']);
	});

	it('refuses contradictory destinations', () => {
		expect(() => planBuild(recommendationFor({}), {...base, engine: 'docker', push: true, oci: 'x.tar'})).toThrow('--push and --oci both say where the image goes');
		expect(() => planBuild(recommendationFor({}), {...base, engine: 'sdk', push: true})).toThrow(/needs a registry in --image/);
	});
});

describe('reading build output', () => {
	it('finds the current step and explains common failures', () => {
		expect(stepOf('#8 [build 4/6] RUN dotnet restore -a amd64')).toBe('[build 4/6] RUN dotnet restore -a amd64');
		expect(stepOf('  Building image \'app\' with tags \'latest\'')).toBe('Building image \'app\' with tags \'latest\'');
		expect(explainFailure(['exec /app/SampleApi: exec format error'])).toMatch(/another architecture ran without emulation/);
		expect(explainFailure(['error NU1301: Unable to load the service index'])).toMatch(/^restore could not reach a package source/);
		expect(explainFailure(['error : Platform linker not found.'])).toMatch(/Native AOT could not link/);
		expect(builderPlatforms('Name: x\nPlatforms: linux/amd64*, linux/arm64, linux/arm/v7\n')).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
	});
});

describe('--build with docker buildx', () => {
	it('checks the engine, runs buildx with the generated Dockerfile and reports the image', async () => {
		const fake = await fakeBin();
		const {exitCode, stdout, stderr} = await runCli(['--yes', ...project, '--arch', 'amd64', '--build'], {env: fake.env});
		expect(stderr).toContain('built webapi:latest for linux/amd64 in');
		expect(stderr).toContain('loaded into the local image store (sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08)');
		expect(exitCode).toBe(0);
		expect(stdout).toContain('#10 [build 6/6] RUN dotnet publish');
		const made = await calls(fake.log);
		expect(made.map(call => call.args.slice(0, 2).join(' '))).toEqual(['info --format', '--version', 'info --format', 'buildx version', 'buildx inspect', 'buildx build']);
		const build = made.at(-1)!;
		expect(build.cwd).toBe(fixture('web-api'));
		expect(build.args.slice(0, 6)).toEqual(['buildx', 'build', '--platform', 'linux/amd64', '--tag', 'webapi:latest']);
		expect(build.args[6]).toBe('--file');
		expect(build.args.slice(8)).toEqual(['--load', '.']);
	});

	it('uses the written Dockerfile with --write --build, and pushes a multi-platform image', async () => {
		const fake = await fakeBin();
		const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-build-'));
		await writeFile(path.join(directory, 'WebApi.csproj'), await readFile(path.join(fixture('web-api'), 'WebApi.csproj')));
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml', '--write', '--build', '--push', '--image', 'registry.example.com/webapi:2.0'], {env: fake.env, cwd: directory});
		expect(stderr).toContain('pushed (sha256:');
		expect(exitCode).toBe(0);
		expect((await calls(fake.log)).at(-1)!.args).toEqual(['buildx', 'build', '--platform', 'linux/amd64,linux/arm64', '--tag', 'registry.example.com/webapi:2.0', '--sbom=true', '--provenance=mode=max', '--push', '.']);
	});

	it('stops before building a multi-platform image the local store cannot load', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--build'], {env: fake.env});
		expect(exitCode).toBe(1);
		expect(stderr.trim()).toBe('dotnet-image-wizard: the local image store cannot load a multi-platform image (linux/amd64, linux/arm64): pass --push to send it to a registry, or --oci FILE for an OCI archive (or enable the containerd image store).');
		expect((await calls(fake.log)).map(call => call.args[1])).not.toContain('build');
	});

	it('says when emulation is not needed, and when it is', async () => {
		const fake = await fakeBin();
		const cross = await runCli(['--yes', ...project, '--arch', 'arm64', '--build'], {env: fake.env});
		expect(cross.exitCode).toBe(0);
		expect(cross.stderr).toContain('note: no emulation needed for linux/arm64: the SDK stage runs on the build machine');
		const aot = await runCli(['--yes', ...project, '--arch', 'arm64', '--os', 'alpine', '--deploy', 'aot', '--build'], {env: fake.env});
		expect(aot.exitCode).toBe(1);
		expect(aot.stderr).toContain('dotnet-image-wizard: Native AOT on Alpine cannot cross-compile, and .NET does not support it under QEMU emulation: linux/arm64 would be emulated on the buildx builder "default" (docker driver). Build linux/arm64 natively instead:');
	});

	it.each([
		['docker is missing', [], {}, 'docker is not installed: install Docker Desktop or Docker Engine with the buildx plugin, or use --engine podman, buildah or sdk.'],
		['the daemon is down', ['docker'], {FAKE_DOCKER: 'no-daemon'}, 'cannot reach the Docker daemon (Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?): start Docker, or point DOCKER_HOST at a running engine (or build with --engine podman or buildah).'],
		['buildx is missing', ['docker'], {FAKE_DOCKER: 'no-buildx'}, 'docker buildx is missing: install the docker-buildx plugin (Docker Desktop includes it).'],
	])('fails preflight in one sentence when %s', async (_name, programs, env, message) => {
		const fake = await fakeBin(programs);
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--arch', 'amd64', '--build', '--engine', 'docker'], {env: {...fake.env, PATH: fake.bin, ...env}});
		expect(exitCode).toBe(1);
		expect(stderr.trim()).toBe(`dotnet-image-wizard: ${message}`);
	});

	it('shows the failing step, the last lines and what the failure usually means', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--arch', 'amd64', '--build'], {env: {...fake.env, FAKE_DOCKER: 'fail-restore'}});
		expect(exitCode).toBe(1);
		expect(stderr).toContain('last output:');
		expect(stderr).toContain('error NU1301');
		expect(stderr).toMatch(/build failed after [\d.]+s\nfailing step: \[build 4\/6\] RUN dotnet restore SampleApi\.csproj -a amd64\n {2}error NU1301: Unable to load the service index for source https:\/\/api\.nuget\.org\/v3\/index\.json\.\n/);
		expect(stderr).toContain('what it usually means: restore could not reach a package source');
	});

	it('cancels on ctrl-c: the whole process tree stops and the exit code is 130', async () => {
		const fake = await fakeBin();
		const pids = path.join(fake.bin, 'pids.json');
		const child = execa(process.execPath, [binary, '--today', '2026-11-24', '--yes', ...project, '--arch', 'amd64', '--build'], {reject: false, env: {...fake.env, FAKE_DOCKER: 'slow', FAKE_PIDS: pids}});
		// Keep reading the output (a closed pipe would end the CLI another way) until the build is under way.
		let seen = '';
		await new Promise<void>(resolve => {
			child.stdout!.on('data', (chunk: Buffer) => {
				seen += chunk.toString();
				if (seen.includes('Determining projects to restore')) resolve();
			});
		});
		const [docker, grandchild] = JSON.parse(await readFile(pids, 'utf8')) as number[];
		child.kill('SIGINT');
		const result = await child;
		expect(result.exitCode).toBe(130);
		expect(String(result.stderr)).toContain('build cancelled after');
		// A killed orphan may linger as a zombie until something reaps it: that is not running.
		const alive = (pid: number) => {
			const state = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], {encoding: 'utf8'}).stdout.trim();
			return state !== '' && !state.startsWith('Z');
		};
		await new Promise(resolve => {
			setTimeout(resolve, 300);
		});
		expect([alive(docker!), alive(grandchild!)]).toEqual([false, false]);
	});

	it('removes a half-written OCI archive when the build fails', async () => {
		const fake = await fakeBin();
		const archive = path.join(fake.bin, 'webapi.tar');
		const {exitCode} = await runCli(['--yes', ...project, '--build', '--oci', archive], {env: {...fake.env, FAKE_DOCKER: 'fail-restore'}});
		expect(exitCode).toBe(1);
		expect((await calls(fake.log)).at(-1)!.args).toContain(`type=oci,dest=${archive}`);
		await expect(readFile(archive)).rejects.toThrow(/ENOENT/);
		const built = await runCli(['--yes', ...project, '--build', '--oci', archive], {env: fake.env});
		expect(built.exitCode).toBe(0);
		expect(built.stderr).toContain(`written to ${archive}`);
		expect(await readFile(archive, 'utf8')).toBe('partial layer data');
	});

	it('prints the exact commands with --dry-run and runs nothing: the temporary Dockerfile a build uses, kept so that the command runs as printed', async () => {
		const fake = await fakeBin();
		const temporary = await mkdtemp(path.join(os.tmpdir(), 'diw-dry-run-'));
		const {exitCode, stdout, stderr} = await runCli(['--yes', ...project, '--dry-run', '--oci', 'out/webapi.tar', '--engine', 'docker'], {env: {...fake.env, TMPDIR: temporary}});
		expect(exitCode).toBe(0);
		const dockerfile = /--file (\S+\/Dockerfile) /.exec(stdout)?.[1];
		expect(dockerfile?.startsWith(temporary)).toBe(true);
		expect(stdout.trim()).toBe(`(cd . && docker buildx build --platform linux/amd64,linux/arm64 --tag webapi:latest --file ${dockerfile} --sbom=true --provenance=mode=max --output type=oci,dest=${path.join(fixture('web-api'), 'out/webapi.tar')} .)`);
		expect(await readFile(dockerfile!, 'utf8')).toContain('ENTRYPOINT ["dotnet", "WebApi.dll"]');
		expect(await readFile(`${dockerfile}.dockerignore`, 'utf8')).toContain('**/bin/');
		expect(stderr).toContain(`note: ${dockerfile} is the Dockerfile this command builds`);
		expect(await calls(fake.log)).toEqual([]);
	});

	it('--dry-run prints the command --build runs, --file and --ignorefile included (buildah)', async () => {
		const fake = await fakeBin(['buildah']);
		const temporary = await mkdtemp(path.join(os.tmpdir(), 'diw-dry-run-'));
		const env = {...fake.env, TMPDIR: temporary};
		const dry = await runCli(['--yes', ...project, '--dry-run', '--arch', 'amd64', '--engine', 'buildah'], {env});
		const printed = /^\(cd \. && (.*)\)$/m.exec(dry.stdout)?.[1];
		expect(printed).toMatch(/^buildah build .*--file \S+\/Dockerfile --ignorefile \S+\/Dockerfile\.dockerignore /);
		const built = await runCli(['--yes', ...project, '--build', '--arch', 'amd64', '--engine', 'buildah'], {env});
		const ran = (await calls(fake.log)).find(call => call.args.includes('build'));
		expect(built.stderr).toContain(`$ buildah ${ran!.args.join(' ')}`);
		// The same command, but for the name of the temporary folder.
		const folderless = (line: string) => line.replaceAll(/dotnet-image-wizard-[0-9a-f]+/g, 'TMP');
		expect(folderless(`buildah ${ran!.args.join(' ')}`)).toBe(folderless(printed!));
	});

	it('says with --dry-run when loading a multi-platform image needs the containerd image store', async () => {
		const fake = await fakeBin();
		const env = {...fake.env, TMPDIR: await mkdtemp(path.join(os.tmpdir(), 'diw-dry-run-'))};
		const loading = await runCli(['--yes', ...project, '--dry-run', '--engine', 'docker'], {env});
		expect(loading.stdout).toMatch(/--platform linux\/amd64,linux\/arm64 --tag webapi:latest --file \S+ --load \.\)/);
		expect(loading.stderr).toContain('note: loading a multi-platform image needs the containerd image store; otherwise pass --push or --oci FILE.');
		const single = await runCli(['--yes', ...project, '--dry-run', '--arch', 'arm64', '--engine', 'docker'], {env});
		expect(single.stderr).not.toContain('containerd');
	});
});

describe('--build with the .NET SDK', () => {
	it('publishes the container with the same base image and RIDs', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr, stdout} = await runCli(['--yes', ...project, '--engine', 'sdk', '--arch', 'arm64', '--build'], {env: fake.env});
		expect(exitCode).toBe(0);
		expect(stdout).toContain('Building image \'sampleapi\'');
		expect(stderr).toContain('built webapi:latest for linux/arm64');
		expect((await calls(fake.log)).at(-1)!.args).toEqual(['publish', 'WebApi.csproj', '-c', 'Release', '/t:PublishContainer', '-a', 'arm64',
			'-p:ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled', '-p:ContainerRepository=webapi', '-p:InvariantGlobalization=true', '-p:ContainerImageTag=latest']);
	});

	it('leaves the project\'s folder as it found it: the bin/ and obj/ the publish made are taken away, those already there kept', async () => {
		const fake = await fakeBin();
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-host-outputs-'));
		await cp(fixture('web-api'), folder, {recursive: true});
		const plan = planBuild(recommendationFor({arch: ['arm64']}), {engine: 'sdk', image: 'webapi', push: false, contextDirectory: folder, projectFile: 'WebApi.csproj'});
		const run = async () => runBuild({...plan, env: {...plan.env, ...fake.env, FAKE_DOTNET_OUTPUTS: '1'}});
		expect((await run()).status).toBe('succeeded');
		expect((await readdir(folder)).sort()).toEqual(['WebApi.csproj']);
		// A bin/ of the person's own stays, with what the publish added to it; only obj/ was made here.
		await mkdir(path.join(folder, 'bin'));
		expect((await run()).status).toBe('succeeded');
		expect((await readdir(folder)).sort()).toEqual(['WebApi.csproj', 'bin']);
		expect(await readdir(path.join(folder, 'bin', 'Release'))).toEqual(['made-by-publish']);
	});

	it('refuses an SDK too old for the target, and a missing SDK', async () => {
		const fake = await fakeBin();
		const old = await runCli(['--yes', ...project, '--engine', 'sdk', '--build'], {env: {...fake.env, FAKE_DOTNET_VERSION: '8.0.404'}});
		expect(old.exitCode).toBe(1);
		expect(old.stderr.trim()).toBe('dotnet-image-wizard: the installed .NET SDK 8.0.404 cannot build .NET 10.0: install SDK 10.0 or later, or use --engine docker, podman or buildah, which build inside the sdk image.');
		const none = await fakeBin(['docker']);
		const missing = await runCli(['--yes', ...project, '--engine', 'sdk', '--build'], {env: {...none.env, PATH: none.bin}});
		expect(missing.stderr).toContain('the .NET SDK (dotnet) is not installed');
	});

	it('explains a Native AOT toolchain failure', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--engine', 'sdk', '--deploy', 'aot', '--arch', 'amd64', '--build'], {env: {...fake.env, FAKE_DOTNET: 'fail-aot'}});
		expect(exitCode).toBe(1);
		expect(stderr).toContain('Native AOT could not link for the target');
	});
});

const hasDocker = spawnSync('docker', ['--version']).status === 0;
describe.skipIf(!hasDocker)(`the real docker client${hasDocker ? '' : ' (skipped: no docker client installed)'}`, () => {
	it('reports that no daemon can be reached', async () => {
		const {exitCode, stderr} = await runCli(['--yes', ...project, '--arch', 'amd64', '--build', '--engine', 'docker'], {env: {DOCKER_HOST: 'unix:///tmp/dotnet-image-wizard-no-daemon.sock'}});
		expect(exitCode).toBe(1);
		expect(stderr.trim()).toMatch(/^dotnet-image-wizard: cannot reach the Docker daemon \(.*no-daemon\.sock.*\): start Docker, or point DOCKER_HOST at a running engine \(or build with --engine podman or buildah\)\.$/);
	});
});
