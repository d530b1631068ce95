// How MSBuild is started: the SDK's MSBuild.dll directly where no global.json has a say, else
// `dotnet msbuild`; and, against the real SDK, both report the same evaluation.
import {realpathSync} from 'node:fs';
import {cp, mkdir, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dotnetOnPath} from '../source/project/evaluation-cache.js';
import {evaluateWithMsbuild} from '../source/project/msbuild-evaluation.js';
import {compareSdkVersions, msbuildLaunch, newestSdk} from '../source/project/msbuild-launch.js';
import {fixture} from './cli-run.js';
import {missingTools} from './support/requirements.js';
import {scratchFolder} from './support/scratch-folder.js';

const temporaryFolder = async () => scratchFolder('diw-msbuild-launch-');

/** A dotnet installation with these SDK folders; `true` marks a complete one (dotnet.dll and MSBuild.dll). */
async function installation(sdks: Record<string, boolean>): Promise<string> {
	const root = await temporaryFolder();
	for (const [version, complete] of Object.entries(sdks)) {
		await mkdir(path.join(root, 'sdk', version), {recursive: true});
		if (complete) {
			await writeFile(path.join(root, 'sdk', version, 'dotnet.dll'), '');
			await writeFile(path.join(root, 'sdk', version, 'MSBuild.dll'), '');
		}
	}
	return root;
}

describe('which SDK runs MSBuild', () => {
	it('orders SDK versions as the host does: a release after its previews, numbers by value', () => {
		const versions = ['10.0.100', '9.0.304', '10.0.100-rc.2.25502.107', '10.0.100-preview.7.25380.108', '10.0.101', '9.0.1000', '10.0.100-rc.10'];
		expect([...versions].sort(compareSdkVersions)).toEqual(['9.0.304', '9.0.1000', '10.0.100-preview.7.25380.108', '10.0.100-rc.2.25502.107', '10.0.100-rc.10', '10.0.100', '10.0.101']);
	});

	it('takes the newest complete SDK, a preview included, and leaves out folders that are not one', async () => {
		const root = await installation({'9.0.304': true, '10.0.100-rc.2.25502.107': true, '10.0.200': false, 'not-a-version': true});
		expect(newestSdk(root)).toBe(path.join(root, 'sdk', '10.0.100-rc.2.25502.107'));
		expect(newestSdk(await installation({}))).toBeUndefined();
	});

	it('starts that SDK\'s MSBuild.dll with the variables dotnet msbuild sets, where no global.json has a say', async () => {
		const root = await installation({'9.0.304': true, '10.0.101': true});
		const project = await temporaryFolder();
		const sdk = realpathSync(path.join(root, 'sdk', '10.0.101'));
		expect(await msbuildLaunch(project, root, {})).toEqual({
			kind: 'direct',
			arguments: ['exec', path.join(sdk, 'MSBuild.dll'), '-maxcpucount', '-verbosity:m', '-tlp:default=auto'],
			environment: {MSBuildExtensionsPath: `${sdk}${path.sep}`, MSBuildSDKsPath: path.join(sdk, 'Sdks'), DOTNET_HOST_PATH: path.join(root, 'dotnet'), MSBUILDUSESERVER: '0', MSBUILDFAILONDRIVEENUMERATINGWILDCARD: '1'},
		});
		// As the CLI does, a value the user set is kept, an empty one is not.
		expect((await msbuildLaunch(project, root, {MSBUILDFAILONDRIVEENUMERATINGWILDCARD: '0'})).environment['MSBUILDFAILONDRIVEENUMERATINGWILDCARD']).toBe('0');
		expect((await msbuildLaunch(project, root, {MSBUILDFAILONDRIVEENUMERATINGWILDCARD: ''})).environment['MSBUILDFAILONDRIVEENUMERATINGWILDCARD']).toBe('1');
		// A user's MSBuildSDKsPath is kept, as dotnet msbuild keeps it.
		expect((await msbuildLaunch(project, root, {MSBuildSDKsPath: '/opt/sdks'})).environment['MSBuildSDKsPath']).toBe('/opt/sdks');
	});

	it('names the SDK by its real folder where the installation reaches it through a symbolic link', async () => {
		const real = await installation({'10.0.101': true});
		const root = await temporaryFolder();
		await symlink(path.join(real, 'sdk'), path.join(root, 'sdk'));
		const launch = await msbuildLaunch(await temporaryFolder(), root, {});
		expect(launch.arguments[1]).toBe(path.join(realpathSync(real), 'sdk', '10.0.101', 'MSBuild.dll'));
		expect(launch.environment['MSBuildExtensionsPath']).toBe(`${path.join(realpathSync(real), 'sdk', '10.0.101')}${path.sep}`);
	});

	it('leaves the SDK to dotnet msbuild where a global.json above the project may pin one, or no SDK is complete', async () => {
		const root = await installation({'10.0.101': true});
		const repository = await temporaryFolder();
		await mkdir(path.join(repository, 'src', 'Api'), {recursive: true});
		await writeFile(path.join(repository, 'global.json'), '{"sdk": {"version": "9.0.304"}}');
		expect(await msbuildLaunch(path.join(repository, 'src', 'Api'), root, {})).toEqual({kind: 'cli', arguments: ['msbuild'], environment: {}});
		expect((await msbuildLaunch(await temporaryFolder(), await installation({'10.0.101': false}), {})).kind).toBe('cli');
		expect((await msbuildLaunch(await temporaryFolder(), undefined, {})).kind).toBe('cli');
	});
});

