import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {detectProject} from '../source/project/detect.js';
import type {DetectMode} from '../source/project/evaluate.js';
import {locateProject} from '../source/project/locate.js';
import {root} from './cli-run.js';
import {missingTools} from './support/requirements.js';

const fixtures = path.join(root, 'test', 'fixtures', 'projects');
const at = (...parts: string[]) => path.join(fixtures, ...parts);

// Every case runs through both readers: the XML reader and MSBuild must come to the same answers.
const noSdk = missingTools(['dotnet']);
const readers: Array<{reader: DetectMode; skip: boolean; title: string}> = [
	{reader: 'xml', skip: false, title: 'project detection (XML reader)'},
	{reader: 'msbuild', skip: noSdk !== '', title: `project detection (MSBuild)${noSdk}`},
];

describe.each(readers)('$title', ({reader, skip}) => {
	if (skip) {
		it.skip('needs the .NET SDK', () => {});
		return;
	}
	const detectProjectWith = async (file: string, cwd: string) => detectProject(file, cwd, {detect: reader});
	const detect = async (folder: string) => {
		const located = await locateProject(root, at(folder));
		if (located.kind !== 'found') throw new Error(`no single project in ${folder}`);
		return detectProjectWith(located.file, root);
	};

	it('reads a web API: version, web SDK, invariant globalization, assembly name', async () => {
		const detection = await detect('web-api');
		expect(detection.layer.values).toEqual({dotnet: '10.0', app: 'web', globalization: 'invariant'});
		expect(detection.layer.notes).toMatchObject({dotnet: 'TargetFramework net10.0', app: 'Sdk Microsoft.NET.Sdk.Web'});
		expect(detection.project).toEqual({name: 'WebApi', projectFile: 'WebApi.csproj', restoreFiles: ['WebApi.csproj']});
	});

	it('reads a worker and its ReadyToRun setting', async () => {
		// The SDK fills in the build machine's RID for a ReadyToRun publish: that is no target architecture.
		expect((await detect('worker')).layer.values).toEqual({dotnet: '9.0', app: 'console', startup: 'readytorun', globalization: 'icu'});
	});

	it('reads Native AOT, musl RIDs and AssemblyName, leaving out a Debug-only group', async () => {
		const detection = await detect('aot-console');
		expect(detection.layer.values).toEqual({dotnet: '10.0', app: 'console', deploy: 'aot', globalization: 'invariant', arch: 'amd64,arm64', os: 'alpine'});
		expect(detection.project.name).toBe('aot-tool');
	});

	it('reads conditional groups as a Release publish sees them, and says under which condition', async () => {
		const detection = await detect('conditional');
		// PublishAot depends on a file's existence: MSBuild decides it (the file is not there), the XML reader leaves it out.
		expect(detection.layer.values).toEqual({dotnet: '10.0', app: 'web', startup: 'readytorun', deploy: 'self-contained', globalization: 'icu'});
		expect(detection.layer.notes).toMatchObject({
			startup: "PublishReadyToRun true if '$(Configuration)|$(Platform)' == 'Release|AnyCPU'",
			deploy: "SelfContained true if '$(TargetFramework)' == 'net10.0'",
			globalization: 'InvariantGlobalization false',
		});
	});

	it('takes the newest of several target frameworks and reads ContainerFamily', async () => {
		const detection = await detect('multi-target');
		expect(detection.layer.values).toMatchObject({dotnet: '10.0', app: 'web', os: 'ubuntu', shell: 'no', globalization: 'icu'});
		expect(detection.layer.notes?.dotnet).toBe('TargetFrameworks net8.0;net10.0: the newest');
		expect(detection.containerProperties).toEqual({ContainerFamily: 'noble-chiseled'});
	});

	it('applies Directory.Build.props and widens the build context to hold the shared build files', async () => {
		const detection = await detect(path.join('with-props', 'src', 'Api'));
		expect(detection.layer.values).toMatchObject({dotnet: '10.0', app: 'web', globalization: 'icu'});
		expect(detection.layer.notes?.globalization).toMatch(/InvariantGlobalization false in .*Directory\.Build\.props/);
		expect(detection.contextDirectory).toBe(at('with-props'));
		expect(detection.project.restoreFiles).toEqual(['Directory.Build.props', 'Directory.Build.targets', 'NuGet.config', 'src/Api/Api.csproj']);
	});

	it('explains why .NET Framework cannot be containerised on Linux', async () => {
		const detection = await detect('legacy-net48');
		expect(detection.layer.values.dotnet).toBeUndefined();
		expect(detection.problems[0]).toMatch(/net48: \.NET Framework runs only in Windows containers/);
	});

	it('reports a malformed project file with its line', async () => {
		await expect(detect('malformed')).rejects.toThrow(/Broken\.csproj is not valid XML \(line 4/);
	});

	it('rejects an assembly name that would break out of a Dockerfile line', async () => {
		await expect(detect('evil-name')).rejects.toThrow(/Evil\.csproj: assembly name "App\\nRUN curl/);
	});

	it('reads the projects of an .slnx solution, in its folders and with Windows separators', async () => {
		const located = await locateProject(root, at('solution-x'));
		expect(located).toEqual({kind: 'choose', reason: 'Two.slnx lists several apps', candidates: [at('solution-x', 'src', 'Api', 'Api.csproj'), at('solution-x', 'tools', 'Worker', 'Worker.csproj')]});
	});

	it('takes the only app of a solution, saying what the other projects are', async () => {
		const located = await locateProject(root, at('layered'));
		expect(located).toEqual({
			kind: 'found',
			file: at('layered', 'src', 'Shop.Api', 'Shop.Api.csproj'),
			note: 'Shop.sln lists several projects: using test/fixtures/projects/layered/src/Shop.Api/Shop.Api.csproj, the only app (Shop.Domain.csproj is a library, Shop.Api.Tests.csproj is a test project, Shop.AppHost.csproj is the Aspire app host)',
		});
	});

	it('copies every referenced project before restore, widening the build context to hold them', async () => {
		// The solution is not read by a project's restore: the context is the folder that holds both projects.
		const layered = await detectProjectWith(at('layered', 'src', 'Shop.Api', 'Shop.Api.csproj'), root);
		expect(layered.contextDirectory).toBe(at('layered', 'src'));
		expect(layered.project.restoreFiles).toEqual(['Shop.Domain/Shop.Domain.csproj', 'Shop.Api/Shop.Api.csproj']);

		// No solution here: the context becomes the folder that holds the app and its references,
		// followed through Lib to Shared; a reference to a missing project is left to restore.
		const app = await detectProjectWith(at('references', 'App', 'App.csproj'), root);
		expect(app.contextDirectory).toBe(at('references'));
		expect(app.project.restoreFiles).toEqual(['Lib/Lib.csproj', 'Shared/Shared.csproj', 'App/App.csproj']);
		expect(app.project.projectFile).toBe('App/App.csproj');
	});

	it('lists the projects of a solution instead of guessing', async () => {
		const located = await locateProject(root, at('solution'));
		expect(located).toEqual({kind: 'choose', reason: 'Two.sln lists several apps', candidates: [at('solution', 'Api', 'Api.csproj'), at('solution', 'Worker', 'Worker.csproj')]});
		expect(await locateProject(root, at('solution', 'Two.sln'))).toMatchObject({kind: 'choose'});
	});

	it('says when there is no project, and when --project names nothing', async () => {
		expect(await locateProject(at('empty'))).toEqual({kind: 'none', folder: at('empty')});
		await expect(locateProject(root, at('empty'))).rejects.toThrow(/--project: .*empty holds no \.NET project \(\.csproj, \.fsproj, \.vbproj\) or solution, nor do the folders below it\./);
		await expect(locateProject(root, 'nowhere/App.csproj')).rejects.toThrow('--project: nowhere/App.csproj does not exist.');
	});
});
