// The plain functions behind the wizard's build over several apps (see test/ui/wizard-apps for the screens).
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Answers} from '../../source/engine/answers.js';
import type {Provenance} from '../../source/engine/resolve.js';
import {appBuildLines} from '../../source/session/app-builds.js';
import {writtenDockerfile} from '../../source/session/file-changes.js';
import {chosenLayer} from '../../source/session/apps.js';

describe('the outcome of several builds, app by app', () => {
	it('says what each built, where the failed one stopped, and which were not started because of it', () => {
		const lines = appBuildLines([
			{name: 'Api', status: 'succeeded', summary: ['built api:latest for linux/amd64 in 1.0s: loaded into the local image store']},
			{name: 'Worker', status: 'failed', summary: ['build failed after 2.0s', 'failing step: restore', '  error NU1301: …']},
			{name: 'Orders', status: 'not-started', summary: []},
		]);
		expect(lines).toEqual([
			'Api: built api:latest for linux/amd64 in 1.0s: loaded into the local image store',
			'Worker: build failed after 2.0s',
			'failing step: restore',
			'  error NU1301: …',
			'Orders: not built (the builds stopped when Worker failed)',
		]);
	});

	it('names an engine that could not start, and a cancelled build', () => {
		expect(appBuildLines([{name: 'Api', status: 'failed', summary: [], error: 'docker is not installed.'}, {name: 'Worker', status: 'not-started', summary: []}])).toEqual(['Api: build could not start: docker is not installed.', 'Worker: not built (the builds stopped when Api failed)']);
		expect(appBuildLines([{name: 'Api', status: 'cancelled', summary: ['build cancelled after 1.0s: nothing was pushed or loaded']}, {name: 'Worker', status: 'not-started', summary: []}])).toEqual(['Api: build cancelled after 1.0s: nothing was pushed or loaded', 'Worker: not built (the builds stopped when Api was cancelled)']);
	});

	it('builds the Dockerfile written in the app\'s folder: Dockerfile.generated when the person kept theirs', () => {
		const folder = path.join('/repo', 'src', 'Api');
		expect(writtenDockerfile(folder, ['/repo/.dockerignore', '/repo/src/Api/Dockerfile.generated', '/repo/src/Worker/Dockerfile'])).toBe('/repo/src/Api/Dockerfile.generated');
		expect(writtenDockerfile(folder, ['/repo/src/Worker/Dockerfile'])).toBe('/repo/src/Api/Dockerfile');
	});
});

describe('the answers a guided session gives every app', () => {
	it('are those from a flag or chosen here, as flags on the command line; detected, saved and default ones stay each app\'s', () => {
		const answers: Answers = {dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'icu', os: 'ubuntu', arch: ['amd64', 'arm64']};
		const provenance = {dotnet: {source: 'detected'}, app: {source: 'detected'}, deploy: {source: 'flag', note: 'chosen here'}, startup: {source: 'default'}, shell: {source: 'config'}, globalization: {source: 'flag'}, os: {source: 'default'}, arch: {source: 'flag'}} as Provenance;
		expect(chosenLayer(answers, provenance)).toEqual({source: 'flag', values: {deploy: 'framework', globalization: 'icu', arch: 'amd64,arm64'}});
	});
});
