import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import path from 'node:path';
import {missingTools} from '../support/requirements.js';
import {entrypointFile, openContainer, runToEnd} from './run-image.js';
import {existsSync} from 'node:fs';
import {ensureStandIns} from './stand-ins.js';
import {buildLikeTheUser, cleanUp, copyApp, parseBuildLine, runTool} from './user-build.js';

// Issue 19, defects 1 and 2, built for real: a worker whose ASP.NET Core dependency and whose
// references come only through Directory.Build.targets (a glob under a condition MSBuild alone
// decides, and a reference the referenced project adds itself) restores, publishes and starts.
const missing = missingTools(['buildah', 'debootstrap', 'dotnet']);
const minutes = 60_000;

describe.skipIf(missing !== '')(`a worker that needs ASP.NET Core through its references, built with buildah${missing}`, () => {
	beforeAll(async () => {
		await ensureStandIns();
	}, 20 * minutes);
	afterAll(cleanUp, 5 * minutes);

	it('restores every referenced project, runs on aspnet and starts', async () => {
		const copy = await copyApp('services');
		const cwd = path.join(copy, 'src', 'Jobs.Worker');
		const {stdout} = await runTool(cwd, ['--yes', '--write', '--arch', 'amd64']);
		const line = parseBuildLine(stdout);
		const {image} = await buildLikeTheUser(cwd, line, 'i23-reader-services:worker');
		const container = await openContainer(image);
		try {
			expect(container.config.Entrypoint).toEqual(['dotnet', 'Jobs.Worker.dll']);
			expect(existsSync(entrypointFile(container))).toBe(true);
			// On the runtime image it stopped with "Framework: 'Microsoft.AspNetCore.App' … No frameworks were found."
			const {exitCode, output} = await runToEnd(container);
			expect(exitCode, output).toBe(0);
			expect(output).toMatch(/^worker done: user=app status=200 telemetry=on arch=X64$/m);
		} finally {
			await container.done();
		}
	}, 15 * minutes);
});
