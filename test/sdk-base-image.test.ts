// The SDK's pick worked out without running the project's targets (sdk-base-image.ts), held
// against the real ComputeContainerBaseImage target of the installed SDK on projects of our own,
// one per shape, all in one MSBuild run: a target of ours records the evaluated inputs, then the
// SDK's target picks.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {execa} from 'execa';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {sdkBaseImage, sdkPickProperties, type SdkPickInput} from '../source/project/sdk-base-image.js';
import {missingTools} from './support/requirements.js';

type Shape = {name: string; sdk?: string; properties?: Record<string, string>; frameworkReference?: string; globals?: Record<string, string>};

const shapes: Shape[] = [
	{name: 'Console'},
	{name: 'Web', sdk: 'Microsoft.NET.Sdk.Web'},
	{name: 'Worker', sdk: 'Microsoft.NET.Sdk.Worker'},
	{name: 'ConsoleWithAspNet', frameworkReference: 'Microsoft.AspNetCore.App'},
	{name: 'SelfContained', properties: {SelfContained: 'true', RuntimeIdentifier: 'linux-x64'}},
	{name: 'PublishSelfContained', properties: {PublishSelfContained: 'true', RuntimeIdentifier: 'linux-arm64'}},
	{name: 'Aot', properties: {PublishAot: 'true'}},
	{name: 'AotInvariant', properties: {PublishAot: 'true', InvariantGlobalization: 'true'}},
	{name: 'Trimmed', sdk: 'Microsoft.NET.Sdk.Web', properties: {PublishTrimmed: 'true'}},
	{name: 'FamilyChiseled', sdk: 'Microsoft.NET.Sdk.Web', properties: {ContainerFamily: 'noble-chiseled'}},
	{name: 'FamilyChiseledInvariant', properties: {ContainerFamily: 'noble-chiseled', InvariantGlobalization: 'true'}},
	{name: 'FamilyAlpine', properties: {ContainerFamily: 'alpine'}},
	{name: 'FamilyAzureLinux', properties: {ContainerFamily: 'azurelinux3.0-distroless', PublishAot: 'true'}},
	{name: 'Musl', properties: {RuntimeIdentifier: 'linux-musl-x64'}},
	{name: 'MuslAot', properties: {RuntimeIdentifier: 'linux-musl-arm64', PublishAot: 'true'}},
	{name: 'MuslList', properties: {ContainerRuntimeIdentifiers: 'linux-musl-x64;linux-musl-arm64'}},
	{name: 'RidList', properties: {RuntimeIdentifiers: 'linux-x64;linux-arm64'}},
	{name: 'ContainerRid', properties: {ContainerRuntimeIdentifier: 'linux-arm64', PublishTrimmed: 'true', InvariantGlobalization: 'true'}},
	{name: 'Net8', sdk: 'Microsoft.NET.Sdk.Web', properties: {TargetFramework: 'net8.0'}},
	{name: 'Net8Aot', properties: {TargetFramework: 'net8.0', PublishAot: 'true'}},
	{name: 'Net7', sdk: 'Microsoft.NET.Sdk.Web', properties: {TargetFramework: 'net7.0', RuntimeIdentifier: 'linux-musl-x64'}},
	{name: 'Net6Family', properties: {TargetFramework: 'net6.0', ContainerFamily: 'jammy-chiseled'}},
	{name: 'BaseImage', properties: {ContainerBaseImage: 'registry.example.com/base:1', PublishAot: 'true'}},
	{name: 'Rc', sdk: 'Microsoft.NET.Sdk.Web', globals: {NETCoreSdkVersion: '10.0.100-rc.2.25502.107'}},
	{name: 'Preview', properties: {PublishAot: 'true'}, globals: {NETCoreSdkVersion: '10.0.100-preview.7.25380.108'}},
	{name: 'PreviewFamily', properties: {ContainerFamily: 'noble-chiseled'}, globals: {NETCoreSdkVersion: '10.0.100-preview.7.25380.108'}},
	{name: 'Alpha', globals: {NETCoreSdkVersion: '10.0.100-alpha.1.25070.1'}},
	{name: 'BandPrerelease', globals: {NETCoreSdkVersion: '10.0.200-preview.1.25580.3'}},
	{name: 'OldBand', properties: {TargetFramework: 'net8.0', PublishTrimmed: 'true'}, globals: {NETCoreSdkVersion: '8.0.204'}},
];

const missing = missingTools(['dotnet']);

