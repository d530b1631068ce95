// Surface: saved config files. Generated .dotnet-image-wizardrc(.json|.yaml) and --config files
// (valid answers, invalid values, hostile strings, __proto__, deep nesting, YAML aliases and tags,
// huge strings, code) against the README's invariants; special files through the built binary.
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import fc from 'fast-check';
import {parse as yamlParse, stringify as yamlText} from 'yaml';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {answerNames, hostileImage, hostileString, safeRelativeName, someHostileAnswers} from './arbitraries.js';
import {today} from './command-lines.js';
import {runBounded} from './bounded-run.js';
import {runInProcess, type Run} from './in-process.js';
import {makeSpecial, type SpecialKind} from './special-files.js';
import {expectCleanRun, expectGeneratedDockerfile, type Outcome} from './invariants.js';
import {changedPaths, removeScratch, scratchRepository, snapshotTree} from './scratch.js';
import {fuzzOptions, runs, timeoutFor} from './settings.js';

const saved = process.env['XDG_CACHE_HOME'];
beforeAll(() => {
	process.env['XDG_CACHE_HOME'] = path.join(process.env['TMPDIR'] ?? '/tmp', `diw-fuzz-no-cache-${process.pid}`);
});
afterAll(() => {
	if (saved === undefined) delete process.env['XDG_CACHE_HOME'];
	else process.env['XDG_CACHE_HOME'] = saved;
});

// What a config holds: answers (some hostile), wrong shapes, prototype keys, deep nesting, huge strings.
const deep = fc.integer({min: 50, max: 2000}).map(depth => {
	let value: unknown = 'alpine';
	for (let level = 0; level < depth; level++) value = {os: value};
	return value;
});
const configData: fc.Arbitrary<unknown> = fc.oneof(
	{weight: 6, arbitrary: fc.tuple(someHostileAnswers, fc.record({image: hostileImage, project: fc.oneof(fc.constantFrom('SampleApi.csproj', '.', '..', '/proc/self/cwd'), safeRelativeName)}, {requiredKeys: []})).map(([answers, more]) => ({...answers, ...more}))},
	{weight: 1, arbitrary: fc.record(Object.fromEntries(answerNames.map(name => [name, fc.oneof(hostileString, fc.integer(), fc.constant(null), fc.array(hostileString, {maxLength: 3}), fc.dictionary(hostileString, hostileString, {maxKeys: 2}))])), {requiredKeys: []})},
	{weight: 1, arbitrary: fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '$schema')), fc.oneof(hostileString, fc.constant({os: 'alpine'}), fc.constant({polluted: true})), {maxKeys: 4})},
	{weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.integer(), hostileString, fc.array(fc.constant('os'), {maxLength: 3}), deep)},
	{weight: 1, arbitrary: fc.integer({min: 1, max: 8}).map(megabytes => ({os: 'alpine', image: `app:${'a'.repeat(megabytes * 1024 * 1024)}`}))},
);

type ConfigText = {name: string; content: string};
const protoJson = (data: unknown) => JSON.stringify(data).replace('"polluted":true', '"polluted":true,"__proto__":{"os":"alpine"}');

