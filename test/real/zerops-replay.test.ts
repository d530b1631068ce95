import {existsSync} from 'node:fs';
import {cp, mkdir, readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {execa} from 'execa';
import {parse as parseYaml} from 'yaml';
import {afterAll, describe, expect, it} from 'vitest';
import {missingTools} from '../support/requirements.js';
import {freePort} from '../support/free-port.js';
import {startServer} from './run-image.js';
import {copyApp, removeCopies, runTool, sharedNugetFolder} from './user-build.js';

// zerops.yml replayed the way Zerops runs it: buildCommands in the repository, deployFiles into
// the runtime's /var/www, run.start from there. The real SDK does the build.
const missing = missingTools(['dotnet']);

type Setup = {build: {buildCommands: string[]; deployFiles: string[]}; run: {start: string; envVariables?: Record<string, string>}};

/** deployFiles into `root`: "dir/~" deploys the folder's contents, anything else keeps its path. */
async function deploy(source: string, files: string[], root: string): Promise<void> {
	await mkdir(root, {recursive: true});
	for (const entry of files) {
		const from = path.join(source, entry.replace(/\/~$/, ''));
		const to = entry.endsWith('/~') ? root : path.join(root, entry);
		await cp(from, to, {recursive: true});
	}
}

describe.skipIf(missing !== '')(`zerops.yml replayed${missing}`, () => {
	afterAll(removeCopies, 60_000);
	it('builds with buildCommands, deploys the app folder\'s contents, and run.start finds the content root', async () => {
		const copy = await copyApp('layered');
		// Run from the app's folder: zerops.yml lands at the repository root, where Zerops reads it.
		const {stdout} = await runTool(path.join(copy, 'src', 'Api'), ['--yes', '--write', '--output', 'zerops']);
		expect(stdout).toContain('wrote ../../zerops.yml');
		const setup = (parseYaml(await readFile(path.join(copy, 'zerops.yml'), 'utf8')) as {zerops: Setup[]}).zerops[0]!;

		// No compiler server or MSBuild node is left running after the test.
		const env = {...process.env, NUGET_PACKAGES: sharedNugetFolder, DOTNET_NOLOGO: '1', UseSharedCompilation: 'false', MSBUILDDISABLENODEREUSE: '1', DOTNET_CLI_USE_MSBUILD_SERVER: '0'};
		for (const command of setup.build.buildCommands) await execa('sh', ['-c', command], {cwd: copy, env});
		for (const entry of setup.build.deployFiles) expect(existsSync(path.join(copy, entry.replace(/\/~$/, ''))), entry).toBe(true);

		const root = path.join(copy, 'var-www');
		await deploy(copy, setup.build.deployFiles, root);
		expect(await readdir(root)).toEqual(expect.arrayContaining(['Api.dll', 'appsettings.json', 'wwwroot']));

		const port = await freePort();
		// Zerops routes to 8080; here the port is a free one, the rest of run.envVariables as written.
		const runEnv = {...process.env, ...setup.run.envVariables, ASPNETCORE_URLS: `http://127.0.0.1:${port}`};
		expect(setup.run.envVariables?.['ASPNETCORE_URLS']).toBe('http://0.0.0.0:8080');
		const server = await startServer('sh', ['-c', `exec ${setup.run.start}`], port, {cwd: root, env: runEnv});
		try {
			expect(await server.get('/'), server.output()).toEqual({status: 200, body: '{"hello":"root"}'});
			expect((await server.get('/setting')).body).toBe('read from the content root');
			expect((await server.get('/static.txt')).body).toBe('served from wwwroot\n');
			expect((await server.get('/plugin')).body).toBe('clock plugin');
		} finally {
			await server.stop();
		}
	}, 5 * 60_000);
});
