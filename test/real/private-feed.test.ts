import {randomBytes} from 'node:crypto';
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {execa} from 'execa';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../cli-run.js';
import {nupkgName, privateFeedConfig, startNugetFeed, type NugetFeed} from '../support/nuget-feed.js';
import {missingTools} from '../support/requirements.js';
import {buildah, removeImage} from './buildah.js';
import {openContainer, runToEnd} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';

// A restore inside a real buildah build reaches a private feed on 127.0.0.1 that answers only with
// the credentials of the project's NuGet.config, which the build gets as the secret "nugetconfig":
// the image runs the feed's package, and no layer, history entry, written file or output line
// holds the password.
const missing = missingTools(['buildah', 'dotnet']);

const packageId = 'Diw.Private.Greeting';
const packageVersion = '1.0.0';

/** Every blob of the image in an OCI layout, decompressed where it is a gzip layer. */
async function imageBlobs(image: string, folder: string): Promise<Buffer[]> {
	await buildah(['push', image, `oci:${folder}`]);
	const blobs = path.join(folder, 'blobs', 'sha256');
	const contents: Buffer[] = [];
	for (const name of await readdir(blobs)) {
		const raw = await readFile(path.join(blobs, name));
		contents.push(raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw);
	}
	return contents;
}

describe.skipIf(missing !== '')(`a private feed through the build secret, with buildah${missing}`, () => {
	const image = 'localhost/i24-supply-feed/app:1';
	const credentials = {user: 'builder', password: `pw-${randomBytes(12).toString('hex')}`};
	let work = '';
	let feed: NugetFeed;

	beforeAll(async () => {
		await ensureStandIns();
		work = await mkdtemp(path.join(os.tmpdir(), 'i24-supply-feed-'));
		// The package the feed serves, packed here by the real SDK (nothing to download: no references).
		const library = path.join(work, 'library');
		const packages = path.join(work, 'packages');
		await mkdir(library);
		await writeFile(path.join(library, 'Greeting.csproj'), `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <PackageId>${packageId}</PackageId>\n    <Version>${packageVersion}</Version>\n  </PropertyGroup>\n</Project>\n`);
		await writeFile(path.join(library, 'Greeting.cs'), 'namespace Diw.Private;\npublic static class Greeting { public static string Text => "hello from the private feed"; }\n');
		await writeFile(path.join(library, 'NuGet.config'), '<configuration><packageSources><clear /></packageSources></configuration>\n');
		await execa('dotnet', ['pack', '-c', 'Release', '-o', packages], {cwd: library, env: {DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1'}});
		feed = await startNugetFeed([{id: packageId, version: packageVersion, file: nupkgName(packageId, packageVersion, packages)}], credentials);

		const app = path.join(work, 'app');
		await mkdir(app);
		await writeFile(path.join(app, 'App.csproj'), `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="${packageId}" Version="${packageVersion}" />\n  </ItemGroup>\n</Project>\n`);
		await writeFile(path.join(app, 'Program.cs'), 'System.Console.WriteLine(Diw.Private.Greeting.Text);\n');
		await writeFile(path.join(app, 'NuGet.config'), privateFeedConfig(feed.index, credentials));
	}, 900_000);

	afterAll(async () => {
		await removeImage(image);
		await feed?.stop();
		if (work) await rm(work, {recursive: true, force: true});
	});

	it('restores from the feed with the secret NuGet.config, and no layer or output holds the password', async () => {
		const app = path.join(work, 'app');
		// Its own TMPDIR: buildah's cache mounts live there, so the package is not already cached and restore must reach the feed.
		const tmp = path.join(work, 'tmp');
		await mkdir(tmp);
		const answers = ['--yes', '--dotnet', '10.0', '--app', 'console', '--deploy', 'framework', '--startup', 'jit', '--shell', 'yes', '--os', 'ubuntu', '--arch', 'amd64', '--globalization', 'invariant'];
		const result = await runCli([...answers, '--write', '--engine', 'buildah', '--build', '--image', image], {cwd: app, env: {STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot', TMPDIR: tmp, DOTNET_CLI_TELEMETRY_OPTOUT: '1'}});
		expect(result.stderr).toContain('--secret id=nugetconfig,src=NuGet.config');
		expect(result.exitCode, result.stderr.split('\n').slice(-12).join('\n')).toBe(0);

		// The feed served the package, and only to a request with the credentials.
		expect(feed.requests.some(request => request.authorized && request.url.endsWith('.nupkg'))).toBe(true);

		const dockerfile = await readFile(path.join(app, 'Dockerfile'), 'utf8');
		expect(dockerfile).toContain('--mount=type=secret,id=nugetconfig,target=/source/NuGet.config');
		expect(dockerfile).not.toMatch(/^COPY NuGet\.config/m);
		expect(await readFile(path.join(app, '.dockerignore'), 'utf8')).toMatch(/^NuGet\.config$/m);

		// The app runs the package from the feed.
		const container = await openContainer(image);
		try {
			const run = await runToEnd(container);
			expect(run.output).toContain('hello from the private feed');
			// No NuGet.config anywhere in the image's files.
			const {stdout} = await execa('find', [container.root, '-iname', 'nuget.config']);
			expect(stdout).toBe('');
		} finally {
			await container.done();
		}

		// No file the tool wrote, no line it printed, no layer, config or history entry holds the password.
		for (const file of ['Dockerfile', '.dockerignore', 'zerops.yml', 'container.props']) {
			const content = await readFile(path.join(app, file), 'utf8').catch(() => '');
			expect(content).not.toContain(credentials.password);
		}
		expect(`${result.stdout}\n${result.stderr}`).not.toContain(credentials.password);
		expect(await buildah(['inspect', '--type', 'image', image])).not.toContain(credentials.password);
		const blobs = await imageBlobs(image, path.join(work, 'oci'));
		expect(blobs.length).toBeGreaterThan(2);
		for (const blob of blobs) expect(blob.includes(credentials.password)).toBe(false);
		// The check can see: the package the feed served is in a layer.
		expect(blobs.some(blob => blob.includes('app/Greeting.dll'))).toBe(true);
	}, 900_000);
});
