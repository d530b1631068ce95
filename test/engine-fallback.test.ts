// Messages of the build's set-up. Without --engine, a run that finds docker unusable falls back to
// the next engine: a message about that engine says why it builds, and never blames an --engine sdk
// the user never passed. A $TMPDIR that does not exist is one line that names it.
import {chmod, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from './cli-run.js';

let bin: string;
beforeAll(async () => {
	bin = await mkdtemp(path.join(os.tmpdir(), 'diw-fallback-bin-'));
	// A docker whose daemon does not answer, and a dotnet that only says its version: no podman, no buildah.
	await writeFile(path.join(bin, 'docker'), '#!/bin/sh\necho "Cannot connect to the Docker daemon at unix:///var/run/docker.sock" >&2\nexit 1\n');
	await writeFile(path.join(bin, 'dotnet'), '#!/bin/sh\necho 10.0.100\n');
	await mkdir(path.join(bin, 'with-buildah'));
	await writeFile(path.join(bin, 'with-buildah', 'buildah'), '#!/bin/sh\necho "buildah version 1.28.2"\n');
	await Promise.all(['docker', 'dotnet', 'with-buildah/buildah'].map(async name => chmod(path.join(bin, name), 0o755)));
});
afterAll(async () => {
	await rm(bin, {recursive: true, force: true});
});

describe('falling back to the .NET SDK when docker is unusable', () => {
	it('--push without a registry says why the SDK builds, not "--engine sdk"', async () => {
		const result = await runCli(['--detect', 'xml', '--yes', '--build', '--push', '--arch', 'amd64'], {env: {PATH: bin}});
		expect(result.exitCode).toBe(2);
		expect(result.stderr).not.toContain('--engine sdk');
		expect(result.stderr.trim()).toBe('dotnet-image-wizard: --push needs a registry in --image, like registry.example.com/webapi:latest, when the .NET SDK builds; it builds here because no other engine can (docker\'s daemon does not answer, podman is not installed, buildah is not installed): add the registry, or name another engine with --engine.');
	});

	it('with --engine sdk named, the message names it', async () => {
		const result = await runCli(['--detect', 'xml', '--yes', '--build', '--push', '--arch', 'amd64', '--engine', 'sdk'], {env: {PATH: bin}});
		expect(result.exitCode).toBe(2);
		expect(result.stderr.trim()).toBe('dotnet-image-wizard: --push with --engine sdk needs a registry in --image, like registry.example.com/webapi:latest.');
	});
});

describe('a $TMPDIR that does not exist', () => {
	it('is one line naming it, not a raw ENOENT', async () => {
		const result = await runCli(['--detect', 'xml', '--yes', '--build', '--engine', 'buildah', '--arch', 'amd64'], {env: {PATH: path.join(bin, 'with-buildah'), TMPDIR: '/nonexistent/diw-tmp'}});
		expect(result.exitCode).toBe(1);
		expect(result.stderr.trim()).toBe('dotnet-image-wizard: cannot make a temporary folder in /nonexistent/diw-tmp ($TMPDIR): it does not exist. Point TMPDIR at a folder that exists and can be written.');
	});
});
