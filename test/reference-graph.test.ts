// Issue 19, defects 1 and 2: the frameworks an app needs come from its whole reference graph, and
// the references Directory.Build.targets adds (behind conditions only MSBuild decides, and those
// the referenced projects add themselves) are read with MSBuild and copied before restore.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {root, runCli} from './cli-run.js';
import {missingTools} from './support/requirements.js';

const services = path.join(root, 'test', 'real', 'apps', 'services');
const worker = path.join(services, 'src', 'Jobs.Worker');
const missing = missingTools(['dotnet']);

describe.skipIf(missing !== '')(`a worker reaching ASP.NET Core through references Directory.Build.targets adds${missing}`, () => {
	it('runs on aspnet, copies every referenced project before restore, and says where the SDK\'s own pick differs', async () => {
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--json', '--arch', 'amd64'], {cwd: worker});
		expect(exitCode, stderr).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.project.reader).toBe('msbuild');
		expect(json.runtime.reference).toBe('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		expect(json.provenance.app).toEqual({source: 'detected', note: 'FrameworkReference Microsoft.AspNetCore.App in ../ServiceDefaults/ServiceDefaults.csproj, which the app references'});
		// The SDK reads only the project's own FrameworkReference: its image would not start the app.
		expect(json.project.sdk).toMatchObject({sdk: 'mcr.microsoft.com/dotnet/runtime:10.0', agrees: false, toAgree: {property: 'ContainerBaseImage', value: 'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled'}});
		expect(json.project.sdk.because[0]).toBe('the app needs ASP.NET Core through ../ServiceDefaults/ServiceDefaults.csproj (its FrameworkReference), which the SDK does not look at: it reads the project\'s own FrameworkReference only, and its runtime image would not start the app');
		const dockerfile = (await runCli(['--yes', '--arch', 'amd64', '--output', 'dockerfile'], {cwd: worker})).stdout;
		expect(dockerfile).toContain([
			'COPY Directory.Build.props .',
			'COPY Directory.Build.targets .',
			'COPY src/ServiceDefaults/ServiceDefaults.csproj src/ServiceDefaults/',
			'COPY src/Telemetry/Telemetry.csproj src/Telemetry/',
			'COPY src/Jobs.Worker/Jobs.Worker.csproj src/Jobs.Worker/',
		].join('\n'));
	}, 120_000);
});

describe('the same worker with --detect xml', () => {
	it('names the references it cannot see in project.unseen and in a note', async () => {
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--json', '--detect', 'xml'], {cwd: worker});
		expect(exitCode).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.project.unseen).toEqual([
			'ProjectReference $(MSBuildThisFileDirectory)src/*Defaults/*.csproj if $(MSBuildProjectName.EndsWith(\'Worker\')) in ../../Directory.Build.targets',
			'ProjectReference $(MSBuildThisFileDirectory)src/Telemetry/Telemetry.csproj if $(MSBuildProjectName.StartsWith(\'Service\')) in ../../Directory.Build.targets',
		]);
		expect(stderr).toContain('note: the XML reader could not follow ProjectReference $(MSBuildThisFileDirectory)src/*Defaults/*.csproj if');
	});
});
