import {cp, mkdir, mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {execa} from 'execa';
import {isolationFlags, removeImage, storageFlags} from './buildah.js';
import {writeNugetConfig} from './machine-nuget.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const binary = path.join(here, '..', '..', 'dist', 'cli.js');

/** Restores in every build share one package folder, as a developer's machine does. */
export const sharedNugetFolder = process.env['DIW_REAL_NUGET'] ?? '/var/tmp/dotnet-image-wizard-real-nuget';

const copies: string[] = [];

/** A copy of a fixture app under test/real/apps, with the machine's NuGet.config at its root. */
export async function copyApp(name: string): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), `diw-real-${name}-`));
	copies.push(folder);
	await cp(path.join(here, 'apps', name), folder, {recursive: true});
	await writeNugetConfig(folder);
	return folder;
}

/** What the tool told the user to run: the buildx line, read back as its parts. */
export type BuildLine = {platforms: string[]; tag: string; dockerfile?: string; context: string; text: string};

export function parseBuildLine(stdout: string): BuildLine {
	const text = /^Build: (docker buildx build .*)$/m.exec(stdout)?.[1];
	if (!text) throw new Error(`no "Build:" line in:\n${stdout}`);
	const words = text.split(' ');
	const value = (flag: string) => {
		const index = words.indexOf(flag);
		return index === -1 ? undefined : words[index + 1];
	};
	const dockerfile = value('--file');
	return {platforms: value('--platform')!.split(','), tag: value('--tag')!, ...(dockerfile ? {dockerfile} : {}), context: words.at(-1)!, text};
}

/** Runs the built CLI from `cwd` as a user would; the tool's exit code must be 0. */
export async function runTool(cwd: string, args: string[]): Promise<{stdout: string; stderr: string}> {
	const result = await execa(process.execPath, [binary, '--today', '2026-11-24', ...args], {cwd, input: '', reject: false});
	if (result.exitCode !== 0) throw new Error(`dotnet-image-wizard ${args.join(' ')} exited ${result.exitCode}:\n${result.stderr}`);
	return {stdout: String(result.stdout), stderr: String(result.stderr)};
}

/**
 * The buildx command the tool printed, run with buildah from the same folder: the same platforms,
 * Dockerfile and context; a manifest list for several platforms. Local stand-ins only
 * (`--pull=never`); the NuGet folder is shared between builds.
 */
export async function buildLikeTheUser(cwd: string, line: BuildLine, name: string, options: {timeoutMs?: number} = {}): Promise<{image: string; log: string}> {
	await mkdir(sharedNugetFolder, {recursive: true});
	// Several test runs may build at once on a shared machine: each names its images by its process.
	const image = `localhost/diw-real-${process.pid}/${name}`;
	built.push(image);
	await removeImage(image);
	const output = line.platforms.length > 1 ? ['--manifest', image] : ['--tag', image];
	const args = [
		...storageFlags, 'build', ...isolationFlags, '--pull=never',
		'--platform', line.platforms.join(','),
		'--volume', `${sharedNugetFolder}:/root/.nuget/packages`,
		...(line.dockerfile ? ['--file', line.dockerfile] : []),
		...output,
		line.context,
	];
	const result = await execa('buildah', args, {cwd, reject: false, all: true, timeout: options.timeoutMs ?? 10 * 60_000});
	const log = String(result.all ?? '');
	if (result.exitCode !== 0) throw new Error(`buildah build failed (from ${cwd}: ${line.text}):\n${log.split('\n').slice(-40).join('\n')}`);
	return {image, log};
}

const built: string[] = [];

/** Removes the images and copies this test file made. */
export async function cleanUp(): Promise<void> {
	for (const image of built.splice(0)) await removeImage(image);
	await removeCopies();
}

/** Removes the copies this test file made. */
export async function removeCopies(): Promise<void> {
	await Promise.all(copies.splice(0).map(folder => rm(folder, {recursive: true, force: true})));
}
