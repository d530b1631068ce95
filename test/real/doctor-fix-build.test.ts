import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {validate} from 'dockerfile-utils';
import {execa} from 'execa';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {missingTools} from '../support/requirements.js';
import {elfMachine, openContainer, platformDigest, runToEnd} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';
import {buildLikeTheUser, cleanUp, copyApp} from './user-build.js';

// A team's Dockerfile that builds for one platform only (the SDK stage would run arm64 under
// emulation), fixed by `doctor --fix`, then built for real for amd64 and arm64 and started.
const missing = missingTools(['buildah', 'debootstrap', 'dotnet']);
const minutes = 60_000;
const binary = path.join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

const teamDockerfile = `# The queue worker, as we have built it since 2024
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
COPY Worker.csproj NuGet.config ./
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/runtime:10.0-noble
WORKDIR /app
COPY --from=build /app .
USER app
ENTRYPOINT ["dotnet", "QueueRunner.dll"]
`;

describe.skipIf(missing !== '')(`doctor --fix, built with buildah${missing}`, () => {
	beforeAll(async () => {
		await ensureStandIns();
	}, 20 * minutes);
	afterAll(cleanUp, 5 * minutes);

	it('the original builds for amd64; the fixed file cross-builds amd64 and arm64 and runs as the app user', async () => {
		const copy = await copyApp('worker');
		await writeFile(path.join(copy, 'Dockerfile'), teamDockerfile);
		await writeFile(path.join(copy, '.dockerignore'), '**/bin/\n**/obj/\n');
		const original = await buildLikeTheUser(copy, {platforms: ['linux/amd64'], tag: 'x', context: '.', text: 'original'}, 'i21-doctor-original');
		expect(original.image).toContain('i21-doctor-original');

		const fix = await execa(process.execPath, [binary, 'doctor', '--fix', '--force', '--arch', 'amd64,arm64', '--today', '2026-11-24', '--offline', '--plain'], {cwd: copy, reject: false, input: ''});
		expect(fix.exitCode, fix.stderr).toBe(0);
		expect(fix.stdout).toContain('+FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build\n+ARG TARGETARCH\n');
		const fixed = await readFile(path.join(copy, 'Dockerfile'), 'utf8');
		expect(fixed).toContain('RUN dotnet restore -a $TARGETARCH\n');
		expect(fixed).toContain('USER $APP_UID\n');
		expect(validate(fixed).filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
		// Checked again after the write: what was fixed is gone.
		expect(fix.stdout).not.toMatch(/DIW008|DIW016/);

		const {image} = await buildLikeTheUser(copy, {platforms: ['linux/amd64', 'linux/arm64'], tag: 'x', context: '.', text: 'fixed'}, 'i21-doctor-fixed');
		const amd64 = await openContainer(`${image}@${await platformDigest(image, 'amd64')}`);
		try {
			const {exitCode, output} = await runToEnd(amd64);
			expect(exitCode, output).toBe(0);
			expect(output).toMatch(/^worker done: user=app arch=X64/m);
		} finally {
			await amd64.done();
		}
		const arm64 = await openContainer(`${image}@${await platformDigest(image, 'arm64')}`);
		try {
			expect(await elfMachine(path.join(arm64.root, 'app', 'QueueRunner'))).toBe('aarch64');
		} finally {
			await arm64.done();
		}
	}, 20 * minutes);
});