describe.skipIf(missing !== '')(`the SDK's pick, worked out without running the project's targets, is the real target's${missing}`, () => {
	let folder = '';
	let inputs = new Map<string, SdkPickInput>();
	let picked = new Map<string, string>();
	beforeAll(async () => {
		folder = await mkdtemp(path.join(os.tmpdir(), 'diw-sdk-pick-'));
		// Metadata names cannot start with _: each is P + the property's name.
		const properties = sdkPickProperties.map(name => `P${name}="$(${name})"`).join(' ');
		for (const shape of shapes) {
			await mkdir(path.join(folder, shape.name));
			const set = {TargetFramework: 'net10.0', OutputType: 'Exe', ...shape.properties};
			await writeFile(path.join(folder, shape.name, `${shape.name}.csproj`), [
				`<Project Sdk="${shape.sdk ?? 'Microsoft.NET.Sdk'}">`,
				`  <PropertyGroup>${Object.entries(set).map(([name, value]) => `<${name}>${value}</${name}>`).join('')}</PropertyGroup>`,
				...(shape.frameworkReference ? [`  <ItemGroup><FrameworkReference Include="${shape.frameworkReference}" /></ItemGroup>`] : []),
				// Ours: the inputs as evaluated, before any target changes them.
				`  <Target Name="DiwInputs" Returns="@(DiwInputs)"><ItemGroup><DiwInputs Include="$(MSBuildProjectName)" ${properties} FrameworkReferences="@(FrameworkReference)" /></ItemGroup></Target>`,
				'</Project>',
				'',
			].join('\n'));
		}
		const projects = shapes.map(shape => `    <Shape Include="${shape.name}/${shape.name}.csproj" AdditionalProperties="${Object.entries(shape.globals ?? {}).map(([name, value]) => `${name}=${value}`).join(';')}" />`);
		await writeFile(path.join(folder, 'shapes.proj'), [
			'<Project>',
			'  <ItemGroup>',
			...projects,
			'  </ItemGroup>',
			'  <Target Name="Pick">',
			'    <MSBuild Projects="@(Shape)" Targets="DiwInputs" Properties="Configuration=Release;_IsPublishing=true"><Output TaskParameter="TargetOutputs" ItemName="Inputs" /></MSBuild>',
			'    <MSBuild Projects="@(Shape)" Targets="ComputeContainerBaseImage" Properties="Configuration=Release;_IsPublishing=true"><Output TaskParameter="TargetOutputs" ItemName="Picked" /></MSBuild>',
			'  </Target>',
			'</Project>',
			'',
		].join('\n'));
		const {stdout} = await execa('dotnet', ['msbuild', 'shapes.proj', '-t:Pick', '-getItem:Inputs', '-getItem:Picked', '-nologo', '-nodeReuse:false'], {cwd: folder, env: {DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1'}});
		const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {Items: Record<string, Array<Record<string, string>>>};
		inputs = new Map(report.Items.Inputs!.map(item => [item.Identity!, {
			...Object.fromEntries(sdkPickProperties.map(name => [name, item[`P${name}`] ?? ''])),
			frameworkReferences: (item.FrameworkReferences ?? '').split(';').filter(Boolean),
		}]));
		picked = new Map(report.Items.Picked!.map(item => [path.basename(path.dirname(item.MSBuildSourceProjectFile!)), item.Identity!]));
	}, 180_000);
	afterAll(async () => rm(folder, {recursive: true, force: true}));

	it.each(shapes.map(shape => shape.name))('%s', name => {
		expect(picked.get(name), 'the SDK picked an image').toBeDefined();
		expect(sdkBaseImage(inputs.get(name)!)).toBe(picked.get(name));
	});

	it('gives no image where the SDK stops with an error: musl and glibc runtime identifiers mixed', async () => {
		const input = {...inputs.get('Console')!, ContainerRuntimeIdentifiers: 'linux-musl-x64;linux-arm64'};
		expect(sdkBaseImage(input)).toBeUndefined();
		const result = await execa('dotnet', ['msbuild', 'Console/Console.csproj', '-t:ComputeContainerBaseImage', '-p:ContainerRuntimeIdentifiers="linux-musl-x64;linux-arm64"', '-nologo', '-nodeReuse:false'], {cwd: folder, reject: false});
		expect(result.exitCode).not.toBe(0);
		expect(result.stdout).toMatch(/error : .*'linux-musl' or none/);
	}, 60_000);
});
