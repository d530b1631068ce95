import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {missingTools} from '../support/requirements.js';
import {openContainer, runToEnd} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';
import {buildLikeTheUser, cleanUp, copyApp, parseBuildLine, runTool} from './user-build.js';

// A package whose native code needs an OS library (test/real/apps/thumbnails: SkiaSharp's
// libSkiaSharp.so loads libfontconfig.so.1), caught before the image fails at run time: the tool
// picks an image with a shell and installs the library in the final stage, and the app draws.
// On a shell-less image it warns, and the app fails exactly as the warning says.
const missing = missingTools(['buildah', 'debootstrap', 'dotnet']);
const minutes = 60_000;

describe.skipIf(missing !== '')(`a package that needs an OS library, built with buildah${missing}`, () => {
	beforeAll(async () => {
		await ensureStandIns();
	}, 20 * minutes);
	afterAll(cleanUp, 5 * minutes);

	it('SkiaSharp.NativeAssets.Linux: an image with a shell, libfontconfig1 installed in the final stage, and the app draws', async () => {
		const copy = await copyApp('thumbnails');
		const {stdout} = await runTool(copy, ['--yes', '--write', '--arch', 'amd64']);
		expect(stdout).toContain('warning: SkiaSharp.NativeAssets.Linux loads libfontconfig.so.1, which mcr.microsoft.com/dotnet/runtime:10.0-noble lacks: the Dockerfile\'s final stage installs it');
		const dockerfile = await readFile(path.join(copy, 'Dockerfile'), 'utf8');
		expect(dockerfile).toContain('FROM mcr.microsoft.com/dotnet/runtime:10.0-noble\n');
		expect(dockerfile).toContain('apt-get install -y --no-install-recommends libfontconfig1');
		expect(await readFile(path.join(copy, 'zerops.yml'), 'utf8')).toContain('- sudo apt-get install -y --no-install-recommends libfontconfig1\n');
		const {image} = await buildLikeTheUser(copy, parseBuildLine(stdout), 'i19-compose-thumbnails');
		const container = await openContainer(image);
		try {
			const {exitCode, output} = await runToEnd(container);
			expect(exitCode, output).toBe(0);
			expect(output).toMatch(/^drew a \d+-byte PNG$/m);
		} finally {
			await container.done();
		}
	}, 15 * minutes);

	it('with --shell no the warning names the package and the library, and the chiseled image fails as it says', async () => {
		const copy = await copyApp('thumbnails');
		const {stdout} = await runTool(copy, ['--yes', '--write', '--arch', 'amd64', '--shell', 'no']);
		expect(stdout).toContain('warning: SkiaSharp.NativeAssets.Linux loads libfontconfig.so.1, which mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled lacks and, with no shell or package manager, cannot add');
		expect(await readFile(path.join(copy, 'Dockerfile'), 'utf8')).not.toContain('RUN apt-get');
		const {image} = await buildLikeTheUser(copy, parseBuildLine(stdout), 'i19-compose-thumbnails-chiseled');
		const container = await openContainer(image);
		try {
			const {exitCode, output} = await runToEnd(container);
			expect(exitCode).not.toBe(0);
			expect(output).toContain('libfontconfig.so.1');
		} finally {
			await container.done();
		}
	}, 15 * minutes);
});
