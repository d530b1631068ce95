// A cold read asks MSBuild without the SDK's workload resolver, without tiered PGO and for a binary
// log without the evaluation's properties (together, a third of the run); a project that workloads
// shape is evaluated again with them, and a user's own setting of any of the variables is kept.
import {chmod, cp, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, it} from 'vitest';
import {dotnetOnPath} from '../source/project/evaluation-cache.js';
import {evaluateWithMsbuild} from '../source/project/msbuild-evaluation.js';
import {msbuildRunSettings, shapedByWorkloads} from '../source/project/msbuild-run-settings.js';
import {fixture, runCli} from './cli-run.js';
import {missingTools} from './support/requirements.js';
import {scratchFolder} from './support/scratch-folder.js';

const temporaryFolder = async () => scratchFolder('diw-run-settings-');

describe('which projects workloads shape', () => {
	it.each([
		['a web app for Linux', {TargetPlatformIdentifier: '', RuntimeIdentifier: 'linux-x64'}, false],
		['a Windows desktop app (the SDK\'s own platform)', {TargetPlatformIdentifier: 'windows', UseWPF: 'true'}, false],
		['a WebAssembly app', {RuntimeIdentifier: 'browser-wasm'}, true],
		['an app that lists a WASI identifier among others', {RuntimeIdentifiers: 'linux-x64; wasi-wasm'}, true],
		['an Android app', {TargetPlatformIdentifier: 'android'}, true],
		['an iOS simulator build', {RuntimeIdentifier: 'iossimulator-arm64'}, true],
		['a MAUI app before its framework is picked', {UseMaui: 'True'}, true],
		['a Blazor WebAssembly app', {UsingMicrosoftNETSdkBlazorWebAssembly: 'true'}, true],
		['a linux-bionic Native AOT app (no workload)', {RuntimeIdentifier: 'linux-bionic-arm64'}, false],
	])('%s', (_name, properties, shaped) => {
		expect(shapedByWorkloads(properties)).toBe(shaped);
	});
});

describe('the variables a run adds', () => {
	it('turns off the workload resolver and tiered PGO, and keeps the resolver for a second look', () => {
		const log = {MSBUILDLOGPROPERTIESANDITEMSAFTEREVALUATION: '0'};
		expect(msbuildRunSettings({}, false)).toEqual({variables: {DOTNET_TieredPGO: '0', ...log, MSBuildEnableWorkloadResolver: 'false'}, workloadsOff: true});
		expect(msbuildRunSettings({}, true)).toEqual({variables: {DOTNET_TieredPGO: '0', ...log}, workloadsOff: false});
	});

	it('keeps what the user set, in whatever case MSBuild would read it', () => {
		expect(msbuildRunSettings({DOTNET_TieredPGO: '1', MSBUILDENABLEWORKLOADRESOLVER: 'true', MSBUILDLOGPROPERTIESANDITEMSAFTEREVALUATION: '1'}, false)).toEqual({variables: {}, workloadsOff: false});
		expect(msbuildRunSettings({COMPlus_TieredPGO: '1'}, false).variables).toEqual({MSBUILDLOGPROPERTIESANDITEMSAFTEREVALUATION: '0', MSBuildEnableWorkloadResolver: 'false'});
	});
});

/**
 * A `dotnet` for PATH that logs each run's two variables (one line per run) and answers as MSBuild
 * would, with a WebAssembly runtime identifier where `wasm` is set.
 */
async function recordingDotnet(log: string, wasm: boolean): Promise<string> {
	const bin = await temporaryFolder();
	const properties = `"TargetFramework": "net10.0", "OutputType": "Exe", "UsingMicrosoftNETSdkWeb": "true", "RuntimeIdentifier": "${wasm ? 'browser-wasm' : ''}"`;
	await writeFile(path.join(bin, 'dotnet'), [
		'#!/bin/sh',
		`echo "resolver=\${MSBuildEnableWorkloadResolver-unset} pgo=\${DOTNET_TieredPGO-unset} log=\${MSBUILDLOGPROPERTIESANDITEMSAFTEREVALUATION-unset}" >> '${log}'`,
		`echo '{"Properties": {${properties}}, "Items": {}}'`,
	].join('\n'));
	await chmod(path.join(bin, 'dotnet'), 0o755);
	return bin;
}

