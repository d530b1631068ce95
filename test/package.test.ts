import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {fixture, root} from './cli-run.js';

describe('the published package', () => {
	it('runs from its tarball alone: everything it loads is bundled in dist/', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-pack-'));
		// npm test has just built dist/; the prepack build is not needed again.
		const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], {cwd: root, encoding: 'utf8'})) as Array<{filename: string; files: Array<{path: string}>}>;
		expect(packed!.files.map(file => file.path)).toEqual(expect.arrayContaining(['dist/cli.js', 'schema/config.schema.json', 'schema/recommendation.schema.json', 'package.json', 'README.md']));
		execFileSync('tar', ['-xzf', path.join(folder, packed!.filename), '-C', folder]);
		const installed = path.join(folder, 'package');
		expect(JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')).dependencies).toBeUndefined();

		// Outside the repository no node_modules can be found: loading every chunk proves that each
		// import is bundled (cli.js itself runs below).
		const chunks = readdirSync(path.join(installed, 'dist')).filter(name => name.endsWith('.js') && name !== 'cli.js');
		const load = chunks.map(name => `await import(${JSON.stringify(pathToFileURL(path.join(installed, 'dist', name)).href)});`).join('\n');
		const loaded = await execa(process.execPath, ['--input-type=module', '-e', load], {cwd: folder, reject: false});
		expect(loaded.stderr).toBe('');
		expect(chunks.some(name => name.startsWith('run-wizard-'))).toBe(true);
		const run = await execa(process.execPath, [path.join(installed, 'dist', 'cli.js'), '--yes', '--json', '--output', 'all', '--today', '2026-11-24'], {cwd: fixture('web-api'), reject: false});
		expect(run.exitCode).toBe(0);
		expect(JSON.parse(run.stdout).runtime.reference).toBe('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		// The lazily loaded parts too: YAML config, the schema validator, the build runner.
		const project = path.join(folder, 'project');
		execFileSync('cp', ['-r', fixture('web-api'), project]);
		await writeFile(path.join(project, '.dotnet-image-wizardrc.yaml'), 'os: alpine\nflavour: chiseled\n');
		const config = await execa(process.execPath, [path.join(installed, 'dist', 'cli.js'), '--yes'], {cwd: project, reject: false});
		expect(config.stderr).toBe('dotnet-image-wizard: .dotnet-image-wizardrc.yaml: unknown key "flavour" (accepted: dotnet, app, deploy, startup, shell, globalization, os, arch, project, image, pin).');
		const dryRun = await execa(process.execPath, [path.join(installed, 'dist', 'cli.js'), '--yes', '--dry-run', '--config', path.join(project, 'missing.json')], {cwd: project, reject: false});
		expect(dryRun.stderr).toContain('--config:');
	});
});
