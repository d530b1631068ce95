// What the session says, in plain English and the same way in every place (issue 20, item 18).
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {resolveAnswers} from '../../source/engine/resolve.js';
import {compareWithSdk} from '../../source/project/sdk-pick.js';
import {makeProject} from '../../source/project/project.js';
import {generateFiles} from '../../source/render/files.js';
import {nextSteps} from '../../source/session/next-steps.js';
import type {Session} from '../../source/session/session.js';
import {recommendationFor, today} from '../answers.js';

describe('the words the session uses', () => {
	it('name the distribution as a person does: "the Ubuntu release", not "the ubuntu release"', () => {
		expect(recommendationFor({}).runtime.reasons).toContain('noble: the Ubuntu release Microsoft ships by default for .NET 10.0');
		expect(recommendationFor({os: 'alpine', shell: 'yes'}).runtime.reasons.at(-1)).toMatch(/^alpine[\d.]+: the Alpine release /);
	});

	it('say how our image differs from the SDK\'s pick as a sentence', () => {
		expect(compareWithSdk('mcr.microsoft.com/dotnet/aspnet:10.0-noble', recommendationFor({})).because).toEqual(['the chiseled Ubuntu 24.04 image rather than the full one: no shell is wanted']);
		expect(compareWithSdk('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled', recommendationFor({os: 'alpine', shell: 'yes'})).because.at(-1)).toMatch(/^Alpine [\d.]+ rather than chiseled Ubuntu 24\.04: a shell is wanted$/);
	});

	it('call a value that is not accepted by what it is: "not a valid .NET version", not "not a valid dotnet"', () => {
		expect(() => resolveAnswers([{source: 'flag', values: {dotnet: '7.0'}}], today)).toThrow(/^--dotnet: "7\.0" is not a valid \.NET version \(accepted: /);
		expect(() => resolveAnswers([{source: 'flag', values: {deploy: 'docker'}}], today)).toThrow('--deploy: "docker" is not a valid way to publish');
	});

	it('tell how to use container.props the same way in the file, the note and the next steps', () => {
		const project = makeProject({name: 'Api', projectFile: 'src/Api/Api.csproj'});
		const recommendation = recommendationFor({arch: ['amd64']});
		const {files, notes} = generateFiles(recommendation, project, 'api', {kinds: ['csproj'], explicit: true}, {csprojImport: 'container.props'});
		const instruction = 'add <Import Project="container.props" /> to';
		expect(files[0]!.content).toContain(`<!-- To build with the .NET SDK, ${instruction} src/Api/Api.csproj, then:`);
		expect(notes[0]).toContain(`${instruction} src/Api/Api.csproj`);
		const root = '/repo';
		const session = {cwd: root, contextDirectory: root, project, imageName: 'api', layers: [], today, notes: [], imageSource: 'project', located: {kind: 'found', file: path.join(root, 'src/Api/Api.csproj')}} as unknown as Session;
		const steps = nextSteps(recommendation, session, path.join(root, 'src/Api'), [path.join(root, 'src/Api/Dockerfile'), path.join(root, 'src/Api/container.props')]);
		expect(steps.at(-1)!.what).toBe(`Or build with the .NET SDK: ${instruction} Api.csproj, then`);
		// Where container.props sits at the context root, the Import climbs to it from the project's folder, in all three.
		const atRoot = nextSteps(recommendation, session, path.join(root, 'src/Api'), [path.join(root, 'src/Api/Dockerfile'), path.join(root, 'container.props')]);
		expect(atRoot.at(-1)!.what).toBe('Or build with the .NET SDK: add <Import Project="../../container.props" /> to Api.csproj, then');
	});
});