/** The file's text: JSON, YAML or the extension-less rc (YAML), or hand-made YAML and JSON with tricks. */
const configText: fc.Arbitrary<ConfigText> = fc.oneof(
	{weight: 4, arbitrary: fc.tuple(configData, fc.constantFrom('.dotnet-image-wizardrc.json', 'dotnet-image-wizard.config.json')).map(([data, name]) => ({name, content: protoJson(data) ?? 'null'}))},
	{weight: 4, arbitrary: fc.tuple(configData, fc.constantFrom('.dotnet-image-wizardrc.yaml', '.dotnet-image-wizardrc.yml', '.dotnet-image-wizardrc')).map(([data, name]) => {
		let content: string;
		try {
			content = yamlText(data, {aliasDuplicateObjects: false}) ?? 'null';
		} catch {
			content = protoJson(data) ?? 'null';
		}
		return {name, content};
	})},
	{weight: 2, arbitrary: fc.tuple(fc.constantFrom(
		// An alias bomb, tags, duplicate and collection keys, merge keys, documents, BOM, binary.
		'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nos: *d\n',
		'os: !!js/function "function(){return \'alpine\'}"\n',
		'os: !!binary aGVsbG8=\n',
		'? [os, arch]\n: alpine\n',
		'{os: alpine}: 1\n',
		'os: alpine\nos: debian\n',
		'<<: {os: alpine}\n',
		'os: alpine\n---\nos: debian\n',
		'\uFEFFos: alpine\n',
		'os: "\\e]0;pwned\\a"\n',
		'image: "app:\\e[2J"\n',
		'os: *undefined\n',
		'%YAML 9.9\n---\nos: alpine\n',
		'!<tag:yaml.org,2002:js/undefined> ""\n',
		'os: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n',
		'{"__proto__": {"os": "alpine"}, "constructor": {"prototype": {"os": "alpine"}}}',
		'{"os": "alpine", "os": "debian"}',
		'{"os": "\\u001b]0;pwned\\u0007"}',
		'\u0000\u0001\u0002\u00ff',
	), fc.constantFrom('.dotnet-image-wizardrc.yaml', '.dotnet-image-wizardrc', '.dotnet-image-wizardrc.json')).map(([content, name]) => ({name, content}))},
);

type Placement = {how: 'found'} | {how: 'explicit'; as: string};
const placement: fc.Arbitrary<Placement> = fc.oneof(
	{weight: 3, arbitrary: fc.constant({how: 'found'} as const)},
	{weight: 2, arbitrary: fc.constantFrom('same', 'answers.json', 'answers.yaml', 'answers', 'answers.toml', 'answers.txt', 'sub dir/answers.json').map(as => ({how: 'explicit', as}) as const)},
);

const marker = 'config-code-ran';
/** A config that is code: loading it would run it (and leave the marker file). */
const codeConfig = fc.tuple(fc.constantFrom('.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'), fc.constantFrom('answers', '.dotnet-image-wizardrc', 'dotnet-image-wizard.config')).map(([extension, stem]) => ({
	name: `${stem}${extension}`,
	content: extension === '.mjs' || extension === '.mts'
		? `import {writeFileSync} from 'node:fs';\nwriteFileSync(new URL('${marker}', import.meta.url), 'ran');\nexport default {os: 'alpine'};\n`
		: `require('node:fs').writeFileSync(require('node:path').join(__dirname, '${marker}'), 'ran');\nmodule.exports = {os: 'alpine'};\n`,
}));