describe('how often MSBuild runs', () => {
	it.each([
		['a web app: once, without workloads', false, {}, ['resolver=false pgo=0 log=0']],
		['a WebAssembly app: again, with the workloads', true, {}, ['resolver=false pgo=0 log=0', 'resolver=unset pgo=0 log=0']],
		['a user who set the variables: once, with theirs', true, {MSBuildEnableWorkloadResolver: 'true', DOTNET_TieredPGO: '1', MSBUILDLOGPROPERTIESANDITEMSAFTEREVALUATION: '1'}, ['resolver=true pgo=1 log=1']],
	])('%s', async (_name, wasm, environment, runs) => {
		const log = path.join(await temporaryFolder(), 'runs.log');
		const bin = await recordingDotnet(log, wasm);
		const {stdout, stderr} = await runCli(['--yes', '--json', '--detect', 'msbuild'], {
			env: {PATH: `${bin}${path.delimiter}${process.env['PATH']}`, XDG_CACHE_HOME: await temporaryFolder(), ...environment},
		});
		// The answer is MSBuild's: a web app read, or the WebAssembly app it reported refused.
		if (wasm) expect(stderr).toContain('it is a Blazor WebAssembly app');
		else expect(JSON.parse(stdout).project.reader).toBe('msbuild');
		expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual(runs);
	});
});

const missing = missingTools(['dotnet']);

describe.skipIf(missing !== '')(`the same evaluation as with the workload resolver and tiered PGO${missing}`, () => {
	/** Evaluates with the user's environment plus `environment`. */
	async function evaluate(file: string, environment: Record<string, string> = {}) {
		const saved = {...process.env};
		Object.assign(process.env, environment);
		try {
			return await evaluateWithMsbuild(file, frameworks => frameworks.at(-1), [], await dotnetOnPath());
		} finally {
			for (const name of Object.keys(environment)) delete process.env[name];
			Object.assign(process.env, saved);
		}
	}

	it.each([
		['a web app with container settings', 'container-settings', 'MediaServer.csproj'],
		['a Native AOT console app', 'aot-console', 'AotConsole.csproj'],
		['a multi-targeted app', 'multi-target', 'Shop.csproj'],
		['a MAUI app', 'maui-app', 'Phone.csproj'],
	])('%s', async (_shape, name, project) => {
		const folder = await temporaryFolder();
		await cp(fixture(name), folder, {recursive: true});
		const file = path.join(folder, project);
		// The user's own settings turn the shortcuts off.
		expect(await evaluate(file)).toEqual(await evaluate(file, {MSBuildEnableWorkloadResolver: 'true', DOTNET_TieredPGO: '1', MSBUILDLOGPROPERTIESANDITEMSAFTEREVALUATION: '1'}));
	}, 120_000);

	it('a WebAssembly app: self-contained, as the workload\'s targets make it', async () => {
		const folder = await temporaryFolder();
		const file = path.join(folder, 'Wasm.csproj');
		await writeFile(file, '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <OutputType>Exe</OutputType>\n    <RuntimeIdentifier>browser-wasm</RuntimeIdentifier>\n  </PropertyGroup>\n</Project>\n');
		expect((await evaluate(file)).properties.SelfContained).toBe('true');
		// What the second look is for: without the workloads, MSBuild says otherwise.
		expect((await evaluate(file, {MSBuildEnableWorkloadResolver: 'false'})).properties.SelfContained).toBe('false');
	}, 120_000);
});
