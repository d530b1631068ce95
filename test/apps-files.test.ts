// The files of issue 19 one by one: the merged .dockerignore, the Dockerfile's place and its
// "# Build:" line (Dockerfile.generated too, issue 20 item 4), and the SDK's pick of an image past
// end of support with --roll-forward (defect 7).
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {compareWithSdk} from '../source/project/sdk-pick.js';
import {makeProject} from '../source/project/project.js';
import {mergeDockerignore, renderDockerignore} from '../source/render/dockerignore.js';
import {compareWithDisk, filesToWrite} from '../source/session/file-changes.js';
import {dockerfilePlacement, filePlaces, placeFiles} from '../source/session/file-places.js';
import {nextSteps} from '../source/session/next-steps.js';
import type {Session} from '../source/session/session.js';
import {recommendationFor} from './answers.js';
import {fixture, runCli} from './cli-run.js';

describe('mergeDockerignore', () => {
	it('keeps the person\'s lines after one marked block of ours, and replaces only that block on the next run', () => {
		const theirs = '# mine\nsecrets/\n!src/bin/keep.txt\n';
		const once = mergeDockerignore(theirs);
		expect(once.startsWith('# >>> dotnet-image-wizard')).toBe(true);
		expect(once.endsWith(theirs)).toBe(true);
		expect(mergeDockerignore(once)).toBe(once);
		expect(mergeDockerignore(undefined)).toBe(renderDockerignore());
		// A file that is ours from before the block existed is ours alone.
		expect(mergeDockerignore(renderDockerignore())).toBe(renderDockerignore());
	});
});

describe('where the files go', () => {
	const session = (root: string) => ({cwd: root, located: {kind: 'found' as const, file: path.join(root, 'src', 'Api', 'Api.csproj')}, contextDirectory: root});

	it('the Dockerfile and container.props in the app\'s folder, the .dockerignore and zerops.yml at the context', () => {
		const places = filePlaces(session('/repo'));
		expect(places).toEqual({app: '/repo/src/Api', context: '/repo'});
		const project = makeProject({name: 'Api', projectFile: 'src/Api/Api.csproj'});
		const {files, notes} = placeFiles(recommendationFor({arch: ['amd64']}), {project, imageName: 'api', contextDirectory: '/repo'}, places, {kinds: ['dockerfile', 'dockerignore', 'zerops', 'csproj'], explicit: false});
		expect(files.map(file => path.join(file.directory, file.name))).toEqual(['/repo/src/Api/Dockerfile', '/repo/.dockerignore', '/repo/zerops.yml', '/repo/src/Api/container.props']);
		expect(files[0]!.content).toContain('# Run from ../.., the build context (restore needs files from there):\n# Build: docker buildx build --platform linux/amd64 --tag api --file src/Api/Dockerfile --load .\n');
		expect(notes).toContain('container.props: add <Import Project="container.props" /> to src/Api/Api.csproj (or paste its PropertyGroup in).');
		expect(files[3]!.content).toContain('<!-- To build with the .NET SDK, add <Import Project="container.props" /> to src/Api/Api.csproj, then:');
	});

	it('a Dockerfile outside the context is built from its own folder, naming the context', () => {
		expect(dockerfilePlacement('/out/Dockerfile', '/repo')).toEqual({context: '../repo', dockerfile: 'Dockerfile'});
		expect(dockerfilePlacement('/repo/Dockerfile', '/repo')).toBeUndefined();
	});

	it('"Keep it": Dockerfile.generated names itself in its # Build: line, and the next steps build it', async () => {
		const root = await mkdtemp(path.join(os.tmpdir(), 'diw-beside-'));
		await mkdir(path.join(root, 'src', 'Api'), {recursive: true});
		await writeFile(path.join(root, 'src', 'Api', 'Dockerfile'), 'FROM scratch\n');
		const project = makeProject({name: 'Api', projectFile: 'src/Api/Api.csproj'});
		const recommendation = recommendationFor({arch: ['amd64']});
		const {files} = placeFiles(recommendation, {project, imageName: 'api', contextDirectory: root}, filePlaces(session(root)), {kinds: ['dockerfile'], explicit: true});
		const [beside] = filesToWrite(await compareWithDisk(files), 'beside');
		expect(beside!.name).toBe('Dockerfile.generated');
		expect(beside!.content).toContain('--file src/Api/Dockerfile.generated --load .\n');
		const steps = nextSteps(recommendation, {...session(root), project, imageName: 'api', layers: [], today: '2026-11-24', notes: [], imageSource: 'project'} as Session, root, [path.join(root, 'src', 'Api', 'Dockerfile.generated')]);
		expect(steps[0]!.command).toMatch(/ --file src\/Api\/Dockerfile\.generated /);
	});
});

describe('the SDK\'s pick past end of support (defect 7)', () => {
	it('is the official image it is, past end of support, not an unknown one', () => {
		const comparison = compareWithSdk('mcr.microsoft.com/dotnet/aspnet:7.0', recommendationFor({}));
		expect(comparison.because).toEqual(['the SDK\'s pick is the official aspnet:7.0, for .NET 7.0, which is past end of support (no more security fixes); ours is .NET 10.0']);
		expect(compareWithSdk('example.com/custom:1', recommendationFor({})).because).toEqual(['the SDK\'s pick is not an official image this tool knows']);
	});

	it('--roll-forward sets DOTNET_ROLL_FORWARD=Major in the Dockerfile, and the warning that the app will not start goes', async () => {
		const base = ['--yes', '--detect', 'xml', '--project', fixture('net7-api'), '--dotnet', '10.0'];
		const without = await runCli([...base, '--json']);
		expect(JSON.parse(without.stdout).warnings.map((warning: {code: string}) => warning.code)).toContain('roll-forward');
		const rolled = await runCli([...base, '--roll-forward', '--json', '--output', 'dockerfile']);
		expect(rolled.exitCode, rolled.stderr).toBe(0);
		const document = JSON.parse(rolled.stdout);
		expect(document.warnings.map((warning: {code: string}) => warning.code)).not.toContain('roll-forward');
		expect(document.files.Dockerfile).toContain('ENV DOTNET_ROLL_FORWARD=Major\n');
	});
});
