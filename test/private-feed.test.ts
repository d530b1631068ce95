import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fixture, runCli} from './cli-run.js';
import {calls, fakeBin} from './fixtures/fake-bin/install.js';
import {privateFeedConfig} from './support/nuget-feed.js';

// A NuGet.config with feed credentials above the project, inside the context: the Dockerfile mounts
// it as the build secret "nugetconfig" and never copies it, the .dockerignore keeps it out, every
// engine's command passes it, and the password shows nowhere.
const credentials = {user: 'builder', password: 'pw-never-shown-4f1c'};
const answers = ['--yes', '--detect', 'xml', '--dotnet', '10.0', '--arch', 'amd64'];
let repository = '';
let project = '';

beforeAll(async () => {
	repository = await mkdtemp(path.join(os.tmpdir(), 'i24-supply-feed-'));
	project = path.join(repository, 'src', 'WebApi');
	await mkdir(project, {recursive: true});
	await writeFile(path.join(project, 'WebApi.csproj'), await readFile(path.join(fixture('web-api'), 'WebApi.csproj')));
	await writeFile(path.join(repository, 'NuGet.config'), privateFeedConfig('https://feed.example.com/v3/index.json', credentials));
	await writeFile(path.join(repository, '.git'), '');
});

afterAll(async () => {
	if (repository) await rm(repository, {recursive: true, force: true});
});

describe('a NuGet.config with feed credentials', () => {
	it('is mounted as a build secret for restore, kept out of the context, and never copied', async () => {
		const {exitCode, stdout, stderr} = await runCli([...answers, '--context', repository, '--output', 'dockerfile,dockerignore', '--json'], {cwd: project});
		expect(exitCode, stderr).toBe(0);
		const {files} = JSON.parse(stdout) as {files: Record<string, string>};
		const dockerfile = files['Dockerfile']!;
		expect(dockerfile).toContain('RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    --mount=type=secret,id=nugetconfig,target=/source/NuGet.config \\\n    dotnet restore src/WebApi/WebApi.csproj');
		expect(dockerfile).not.toMatch(/^COPY .*NuGet\.config/im);
		// The Dockerfile sits in the project's folder and is built from there: the secret's path is relative to it.
		expect(dockerfile).toContain('# Build: docker buildx build --platform linux/amd64 --tag webapi --file Dockerfile --secret id=nugetconfig,src=../../NuGet.config --load ../..');
		expect(files['.dockerignore']).toMatch(/^NuGet\.config$/m);
		expect(`${stdout}${stderr}`).not.toContain(credentials.password);
	});

	it.each([
		// --dry-run builds the temporary Dockerfile it prints, from the context the secret's path is relative to.
		['docker', /\(cd \.\.\/\.\. && docker buildx build --platform linux\/amd64 --tag webapi:latest --file \S+\/Dockerfile --secret id=nugetconfig,src=NuGet\.config --load \.\)/],
		['buildah', /\(cd \.\.\/\.\. && buildah build --layers --platform linux\/amd64 --tag webapi:latest --file \S+\/Dockerfile --ignorefile \S+ --secret id=nugetconfig,src=NuGet\.config \.\)/],
		['podman', /\(cd \.\.\/\.\. && podman build --platform linux\/amd64 --tag webapi:latest --file \S+\/Dockerfile --ignorefile \S+ --secret id=nugetconfig,src=NuGet\.config \.\)/],
	])('is passed to %s as --secret id=nugetconfig', async (engine, command) => {
		const {exitCode, stdout, stderr} = await runCli([...answers, '--context', repository, '--engine', engine, '--dry-run'], {cwd: project});
		expect(exitCode, stderr).toBe(0);
		expect(stdout).toMatch(command);
		expect(`${stdout}${stderr}`).not.toContain(credentials.password);
	});

	it('reaches buildah\'s real argv when it builds, and the SDK path says it needs no secret', async () => {
		const fake = await fakeBin(['buildah', 'dotnet']);
		const built = await runCli([...answers, '--context', repository, '--engine', 'buildah', '--build'], {cwd: project, env: fake.env});
		expect(built.exitCode, built.stderr).toBe(0);
		const build = (await calls(fake.log)).find(call => call.args.includes('build'))!;
		expect(build.args.slice(build.args.indexOf('--secret'), build.args.indexOf('--secret') + 2)).toEqual(['--secret', 'id=nugetconfig,src=NuGet.config']);
		expect(build.dockerfile).toContain('--mount=type=secret,id=nugetconfig,target=/source/NuGet.config');

		const sdk = await runCli([...answers, '--engine', 'sdk', '--build', '--oci', path.join(repository, 'app.tar')], {cwd: project, env: fake.env});
		expect(sdk.stderr).toContain('NuGet.config holds feed credentials: the .NET SDK restores on this machine and reads it in place, so no build secret is needed');
		expect(`${sdk.stdout}${sdk.stderr}${built.stdout}${built.stderr}`).not.toContain(credentials.password);
	});

	it('mounts the one nearest the project when several hold credentials, names the other, and copies neither', async () => {
		const nested = await mkdtemp(path.join(os.tmpdir(), 'i24-supply-feeds-'));
		try {
			const app = path.join(nested, 'src', 'WebApi');
			await mkdir(app, {recursive: true});
			await writeFile(path.join(nested, '.git'), '');
			await writeFile(path.join(app, 'WebApi.csproj'), await readFile(path.join(fixture('web-api'), 'WebApi.csproj')));
			await writeFile(path.join(nested, 'NuGet.config'), privateFeedConfig('https://feed.example.com/v3/index.json', credentials));
			await writeFile(path.join(app, 'nuget.config'), privateFeedConfig('https://other.example.com/v3/index.json', credentials));
			const {exitCode, stdout, stderr} = await runCli([...answers, '--output', 'dockerfile,dockerignore', '--json'], {cwd: app});
			expect(exitCode, stderr).toBe(0);
			expect(stderr).toContain('note: ../../NuGet.config also holds feed credentials: only nuget.config is mounted as the build secret "nugetconfig"');
			const {files} = JSON.parse(stdout) as {files: Record<string, string>};
			expect(files['Dockerfile']).toContain('--mount=type=secret,id=nugetconfig,target=/source/src/WebApi/nuget.config');
			expect(files['Dockerfile']).not.toMatch(/^COPY .*nuget\.config/im);
			// Both stay out of the context: COPY . . cannot take either into the build stage.
			expect(files['.dockerignore']).toMatch(/^src\/WebApi\/nuget\.config\nNuGet\.config$/m);
		} finally {
			await rm(nested, {recursive: true, force: true});
		}
	});
});
