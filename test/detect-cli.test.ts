// What a user sees on the command line of what detection found: each defect of issue 10 as the
// CLI shows it, with the real .NET SDK where MSBuild reads the project.
import {spawnSync} from 'node:child_process';
import {cp, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, it} from 'vitest';
import {detectProject} from '../source/project/detect.js';
import {binary, fixture, runCli} from './cli-run.js';
import {missingTools} from './support/requirements.js';

const missing = missingTools(['dotnet']);

describe('detection on the command line, with either reader', () => {
	it.each(['xml', 'auto'])('refuses what is not an app in one sentence, even with --dotnet (--detect %s)', async detect => {
		for (const [folder, what] of [['library', 'a library'], ['tests-only', 'a test project'], ['nuke-build/build', 'a build project'], ['aspire-element', 'the Aspire app host'], ['maui-app', 'a MAUI or mobile app']]) {
			const {exitCode, stderr} = await runCli(['--yes', '--dotnet', '10.0', '--detect', detect!], {cwd: fixture(folder!)});
			expect(exitCode, folder).toBe(2);
			expect(stderr.trim().split('\n'), folder).toHaveLength(1);
			expect(stderr, folder).toContain(`: it is ${what}, not an app: `);
		}
	}, 120_000);

	it('refuses a classic .NET Framework project, and says net7.0 has images that are past end of support', async () => {
		const classic = await runCli(['--yes'], {cwd: fixture('classic-net48')});
		expect(classic.exitCode).toBe(2);
		expect(classic.stderr).toMatch(/Classic\.csproj: it is a classic \.NET Framework project \(TargetFrameworkVersion v4\.8, no SDK\): \.NET Framework runs only in Windows containers/);
		const net7 = await runCli(['--yes'], {cwd: fixture('net7-api')});
		expect(net7.exitCode).toBe(2);
		expect(net7.stderr).toContain('the project targets net7.0: official images for .NET 7.0 exist, but it is past end of support');
		// Forced onto a newer runtime, the app would not start without rolling forward: the CLI says so.
		const forced = await runCli(['--yes', '--dotnet', '10.0'], {cwd: fixture('net7-api')});
		expect(forced.exitCode).toBe(0);
		expect(forced.stdout).toContain('warning: Legacy.Api.csproj targets net7.0, but the aspnet:10.0 image carries only the .NET 10.0 runtime: the app will not start');
	});

	it('warns when --dotnet is older than the target framework', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--dotnet', '8.0']);
		expect(exitCode).toBe(0);
		expect(stdout).toContain('warning: WebApi.csproj targets net10.0, newer than .NET 8.0: the sdk:8.0 image cannot build it (NETSDK1045). Use --dotnet 10.0, or retarget the project.');
	});

	it('exits 2 for --project with no project, and looks below the current folder without one', async () => {
		const named = await runCli(['--yes', '--project', '.'], {cwd: fixture('empty')});
		expect(named.exitCode).toBe(2);
		expect(named.stderr).toContain('--project: . holds no .NET project (.csproj, .fsproj, .vbproj) or solution, nor do the folders below it.');
		const files = await runCli(['--yes', '--dotnet', '10.0', '--app', 'web', '--output', 'dockerfile'], {cwd: fixture('empty')});
		expect(files.exitCode).toBe(2);
		expect(files.stderr).toContain('no .NET project in this folder or the folders below it, and the files need one');
		const below = await runCli(['--yes', '--detect', 'xml', '--output', 'dockerfile'], {cwd: fixture('glob-references')});
		expect(below.exitCode).toBe(0);
		expect(below.stderr).toContain('note: this folder has no project of its own, and the folders below it hold several projects: using src/Api/Api.csproj, the only app (Billing.csproj is a library, Mail.csproj is a library)');
	});

	it('takes the app of a solution filter (.slnf)', async () => {
		const {exitCode, stderr, stdout} = await runCli(['--yes', '--detect', 'xml', '--project', 'Shop.Api.slnf', '--output', 'dockerfile'], {cwd: fixture('layered')});
		expect(exitCode).toBe(0);
		expect(stderr).toContain('note: Shop.Api.slnf lists several projects: using src/Shop.Api/Shop.Api.csproj, the only app (Shop.Domain.csproj is a library)');
		expect(stdout).toContain('RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet restore Shop.Api/Shop.Api.csproj');
	});

	it('builds from --context, and refuses one that does not hold the project', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--detect', 'xml', '--context', '..', '--output', 'dockerfile']);
		expect(exitCode).toBe(0);
		expect(stdout).toContain('COPY web-api/WebApi.csproj web-api/\nRUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet restore web-api/WebApi.csproj');
		const outside = await runCli(['--yes', '--context', '../worker']);
		expect(outside.exitCode).toBe(2);
		expect(outside.stderr).toContain('--context: ../worker does not hold the project WebApi.csproj');
		const bad = await runCli(['--yes', '--detect', 'roslyn']);
		expect(bad.stderr).toContain('--detect: "roslyn" is not a reader (accepted: msbuild, xml).');
	});

	it('names what the XML reader cannot see, and stops instead of defaulting the .NET version', async () => {
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml'], {cwd: fixture('hidden-framework/src/Api')});
		expect(exitCode).toBe(2);
		expect(stderr).toContain('Api.csproj: no TargetFramework found, so the .NET version is unknown: it may be set where the XML reader cannot follow (RepoRoot = $([MSBuild]::NormalizeDirectory(\'$(MSBuildThisFileDirectory)\')) in ../../Directory.Build.props; Import $(RepoRoot)eng/Versions.props in ../../Directory.Build.props); with the .NET SDK on PATH, MSBuild reads it.');
	});

	it('warns about an npm publish step, and about gRPC tools on Alpine', async () => {
		const {stdout} = await runCli(['--yes', '--detect', 'xml', '--os', 'alpine'], {cwd: fixture('spa-grpc')});
		expect(stdout).toContain('warning: the publish runs "npm install" (an <Exec> in the project\'s targets), but the sdk image has no Node.js');
		expect(stdout).toContain('warning: Grpc.AspNetCore compiles .proto files with the protoc it ships, which does not run on Alpine (musl)');
	});
});

