// Surface: the command line. Known flags with hostile values, run in this process from a copy of
// examples/SampleApi (a few through the built binary), against the README's invariants.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {open, readFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {execa} from 'execa';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {binary} from '../cli-run.js';
import {fakeBin, type FakeBin} from '../fixtures/fake-bin/install.js';
import {answerNames} from './arbitraries.js';
import {argvOf, commandLines, today, type CommandLine} from './command-lines.js';
import {expectBuildArgv, type BuildValues} from './build-argv.js';
import {runInProcess, type Run} from './in-process.js';
import {dockerfileBuildLine, dockerfileKeywords, expectCleanRun, expectContainerProps, expectGeneratedDockerfile, expectJsonDocument, expectKnownExit, expectNoTerminalControl, expectNoWarnings, expectOneErrorLine, expectShellCommands, expectZeropsYaml, keyShape} from './invariants.js';
import {removeScratch, scratchRepository, type Scratch} from './scratch.js';
import {fuzzOptions, runs, timeoutFor} from './settings.js';

let fake: FakeBin;
const saved = {path: process.env['PATH'], cache: process.env['XDG_CACHE_HOME']};

beforeAll(async () => {
	// Engine detection and --dry-run find recording stand-ins, never a real engine; no catalog cache is read.
	fake = await fakeBin(['docker', 'podman', 'buildah', 'dotnet']);
	process.env['PATH'] = fake.env['PATH'];
	process.env['FAKE_LOG'] = fake.log;
	process.env['XDG_CACHE_HOME'] = path.join(fake.bin, 'cache');
});

afterAll(async () => {
	process.env['PATH'] = saved.path;
	if (saved.cache === undefined) delete process.env['XDG_CACHE_HOME'];
	else process.env['XDG_CACHE_HOME'] = saved.cache;
	delete process.env['FAKE_LOG'];
	await removeScratch(fake.bin);
});

// The files a clean run prints for the same answers: the Dockerfile's instructions and zerops.yml's keys.
const baselines = new Map<string, {keywords?: string[]; zeropsShape?: unknown}>();
async function baselineFor(input: CommandLine, scratch: Scratch): Promise<{keywords?: string[]; zeropsShape?: unknown}> {
	const answers = answerNames.flatMap(name => (input.strings[name] === undefined ? [] : [`--${name}`, input.strings[name]!]));
	const key = JSON.stringify(answers);
	if (!baselines.has(key)) {
		const dockerfile = await runInProcess(['--yes', '--today', today, '--detect', 'xml', ...answers, '--output', 'dockerfile'], scratch.app);
		const zerops = await runInProcess(['--yes', '--today', today, '--detect', 'xml', ...answers, '--output', 'zerops'], scratch.app);
		baselines.set(key, {
			...(dockerfile.exitCode === 0 ? {keywords: dockerfileKeywords(dockerfile.stdout)} : {}),
			...(zerops.exitCode === 0 ? {zeropsShape: keyShape(expectZeropsYaml(zerops.stdout, 'baseline'))} : {}),
		});
	}
	return baselines.get(key)!;
}

/** The printed files of --output: one bare, several under "==> name <==" headers. */
function printedFiles(stdout: string, kinds: string[]): Record<string, string> {
	const names: Record<string, string> = {dockerfile: 'Dockerfile', dockerignore: '.dockerignore', zerops: 'zerops.yml', csproj: 'container.props', compose: 'compose.yaml'};
	if (kinds.length === 1) return {[names[kinds[0]!]!]: stdout};
	const files: Record<string, string> = {};
	const parts = stdout.split(/^==> (.+) <==\n/m);
	for (let index = 1; index < parts.length; index += 2) files[parts[index]!] = parts[index + 1]!.replace(/\n$/, stdout.endsWith('\n') ? '' : '');
	return files;
}

