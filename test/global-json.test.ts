import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {detectProject} from '../source/project/detect.js';
import {sdkSatisfies, type SdkPin} from '../source/project/global-json.js';
import {fixture, root, runCli} from './cli-run.js';

const pin = (version: string, rollForward = 'latestPatch', allowPrerelease = true): SdkPin => ({file: 'global.json', version, rollForward, allowPrerelease});

describe('global.json roll-forward rules against the SDK in the image', () => {
	it.each([
		['10.0.100', 'latestPatch', '10.0.104', true],
		['10.0.100', 'latestPatch', '10.0.400', false],
		['10.0.100', 'patch', '10.0.400', false],
		['10.0.105', 'latestPatch', '10.0.104', false],
		['10.0.100', 'latestFeature', '10.0.400', true],
		['10.0.100', 'feature', '10.0.400', true],
		['10.0.100', 'latestMinor', '11.0.100', false],
		['9.0.100', 'latestMajor', '10.0.400', true],
		['9.0.100', 'major', '10.0.400', true],
		['10.0.400', 'disable', '10.0.400', true],
		['10.0.400', 'disable', '10.0.401', false],
		['11.0.100-preview.6', 'latestPatch', '11.0.100-preview.7.26381.103', true],
	])('%s (%s) with SDK %s: %s', (version, rollForward, installed, expected) => {
		expect(sdkSatisfies(pin(version, rollForward), installed)).toBe(expected);
	});

	it('refuses a preview SDK when prereleases are not allowed', () => {
		expect(sdkSatisfies(pin('11.0.100-preview.1', 'latestMajor', false), '11.0.100-preview.7.26381.103')).toBe(false);
	});
});

describe('a project with a global.json', () => {
	it('copies global.json before restore and reads its pin', async () => {
		const detection = await detectProject(path.join(fixture('pinned'), 'src', 'Api', 'Api.csproj'), root);
		expect(detection.project.restoreFiles).toEqual(['global.json', 'src/Api/Api.csproj']);
		expect(detection.sdkPin).toMatchObject({version: '10.0.100', rollForward: 'latestPatch'});
	});

	it('warns when the SDK image cannot satisfy the pin, in the summary and in --json', async () => {
		const text = await runCli(['--yes', '--project', 'src/Api'], {cwd: fixture('pinned')});
		expect(text.exitCode).toBe(0);
		expect(text.stdout).toContain('warning: global.json asks for .NET SDK 10.0.100 (rollForward latestPatch), but the sdk:10.0 images carry 10.0.400 (as of 2026-08-21): dotnet stops in the build stage with "A compatible .NET SDK was not found". Set "rollForward": "latestFeature" in global.json, or pin 10.0.400.');
		const json = JSON.parse((await runCli(['--yes', '--json', '--project', 'src/Api'], {cwd: fixture('pinned')})).stdout);
		expect(json.warnings.map((warning: {code: string}) => warning.code)).toContain('global-json');
	});
});
