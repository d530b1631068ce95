// Pinning in the plain session (issue 24), as the wizard's files screen offers it: with a registry
// to ask, "pin base images by digest" and the update-bot files are among the numbered files; the
// digests come from the registry (Debian's docker-registry on 127.0.0.1 holding stand-ins), and a
// registry out of reach leaves the tags unpinned, said in one line.
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {SessionFlags} from '../../source/session/session.js';
import {fakeBin} from '../fixtures/fake-bin/install.js';
import {freePort} from '../support/free-port.js';
import {servedImages} from '../support/served-images.js';
import {missingTools} from '../support/requirements.js';
import {runPlain} from './plain-run.js';

const answers: SessionFlags = {dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: 'amd64'};

/** The plain session on a copy of the web API with `lines` typed; `registry` as --registry gives it. */
const plain = async (lines: string[], registry: string | undefined) => runPlain('web-api', lines, {flags: answers, ...(registry ? {registry} : {})});

// Use these answers, the summary, the files, write them, then leave the build step.
const choosing = (files: string) => ['y', '', files, '', '', ''];

describe('pinning in the plain session', () => {
	beforeEach(async () => {
		// No engine here: the build step after writing only lists what is missing.
		vi.stubEnv('PATH', (await fakeBin([])).bin);
	});
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('is offered only with a registry to ask (none with --offline), with the update-bot files under it', async () => {
		const offline = await plain(choosing('1,2'), undefined);
		expect(offline.printed).not.toContain('pin base images by digest');
		const online = await plain(choosing('1,2'), `http://127.0.0.1:${await freePort()}`);
		expect(online.printed).toMatch(/ {2}9\. pin base images by digest: every FROM/);
		expect(online.printed).toContain('  10. renovate.json: Renovate keeps the pinned digests current');
		expect(online.printed).toContain('  11. .github/dependabot.yml: Dependabot keeps the Dockerfile\'s pinned digests current');
	});

	it('keeps the tags unpinned when the registry cannot be reached, says so in one line, and writes no bot file', async () => {
		const closed = `http://127.0.0.1:${await freePort()}`;
		const {code, printed, directory} = await plain(choosing('1,2,9,10'), closed);
		expect(code).toBe(0);
		expect(printed).toContain(`the registry at ${closed} could not be reached`);
		expect(printed).toContain('the base images stay as tags, unpinned, and no update-bot file is written.');
		expect(await readFile(path.join(directory, 'Dockerfile'), 'utf8')).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n');
		expect((await readdir(directory)).sort()).toEqual(['.dockerignore', 'Dockerfile', 'WebApi.csproj']);
	});

	it('writes an update-bot file only with pinning, and says so', async () => {
		const {printed, directory} = await plain(choosing('1,10'), `http://127.0.0.1:${await freePort()}`);
		expect(printed).toContain('The update-bot files keep pinned digests current: they are written only with pinning.');
		expect((await readdir(directory)).sort()).toEqual(['Dockerfile', 'WebApi.csproj']);
	});
});

const missing = missingTools([{program: 'docker-registry', probe: ['--version']}]);
describe.skipIf(missing !== '')(`the plain session pins against docker-registry on 127.0.0.1${missing}`, () => {
	const served = servedImages({sdk: 'dotnet/sdk:10.0-noble', aspnet: 'dotnet/aspnet:10.0-noble-chiseled'}, [{os: 'linux', architecture: 'amd64'}]);
	beforeEach(async () => {
		vi.stubEnv('PATH', (await fakeBin([])).bin);
	});
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('writes tag@sha256 FROM lines from the registry and renovate.json', async () => {
		const {code, printed, directory} = await plain(choosing('1,2,9,10'), served.registry.url);
		expect(code).toBe(0);
		expect(printed).toContain(`Asking ${served.registry.url} for the base images' digests…`);
		const dockerfile = await readFile(path.join(directory, 'Dockerfile'), 'utf8');
		expect(dockerfile).toContain(`FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble@${served.images.sdk.digest} AS build\n`);
		expect(dockerfile).toContain(`FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled@${served.images.aspnet.digest}\n`);
		expect(JSON.parse(await readFile(path.join(directory, 'renovate.json'), 'utf8'))).toHaveProperty('enabledManagers');
	}, 60_000);
});