async function expectFiles(files: Record<string, string>, input: CommandLine, scratch: Scratch, label: string): Promise<void> {
	const baseline = await baselineFor(input, scratch);
	const image = input.strings['image']?.replaceAll('\u0000', '');
	for (const [name, content] of Object.entries(files)) {
		if (name === 'Dockerfile') {
			expectGeneratedDockerfile(content, label);
			// Written with compose.yaml, the Dockerfile also builds the health probe: its baseline is another.
			if (baseline.keywords && !('compose.yaml' in files)) expect(dockerfileKeywords(content), `instructions differ from a clean run (${label})`).toEqual(baseline.keywords);
			const [build] = expectShellCommands(dockerfileBuildLine(content)!, `# Build: (${label})`);
			expectBuildArgv(build!.argv, image === undefined ? {} : {image}, `# Build: (${label})`);
		}
		if (name === 'container.props') {
			const properties = expectContainerProps(content, label);
			if (image !== undefined) {
				const tag = properties['ContainerImageTag'];
				const named = `${properties['ContainerRegistry'] ? `${properties['ContainerRegistry']}/` : ''}${properties['ContainerRepository']}${tag === undefined ? '' : `:${tag}`}`;
				expect([image, `${image}:latest`], `container.props does not name the image (${label})`).toContain(named);
			}
		}
		if (name === 'zerops.yml') {
			const data = expectZeropsYaml(content, label);
			if (baseline.zeropsShape) expect(keyShape(data), `zerops.yml keys differ from a clean run (${label})`).toEqual(baseline.zeropsShape);
		}
	}
}

const kindsOf = (output: string | undefined) => {
	// --write alone writes the four files it always did; "all" adds compose.yaml.
	if (output === undefined) return ['dockerfile', 'dockerignore', 'zerops', 'csproj'];
	const kinds = output.split(',').map(kind => kind.trim().toLowerCase()).filter(Boolean);
	return kinds.length === 0 || kinds.includes('all') ? ['dockerfile', 'dockerignore', 'zerops', 'csproj', 'compose'] : [...new Set(kinds)];
};
const fileNames: Record<string, string> = {dockerfile: 'Dockerfile', dockerignore: '.dockerignore', zerops: 'zerops.yml', csproj: 'container.props', compose: 'compose.yaml'};

/** The files a successful run made: printed (--output), in the JSON (--json --output) or written (--write). */
async function filesOf(input: CommandLine, run: Run, scratch: Scratch): Promise<Record<string, string>> {
	const has = (flag: string) => input.booleans.includes(flag);
	const {write, output} = input.strings;
	if (write !== undefined) {
		const folder = path.resolve(scratch.app, write || '.');
		const files: Record<string, string> = {};
		for (const kind of kindsOf(output)) {
			const content = await readFile(path.join(folder, fileNames[kind]!), 'utf8').catch(() => undefined);
			if (content !== undefined) files[fileNames[kind]!] = content;
		}
		return files;
	}
	if (output === undefined) return {};
	if (has('json')) return (JSON.parse(run.stdout) as {files?: Record<string, string>}).files ?? {};
	return printedFiles(run.stdout, kindsOf(output));
}

/** The values a build command must carry, as the user gave them. */
function buildValues(input: CommandLine, scratch: Scratch): BuildValues & {resolvedOci?: string} {
	const given = (name: string) => input.strings[name]?.replaceAll('\u0000', '');
	const [image, builder, oci, baseRegistry] = ['image', 'builder', 'oci', 'baseRegistry'].map(given);
	return {
		...(image === undefined ? {} : {image}),
		// --builder docker|sdk is the old spelling of --engine.
		...(builder === undefined || ['docker', 'sdk', 'dotnet'].includes(builder.toLowerCase()) ? {} : {builder}),
		...(oci === undefined ? {} : {oci, resolvedOci: path.resolve(scratch.app, oci)}),
		...(baseRegistry === undefined ? {} : {baseRegistry}),
	};
}