const missing = missingTools(['dotnet']);

describe.skipIf(missing !== '')(`MSBuild started directly and through dotnet msbuild${missing}`, () => {
	it.each([
		['a web app with container settings', 'container-settings', 'MediaServer.csproj'],
		['a multi-targeted app', 'multi-target', 'Shop.csproj'],
		['a props chain', 'props-chain', 'src/App/App.csproj'],
		['a SPA publish with gRPC', 'spa-grpc', 'Shop.csproj'],
	])('%s: the same evaluation either way', async (_shape, name, project) => {
		const folder = await temporaryFolder();
		await cp(fixture(name), folder, {recursive: true});
		const file = path.join(folder, project);
		const dotnetRoot = await dotnetOnPath();
		const pickFramework = (frameworks: string[]) => frameworks.at(-1);
		expect((await msbuildLaunch(path.dirname(file), dotnetRoot)).kind).toBe('direct');
		const direct = await evaluateWithMsbuild(file, pickFramework, [], dotnetRoot);
		// An empty global.json picks the same (newest) SDK, through dotnet msbuild.
		await writeFile(path.join(folder, 'global.json'), '{}\n');
		expect((await msbuildLaunch(path.dirname(file), dotnetRoot)).kind).toBe('cli');
		const throughCli = await evaluateWithMsbuild(file, pickFramework, [], dotnetRoot);
		expect(direct).toEqual(throughCli);
		expect(direct.properties.TargetFramework ?? direct.properties.TargetFrameworks).toBeTruthy();
	});

	it('a wildcard that would list the whole drive: refused either way, as dotnet msbuild refuses it, never a walk of the disk', async () => {
		const folder = await temporaryFolder();
		const file = path.join(folder, 'Api.csproj');
		await writeFile(file, '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>\n  <ItemGroup><Content Include="/**/*.json" /></ItemGroup>\n</Project>\n');
		const dotnetRoot = await dotnetOnPath();
		const pickFramework = (frameworks: string[]) => frameworks.at(-1);
		expect((await msbuildLaunch(folder, dotnetRoot)).kind).toBe('direct');
		await expect(evaluateWithMsbuild(file, pickFramework, [], dotnetRoot)).rejects.toThrow(/MSB5029/);
		await writeFile(path.join(folder, 'global.json'), '{}\n');
		await expect(evaluateWithMsbuild(file, pickFramework, [], dotnetRoot)).rejects.toThrow(/MSB5029/);
	}, 60_000);
});
