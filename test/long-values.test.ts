// A project's own text (an <Exec> command, a condition, a value a property function read from any
// file) never reaches a message or a note longer than the cut length: one line stays one line.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCli} from './cli-run.js';

let folder: string;
beforeEach(async () => {
	folder = await mkdtemp(path.join(os.tmpdir(), 'diw-long-'));
});
afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

const project = (body: string) => `<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n${body}\n</Project>\n`;
const longest = (text: string) => Math.max(...text.split('\n').map(line => line.length));

describe('long text from the project', () => {
	it('an npm <Exec> of 5,000 characters: the warning quotes its start, cut', async () => {
		await writeFile(path.join(folder, 'Spa.csproj'), project(`  <Target Name="Client" BeforeTargets="Publish">\n    <Exec Command="npm ci &amp;&amp; echo ${'S'.repeat(5000)}" />\n  </Target>`));
		const result = await runCli(['--detect', 'xml', '--yes'], {cwd: folder});
		expect(result.exitCode, result.stderr).toBe(0);
		const output = `${result.stdout}\n${result.stderr}`;
		expect(output).toMatch(/^warning: the publish runs "npm ci && echo S+…" \(an <Exec>/m);
		expect(longest(output)).toBeLessThan(400);
	});

	it('a condition of 3,000 characters: the provenance note is cut, in --explain and --json', async () => {
		await writeFile(path.join(folder, 'Cond.csproj'), project(`  <PropertyGroup>\n    <PublishAot Condition="'$(Configuration)' != '${'x'.repeat(3000)}'">true</PublishAot>\n  </PropertyGroup>`));
		const json = await runCli(['--detect', 'xml', '--yes', '--json'], {cwd: folder});
		expect(json.exitCode, json.stderr).toBe(0);
		const note = JSON.parse(json.stdout).provenance.deploy.note as string;
		expect(note).toMatch(/^PublishAot true if '\$\(Configuration\)' != 'x+…$/);
		expect(note.length).toBeLessThanOrEqual(201);
	});
});

describe('long lists from the project', () => {
	it('a build context widened for twelve references names five and says how many more', async () => {
		const libraries = Array.from({length: 12}, (_, index) => `Lib${String(index).padStart(2, '0')}`);
		for (const name of libraries) {
			await mkdir(path.join(folder, name));
			await writeFile(path.join(folder, name, `${name}.csproj`), '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n');
		}
		await mkdir(path.join(folder, 'App'));
		// A repository: the build context may widen up to its root.
		await mkdir(path.join(folder, '.git'));
		await writeFile(path.join(folder, 'App', 'App.csproj'), project(`  <ItemGroup>\n${libraries.map(name => `    <ProjectReference Include="../${name}/${name}.csproj" />`).join('\n')}\n  </ItemGroup>`));
		const result = await runCli(['--detect', 'xml', '--yes'], {cwd: path.join(folder, 'App')});
		expect(result.exitCode, result.stderr).toBe(0);
		expect(result.stderr).toMatch(/^note: build context: \.\., widened from \. to hold Lib00\/Lib00\.csproj, Lib01\/Lib01\.csproj, Lib02\/Lib02\.csproj, Lib03\/Lib03\.csproj, Lib04\/Lib04\.csproj \+7 more\.$/m);
	});
});