/** The printed commands of a successful run: "Build:" after --write, and the --dry-run line. */
function expectPrintedCommands(input: CommandLine, run: Run, scratch: Scratch, label: string): void {
	const values = buildValues(input, scratch);
	for (const line of run.stdout.split('\n').filter(text => text.startsWith('Build: '))) {
		const commands = expectShellCommands(line.slice('Build: '.length), `Build: (${label})`);
		const cd = commands[0]!.argv[0] === 'cd';
		if (cd) expect(commands[0]!.argv, `Build: cd takes one folder (${label})`).toEqual(['cd', expect.any(String)]);
		// The hint names the image; where it goes and the builder are for --build to add.
		for (const command of commands.slice(cd ? 1 : 0)) expectBuildArgv(command.argv, values.image === undefined ? {} : {image: values.image}, `Build: (${label})`);
	}
	if (!input.booleans.includes('dry-run') || input.booleans.includes('json')) return;
	// With --output the files alone go to stdout, and the command to stderr.
	const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter(text => text.startsWith('(cd '));
	expect(lines, `--dry-run printed not one command (${label}): ${run.stdout}\n${run.stderr}`).toHaveLength(1);
	const commands = expectShellCommands(lines[0]!, `--dry-run (${label})`, {subshell: true});
	expect(commands[0]!.argv, `--dry-run starts with cd DIR (${label})`).toEqual(['cd', expect.any(String)]);
	for (const command of commands.slice(1)) expectBuildArgv(command.argv, values, `--dry-run (${label})`);
}

/** Runs one generated command line in a fresh copy of SampleApi. */
async function inScratch(input: CommandLine, check: (run: Run, scratch: Scratch) => Promise<void> | void): Promise<void> {
	const scratch = await scratchRepository();
	try {
		await check(await runInProcess(argvOf(input), scratch.app), scratch);
	} finally {
		await removeScratch(scratch.folder);
	}
}