describe.skipIf(missing !== '')(`detection with MSBuild on the command line${missing}`, () => {
	it('reads a framework set in Directory.Packages.props instead of defaulting to .NET 10', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--output', 'dockerfile'], {cwd: fixture('central-packages/src/Api')});
		expect(exitCode).toBe(0);
		expect(stdout).toContain('FROM mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra');
		expect(stdout).toContain('COPY global.json .\nCOPY Directory.Build.props .\nCOPY Directory.Packages.props .\nCOPY NuGet.config .\nCOPY src/Api/Api.csproj src/Api/');
	});

	it('reads a framework MSBuild finds through a property function the XML reader cannot follow', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--json'], {cwd: fixture('hidden-framework/src/Api')});
		expect(exitCode).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.answers.dotnet).toBe('8.0');
		expect(json.provenance.dotnet).toEqual({source: 'detected', note: 'TargetFramework net8.0'});
		expect(json.project).toMatchObject({reader: 'msbuild', file: 'src/Api/Api.csproj'});
	});

	it('publishes a single-file self-contained app on runtime-deps with ./App, as the SDK does', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--explain', '--output', 'dockerfile,zerops'], {cwd: fixture('single-file')});
		expect(exitCode).toBe(0);
		expect(stdout).toContain('FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra');
		expect(stdout).toContain('ENTRYPOINT ["./Tool"]');
		expect(stdout).not.toContain('Tool.dll');
		expect(stdout).toContain('start: ./Tool');
	});

	it('shows the SDK\'s own pick beside ours, and the property that makes them agree', async () => {
		const same = JSON.parse((await runCli(['--yes', '--json'], {cwd: fixture('single-file')})).stdout);
		expect(same.project.sdk).toEqual({sdk: 'mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra', ours: 'mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra', agrees: true, because: []});
		const shell = await runCli(['--yes', '--explain', '--shell', 'yes'], {cwd: fixture('central-packages/src/Api')});
		expect(shell.stdout).toContain('the SDK would pick mcr.microsoft.com/dotnet/aspnet:8.0; we pick mcr.microsoft.com/dotnet/aspnet:8.0-noble because Ubuntu 24.04 rather than Debian 12: a shell is wanted');
		expect(shell.stdout).toContain('to make dotnet publish /t:PublishContainer agree, set ContainerFamily=noble');
		const aot = JSON.parse((await runCli(['--yes', '--json', '--deploy', 'aot'], {cwd: fixture('container-settings')})).stdout);
		expect(aot.project.sdk).toMatchObject({sdk: 'mcr.microsoft.com/dotnet/aspnet:10.0', agrees: false, toAgree: {property: 'ContainerBaseImage', value: aot.runtime.reference}});
		expect(aot.project.sdk.because[0]).toMatch(/^the app is published Native AOT, which runs on runtime-deps/);
	});

	it('takes the image name and port from the project, and -f for a multi-targeted one', async () => {
		const settings = await runCli(['--yes', '--output', 'dockerfile,zerops'], {cwd: fixture('container-settings')});
		expect(settings.stdout).toContain('--tag media/server');
		expect(settings.stdout).toContain('EXPOSE 8096\n# Kestrel listens on the port the project names, not the image\'s 8080\nENV ASPNETCORE_HTTP_PORTS=8096');
		expect(settings.stdout).toContain('ASPNETCORE_URLS: http://0.0.0.0:8096');
		const multi = await runCli(['--yes', '--output', 'dockerfile,zerops,csproj'], {cwd: fixture('multi-target')});
		expect(multi.stdout).toContain('RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet publish Shop.csproj -f net10.0 -a $TARGETARCH --no-restore -c Release -o /app');
		expect(multi.stdout).toContain('dotnet publish Shop.csproj -f net10.0 -c Release -o app');
		expect(multi.stdout).toContain('dotnet publish Shop.csproj -f net10.0 -c Release /t:PublishContainer');
		const eight = await runCli(['--yes', '--dotnet', '8.0', '--output', 'dockerfile'], {cwd: fixture('multi-target')});
		expect(eight.stdout).toContain('RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet publish Shop.csproj -f net8.0 ');
	});

	it('keeps an evaluation until one of the project\'s MSBuild files changes', async () => {
		const cache = await mkdtemp(path.join(os.tmpdir(), 'diw-cache-'));
		const copy = await mkdtemp(path.join(os.tmpdir(), 'diw-project-'));
		await cp(fixture('props-chain'), copy, {recursive: true});
		const previous = process.env['XDG_CACHE_HOME'];
		process.env['XDG_CACHE_HOME'] = cache;
		try {
			const app = path.join(copy, 'src', 'App', 'App.csproj');
			const first = await detectProject(app, copy, {detect: 'msbuild'});
			expect(first.layer.values.dotnet).toBe('8.0');
			const folder = path.join(cache, 'dotnet-image-wizard', 'evaluations');
			const [entry] = await readdir(folder);
			// The next run reads the cache, not MSBuild: a changed entry shows through.
			const stored = JSON.parse(await readFile(path.join(folder, entry!), 'utf8'));
			stored.outcome.evaluation.properties.AssemblyName = 'FromTheCache';
			await writeFile(path.join(folder, entry!), JSON.stringify(stored));
			expect((await detectProject(app, copy, {detect: 'msbuild'})).project.name).toBe('FromTheCache');
			// A props file two levels up changes: MSBuild evaluates again.
			const props = path.join(copy, 'Directory.Build.props');
			await writeFile(props, (await readFile(props, 'utf8')).replace('net8.0', 'net10.0'));
			const after = await detectProject(app, copy, {detect: 'msbuild'});
			expect(after.layer.values.dotnet).toBe('10.0');
			expect(after.project.name).toBe('App');
		} finally {
			if (previous === undefined) delete process.env['XDG_CACHE_HOME'];
			else process.env['XDG_CACHE_HOME'] = previous;
		}
	});

	it('takes dotnet failing to start (ulimit -f 1) as a note for that run only: the next run asks MSBuild again', async () => {
		const cache = await mkdtemp(path.join(os.tmpdir(), 'diw-cache-'));
		const run = (limit: string) => spawnSync('sh', ['-c', `${limit}exec "$@"`, 'sh', process.execPath, binary, '--today', '2026-11-24', '--yes'], {cwd: fixture('web-api'), encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: cache}});
		// The runtime maps its code through a file that a 512-byte file-size limit cannot hold.
		const limited = run('ulimit -f 1; ');
		expect(limited.status).toBe(0);
		expect(limited.stderr).toMatch(/^note: MSBuild could not evaluate WebApi\.csproj \(dotnet could not start its runtime: HRESULT 0x[\dA-F]{8}, often a memory or file-size limit\): read WebApi\.csproj with the XML reader/);
		const folder = path.join(cache, 'dotnet-image-wizard', 'evaluations');
		expect(await readdir(folder).catch(() => [])).toEqual([]);
		const next = run('');
		expect(next.status).toBe(0);
		expect(next.stderr).toBe('');
		const [entry] = await readdir(folder);
		expect(JSON.parse(await readFile(path.join(folder, entry!), 'utf8')).outcome.evaluation.properties.TargetFramework).toBe('net10.0');
	}, 120_000);

	it('remembers MSBuild\'s own verdict on a project until its files change', async () => {
		const cache = await mkdtemp(path.join(os.tmpdir(), 'diw-cache-'));
		const copy = await mkdtemp(path.join(os.tmpdir(), 'diw-project-'));
		await cp(fixture('web-api'), copy, {recursive: true});
		const project = path.join(copy, 'WebApi.csproj');
		const text = await readFile(project, 'utf8');
		await writeFile(project, text.replace('<PropertyGroup>', '<PropertyGroup>\n    <Broken>$([System.String]::NoSuchFunction())</Broken>'));
		const first = await runCli(['--yes'], {cwd: copy, env: {XDG_CACHE_HOME: cache}});
		expect(first.stderr).toMatch(/^note: MSBuild could not evaluate WebApi\.csproj \(error MSB\d{4}: /);
		const folder = path.join(cache, 'dotnet-image-wizard', 'evaluations');
		const entries = await readdir(folder);
		expect(entries).toHaveLength(1);
		expect(JSON.parse(await readFile(path.join(folder, entries[0]!), 'utf8')).outcome.failure).toMatch(/error MSB\d{4}/);
		// Mended, the project is MSBuild's again.
		await writeFile(project, text);
		const mended = await runCli(['--yes'], {cwd: copy, env: {XDG_CACHE_HOME: cache}});
		expect(mended.stderr).toBe('');
	}, 120_000);
});
