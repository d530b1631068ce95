import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {isBuiltin} from 'node:module';
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

		// Outside the repository no node_modules can be found. The program (core.cjs) requires only
		// Node's built-ins and its own separate libraries; those, and the UI's libraries, load alone.
		const dist = path.join(installed, 'dist');
		const required = [...readFileSync(path.join(dist, 'core.cjs'), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map(match => match[1]!);
		expect(required.filter(name => !isBuiltin(name) && !name.startsWith('./libraries/'))).toEqual([]);
		const libraries = readdirSync(path.join(dist, 'libraries')).filter(name => name.endsWith('.cjs'));
		expect(libraries.sort()).toEqual(['ajv.cjs', 'dockerfile-ast.cjs', 'execa.cjs', 'undici.cjs', 'yaml.cjs']);
		expect(required.filter(name => name.startsWith('./libraries/')).every(name => libraries.includes(path.basename(name)))).toBe(true);
		const load = [
			...libraries.map(name => `createRequire(import.meta.url)(${JSON.stringify(path.join(dist, 'libraries', name))});`),
			`const {libraries} = await import(${JSON.stringify(pathToFileURL(path.join(dist, 'ui-libraries.mjs')).href)});`,
			'if (typeof libraries.ink.render !== "function") throw new Error("no Ink");',
		].join('\n');
		const loaded = await execa(process.execPath, ['--input-type=module', '-e', `import {createRequire} from 'node:module';\n${load}`], {cwd: folder, reject: false});
		expect(loaded.stderr).toBe('');
		expect(loaded.exitCode).toBe(0);
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