describe('generated command lines', () => {
	const numRuns = runs(100);
	const label = (run: Run) => JSON.stringify(run.argv);

	it('end by themselves with 0, 1 or 2; a failure says why in one line, with no stack trace or warning', async () => {
		await fc.assert(fc.asyncProperty(commandLines(), input => inScratch(input, run => {
			expectKnownExit(run);
			expectOneErrorLine(run);
			expectNoWarnings(run);
		})), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 400));

	it('send no raw control characters (ESC, BEL, C0, C1) to the terminal', async () => {
		await fc.assert(fc.asyncProperty(commandLines(), input => inScratch(input, run => expectNoTerminalControl(run))), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 400));

	it('with --json print exactly one JSON document, whatever else is asked', async () => {
		const lines = commandLines({with: {booleans: ['json']}, hostile: ['image', 'baseRegistry', 'builder', 'oci', 'output', 'write', 'engine', 'today', 'os']});
		await fc.assert(fc.asyncProperty(lines, input => inScratch(input, run => {
			expectKnownExit(run);
			expectJsonDocument(run);
		})), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 400));

	it('make files with no injected syntax: the Dockerfile, container.props and zerops.yml of a clean run, with the values escaped', async () => {
		const lines = fc.oneof(
			commandLines({with: {strings: {output: fc.constantFrom('dockerfile', 'csproj', 'zerops', 'all', 'dockerfile,csproj')}}, without: ['write', 'dry-run'], hostile: ['image', 'baseRegistry', 'context', 'output']}),
			commandLines({with: {strings: {write: fc.constantFrom('', 'out', 'My App')}}, without: ['dry-run'], hostile: ['image', 'baseRegistry', 'context', 'output', 'write']}),
		);
		await fc.assert(fc.asyncProperty(lines, input => inScratch(input, async (run, scratch) => {
			expectKnownExit(run);
			if (run.exitCode !== 0) return;
			await expectFiles(await filesOf(input, run, scratch), input, scratch, label(run));
		})), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 400));

	it('print commands (--dry-run, Build:, # Build:) that a POSIX shell reads back as the argv, each value one word', async () => {
		const lines = fc.oneof(
			commandLines({with: {booleans: ['dry-run']}, without: ['json', 'write', 'output'], hostile: ['image', 'baseRegistry', 'builder', 'oci', 'context']}),
			commandLines({with: {strings: {write: fc.constantFrom('', 'out', 'My App', '#x', '$(id)', 'a b;c')}}, without: ['json', 'dry-run'], hostile: ['image', 'context', 'engine', 'builder']}),
		);
		await fc.assert(fc.asyncProperty(lines, input => inScratch(input, (run, scratch) => {
			expectKnownExit(run);
			if (run.exitCode === 0) expectPrintedCommands(input, run, scratch, label(run));
		})), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 400));
});

describe('generated command lines through the built binary', () => {
	const numRuns = runs(6, 0.01);
	it('behave the same as a real process: one error line, nothing raw on the terminal', async () => {
		await fc.assert(fc.asyncProperty(commandLines(), async input => {
			const scratch = await scratchRepository();
			try {
				const argv = argvOf(input);
				const result = await execa(process.execPath, [binary, ...argv], {reject: false, input: '', cwd: scratch.app, env: {...fake.env, XDG_CACHE_HOME: path.join(scratch.folder, 'cache')}, timeout: 60_000});
				const run: Run = {argv, exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr), ...(result.timedOut ? {hung: true} : {})};
				expectCleanRun(run);
				if (input.booleans.includes('json')) expectJsonDocument(run);
				if (run.exitCode !== 0 || input.booleans.includes('json')) return;
				await expectFiles(await filesOf(input, run, scratch), input, scratch, JSON.stringify(argv));
				expectPrintedCommands(input, run, scratch, JSON.stringify(argv));
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 10_000));

	const broken = runs(4, 0.005);
	it('exit quietly when stdout is broken (a closed pipe, a full disk), --help included', async () => {
		const argvs = fc.oneof(fc.constant(['--help']), fc.constant(['--version']), commandLines().map(argvOf));
		await fc.assert(fc.asyncProperty(argvs, fc.constantFrom('closed pipe' as const, '/dev/full' as const), async (argv, sink) => {
			const scratch = await scratchRepository();
			const full = sink === '/dev/full' ? await open('/dev/full', 'w') : undefined;
			try {
				const child = spawn(process.execPath, [binary, ...argv], {cwd: scratch.app, env: {...fake.env, XDG_CACHE_HOME: path.join(scratch.folder, 'cache')}, stdio: ['ignore', full ? full.fd : 'pipe', 'pipe']});
				// The reader is gone before the first write: every write to stdout fails with EPIPE.
				child.stdout?.destroy();
				let stderr = '';
				child.stderr!.on('data', (chunk: Buffer) => {
					stderr += chunk.toString('utf8');
				});
				const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
				const [code, signal] = await once(child, 'close') as [number | null, NodeJS.Signals | null];
				clearTimeout(timer);
				const label = `${JSON.stringify(argv)} > ${sink}`;
				expect(signal, `killed (${label}): ${stderr}`).toBeNull();
				expect(stderr, `a stack trace or warning when stdout broke (${label})`).not.toMatch(/\n\s+at |\(node:\d+\)|node:internal|Unhandled/);
				if (sink === 'closed pipe') expect(stderr, `stderr talks of the broken pipe (${label})`).not.toMatch(/EPIPE|broken pipe/i);
				expect(stderr.replace(/\n$/, '').split('\n').filter(Boolean).filter(line => !line.startsWith('note: ')).length, `more than one line on stderr when stdout broke (${label}): ${stderr}`).toBeLessThanOrEqual(1);
				// A closed pipe may end the run as a shell's pipeline expects (141, 128 + SIGPIPE).
				expect(sink === 'closed pipe' ? [0, 1, 2, 141] : [0, 1, 2], `exit code ${code} when stdout broke (${label}): ${stderr}`).toContain(code);
			} finally {
				await full?.close();
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(broken));
	}, timeoutFor(broken, 8000));
});
