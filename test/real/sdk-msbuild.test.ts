import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {execa} from 'execa';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {propertyArgument} from '../../source/runner/engines/sdk.js';
import {missingTools} from '../support/requirements.js';

// What MSBuild really receives for the -p: values the sdk engine passes: a probe target prints
// the property and the items made from it, as the SDK's container targets make them.
const missing = missingTools(['dotnet']);

describe.skipIf(missing !== '')(`-p: values as real MSBuild reads them${missing}`, () => {
	let folder = '';
	beforeAll(async () => {
		folder = await mkdtemp(path.join(os.tmpdir(), 'diw-msbuild-'));
		await writeFile(path.join(folder, 'probe.proj'), [
			'<Project>',
			'  <Target Name="Probe">',
			'    <ItemGroup><Rid Include="$(ContainerRuntimeIdentifiers)" /></ItemGroup>',
			'    <Message Importance="high" Text="items=@(Rid->\'[%(Identity)]\', \'\') tag=[$(ContainerImageTag)]" />',
			'  </Target>',
			'</Project>',
			'',
		].join('\n'));
	});
	afterAll(async () => rm(folder, {recursive: true, force: true}));

	const probe = async (...properties: string[]) => {
		const {stdout} = await execa('dotnet', ['msbuild', 'probe.proj', '-t:Probe', '-nologo', '-v:m', ...properties], {cwd: folder, env: {DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1'}});
		return /items=.*$/m.exec(stdout)?.[0];
	};

	it('splits a list into one item per runtime identifier, where %3B made a single item of both', async () => {
		expect(await probe(propertyArgument('ContainerRuntimeIdentifiers', 'linux-x64;linux-arm64'))).toBe('items=[linux-x64][linux-arm64] tag=[]');
		// What the runner passed before: MSBuild keeps %3B escaped, so the SDK saw one RID "linux-x64;linux-arm64".
		expect(await probe('-p:ContainerRuntimeIdentifiers=linux-x64%3Blinux-arm64')).toBe('items=[linux-x64;linux-arm64] tag=[]');
	}, 60_000);

	it('keeps a single value whole, whatever MSBuild would split on or expand', async () => {
		expect(await probe(propertyArgument('ContainerImageTag', '1.0,beta;2$(X)@(Y)%'))).toBe('items= tag=[1.0,beta;2$(X)@(Y)%]');
	}, 60_000);
});