/** The config's answers and image as flags, when it is a plain object of strings (else undefined). */
function asFlags(content: string): string[] | undefined {
	let data: unknown;
	try {
		data = JSON.parse(content);
	} catch {
		try {
			data = yamlParse(content);
		} catch {
			return undefined;
		}
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
	// A "project" naming the scratch app's own project changes nothing the same flags would not show.
	const entries = Object.entries(data as Record<string, unknown>).filter(([key, value]) => !(key === 'project' && typeof value === 'string'));
	if (!entries.every(([key, value]) => [...answerNames, 'image'].includes(key) && (typeof value === 'string' || (key === 'arch' && Array.isArray(value) && value.every(item => typeof item === 'string'))))) return undefined;
	return entries.flatMap(([key, value]) => [`--${key}=${Array.isArray(value) ? value.join(',') : String(value)}`]);
}

/**
 * A run with a config: exit 0 or 2 and the clean-run checks; a refusal names the file, unless it
 * refuses the answers themselves, which the same answers given as flags show.
 */
async function expectConfigRun(run: Outcome, file: string, content: string, argv: string[]): Promise<void> {
	expectCleanRun(run, [0, 2]);
	if (run.exitCode === 0) return;
	const line = run.stderr.trim().split('\n').at(-1)!;
	if (line.includes(path.basename(file))) return;
	const flags = asFlags(content);
	expect(flags, `the error does not name the config file ${file}: ${run.stderr}`).toBeDefined();
	const clean = await scratchRepository();
	let same: Outcome;
	try {
		same = await runInProcess([...argv, ...flags!], clean.app);
	} finally {
		await removeScratch(clean.folder);
	}
	expect(same.exitCode, `the error does not name the config file ${file}, and the same answers as flags are accepted: ${run.stderr}`).toBe(2);
}

describe('generated config files', () => {
	const numRuns = runs(100);
	it('are data: a bad one ends with exit 2 and one line naming the file, no warning, nothing written', async () => {
		await fc.assert(fc.asyncProperty(configText, placement, async (config, where) => {
			const scratch = await scratchRepository();
			try {
				const name = where.how === 'explicit' && where.as !== 'same' ? where.as : config.name;
				const file = path.join(scratch.app, name);
				await mkdir(path.dirname(file), {recursive: true});
				await writeFile(file, config.content);
				const before = await snapshotTree(scratch.folder);
				const argv = ['--yes', '--today', today, '--detect', 'xml', '--output', 'dockerfile', ...(where.how === 'explicit' ? ['--config', name] : [])];
				const run = await runInProcess(argv, scratch.app);
				await expectConfigRun(run, file, config.content, ['--yes', '--today', today, '--detect', 'xml', '--output', 'dockerfile']);
				expect(changedPaths(before, await snapshotTree(scratch.folder)), 'a run with a config wrote files').toEqual([]);
				expect(({} as Record<string, unknown>)['os'], 'the config polluted Object.prototype').toBeUndefined();
				if (run.exitCode === 0) expectGeneratedDockerfile(run.stdout, JSON.stringify(config).slice(0, 300));
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 600));

	const codeRuns = runs(12, 0.05);
	it('never run code: --config answers.js (.cjs, .mjs, .ts) is refused with exit 2 and not executed', async () => {
		await fc.assert(fc.asyncProperty(codeConfig, async config => {
			const scratch = await scratchRepository();
			try {
				await writeFile(path.join(scratch.app, config.name), config.content);
				const run: Run = await runInProcess(['--yes', '--today', today, '--detect', 'xml', '--config', config.name], scratch.app);
				const ran = await snapshotTree(scratch.app).then(tree => tree.has(marker));
				expect(ran, `${config.name} was executed`).toBe(false);
				expectCleanRun(run, [2]);
				expect(run.stderr, 'the error names the file').toContain(config.name);
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(codeRuns));
	}, timeoutFor(codeRuns, 600));
});

describe('config files that are not regular files', () => {
	const numRuns = runs(5, 0.01);
	it('are refused, never read forever: a FIFO, /dev/zero, a folder or a huge file ends quickly with exit 2 and one line', async () => {
		const kinds = fc.constantFrom<SpecialKind>('fifo', 'symlink to /dev/zero', 'folder', 'huge file');
		await fc.assert(fc.asyncProperty(kinds, fc.constantFrom('found', 'explicit'), async (kind, how) => {
			const scratch = await scratchRepository();
			try {
				const name = how === 'found' ? '.dotnet-image-wizardrc.json' : 'answers.json';
				await makeSpecial(path.join(scratch.app, name), kind);
				const run = await runBounded(['--yes', '--today', today, '--detect', 'xml', ...(how === 'explicit' ? ['--config', name] : [])], scratch.app, 10_000);
				expectCleanRun(run, [2]);
				expect(run.stderr, `the error names ${name}`).toContain(name);
				if (kind === 'folder') expect(run.stderr, 'a folder is called a folder').not.toMatch(/does not exist|EISDIR/);
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 15_000));
});
