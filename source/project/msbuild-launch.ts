import {existsSync, readdirSync, realpathSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileAbove} from './xml-evaluation.js';

/** How dotnet is asked to run MSBuild: the arguments before MSBuild's own, and the environment it adds. */
export type MsbuildLaunch = {kind: 'cli' | 'direct'; arguments: string[]; environment: Record<string, string>};

const cli: MsbuildLaunch = {kind: 'cli', arguments: ['msbuild'], environment: {}};

/** A SemVer version's parts: numbers, then prerelease identifiers (none for a release). */
function versionParts(name: string): {numbers: number[]; prerelease: string[]} | undefined {
	const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(name);
	if (!match) return undefined;
	return {numbers: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] ? match[4].split('.') : []};
}

/** SemVer precedence: a release after its prereleases; numeric identifiers by value, before alphanumeric ones. */
export function compareSdkVersions(a: string, b: string): number {
	const [first, second] = [versionParts(a), versionParts(b)];
	if (!first || !second) return 0;
	for (let index = 0; index < 3; index++) {
		const difference = first.numbers[index]! - second.numbers[index]!;
		if (difference !== 0) return difference;
	}
	if (first.prerelease.length === 0 || second.prerelease.length === 0) return second.prerelease.length - first.prerelease.length;
	for (let index = 0; index < Math.max(first.prerelease.length, second.prerelease.length); index++) {
		const [x, y] = [first.prerelease[index], second.prerelease[index]];
		if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
		const [xNumber, yNumber] = [/^\d+$/.test(x), /^\d+$/.test(y)];
		if (xNumber && yNumber && Number(x) !== Number(y)) return Number(x) - Number(y);
		if (xNumber !== yNumber) return xNumber ? -1 : 1;
		if (x !== y) return x < y ? -1 : 1;
	}
	return 0;
}

/**
 * The SDK `dotnet` picks where no global.json says otherwise: the newest installed one, prereleases
 * included, as the host does. Its folder, or undefined when there is none.
 */
export function newestSdk(dotnetRoot: string): string | undefined {
	let names: string[];
	try {
		names = readdirSync(path.join(dotnetRoot, 'sdk'));
	} catch {
		return undefined;
	}
	const installed = names.filter(name => versionParts(name) && existsSync(path.join(dotnetRoot, 'sdk', name, 'dotnet.dll')));
	const newest = installed.sort(compareSdkVersions).at(-1);
	return newest === undefined ? undefined : path.join(dotnetRoot, 'sdk', newest);
}

/**
 * How to run MSBuild for a project in `folder` with the dotnet installed in `dotnetRoot`.
 * `dotnet msbuild` first resolves the SDK, then starts the .NET CLI, which runs the SDK's MSBuild in
 * its own process with four variables set (and one more the CLI sets for every command). Where no
 * global.json has a say, the SDK is the newest installed one, and that SDK's MSBuild.dll is started
 * directly (`dotnet exec`) with the variables and switches the CLI gives it: the same evaluation
 * without the CLI's own start, about a tenth of a cold read. With a global.json (which may pin a version, roll forward or name other SDK
 * folders), the CLI resolves it as always.
 */
export async function msbuildLaunch(folder: string, dotnetRoot: string | undefined, environment: NodeJS.ProcessEnv = process.env): Promise<MsbuildLaunch> {
	// The host looks for global.json from where dotnet runs (the project's folder) up.
	if (!dotnetRoot || await fileAbove(folder, 'global.json')) return cli;
	const found = newestSdk(dotnetRoot);
	if (!found) return cli;
	let sdk: string;
	try {
		// The SDK's real folder, as the CLI running from it sees it: MSBuild tells its own files by it.
		sdk = realpathSync.native(found);
	} catch {
		return cli;
	}
	const msbuild = path.join(sdk, 'MSBuild.dll');
	if (!existsSync(msbuild)) return cli;
	const host = path.join(dotnetRoot, process.platform === 'win32' ? 'dotnet.exe' : 'dotnet');
	return {
		kind: 'direct',
		arguments: ['exec', msbuild, '-maxcpucount', '-verbosity:m', '-tlp:default=auto'],
		environment: {
			MSBuildExtensionsPath: `${sdk}${path.sep}`,
			MSBuildSDKsPath: environment['MSBuildSDKsPath'] ?? path.join(sdk, 'Sdks'),
			DOTNET_HOST_PATH: host,
			MSBUILDUSESERVER: '0',
			// The CLI sets it at its start where it is unset: a wildcard that would list the whole
			// drive (`/**/*.cs`) is an error, not a walk of the disk.
			MSBUILDFAILONDRIVEENUMERATINGWILDCARD: environment['MSBUILDFAILONDRIVEENUMERATINGWILDCARD'] || '1',
		},
	};
}
