// Surface: builds. Hostile --image, --oci, --base-registry and --builder with --build on each
// engine, run in this process with recording docker, podman, buildah and dotnet first on PATH:
// either refused with exit 2 before the build runs, or each value is exactly one argument in its
// place, safe in the grammar of the tool that reads it, started directly (never through a shell),
// and the --dry-run of the same command line prints exactly those commands.
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hostileBuilder, hostileImage, safeRelativeName, validImage, validOrHostile} from './arbitraries.js';
import {expectBuildArgv} from './build-argv.js';
import {today} from './command-lines.js';
import {runInProcess} from './in-process.js';
import {expectKnownExit, expectShellCommands} from './invariants.js';
import {recordedCalls, recordingBin, type RecordingBin} from './recording-bin.js';
import {removeScratch, scratchRepository} from './scratch.js';
import {fuzzOptions, runs, timeoutFor} from './settings.js';

let recording: RecordingBin;
const saved = {path: process.env['PATH'], log: process.env['RECORD_LOG'], cache: process.env['XDG_CACHE_HOME']};
beforeAll(async () => {
	recording = await recordingBin();
	process.env['PATH'] = recording.env['PATH'];
	process.env['RECORD_LOG'] = recording.log;
	process.env['XDG_CACHE_HOME'] = path.join(recording.bin, 'cache');
});
afterAll(async () => {
	for (const [name, value] of [['PATH', saved.path], ['RECORD_LOG', saved.log], ['XDG_CACHE_HOME', saved.cache]] as const) {
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	}
	await removeScratch(recording.bin);
});

type Build = {engine: string; image?: string; oci?: string; baseRegistry?: string; builder?: string; push: boolean; arch: string};

// Mirrors on 127.0.0.1 (a closed port): the SDK's preflight asks them, and no test leaves this machine.
const localMirror = fc.constantFrom('127.0.0.1:9/mcr', 'localhost:9', '127.0.0.1:9/team/dotnet-mirror');
// With the SDK, --push asks the image's registry: keep it on a closed local port.
const localImage = validImage.map(image => image.replace(/^(?:registry\.example\.com|ghcr\.io|my-registry\.internal:443|127\.0\.0\.1:5000|localhost:5000)\//, '127.0.0.1:9/'));

// The grammars the programs read their arguments in: buildx's --output CSV, MSBuild's -p: lists.
const csvOci = fc.constantFrom('img.tar,type=registry', 'out/a.tar,dest=/tmp/elsewhere.tar', '"quoted".tar', 'x.tar,push=true', 'a"b.tar');
const msbuildImage = fc.constantFrom('app,ContainerRegistry=evil.example.com', 'app;ContainerRegistry=evil.example.com', 'app:1.0,ContainerImageTag=evil', 'app:$(MSBuildProjectName)', 'app:%3B');

const builds: fc.Arbitrary<Build> = fc.constantFrom('docker', 'podman', 'buildah', 'sdk').chain(engine => fc.record({
	engine: fc.constant(engine),
	image: fc.option(fc.oneof(engine === 'sdk' ? validOrHostile(localImage) : hostileImage, msbuildImage), {nil: undefined}),
	oci: fc.option(fc.oneof(safeRelativeName, csvOci), {nil: undefined}),
	baseRegistry: fc.option(validOrHostile(localMirror), {nil: undefined}),
	builder: fc.option(engine === 'docker' ? hostileBuilder : fc.constant('mybuilder'), {freq: engine === 'docker' ? 2 : 8, nil: undefined}),
	push: fc.boolean(),
	arch: fc.constantFrom('amd64', 'amd64,arm64'),
}, {requiredKeys: ['engine', 'push', 'arch']}));

const argvOf = (build: Build, mode: '--build' | '--dry-run') => [
	'--yes', '--today', today, '--detect', 'xml', '--arch', build.arch, mode, '--engine', build.engine,
	...(build.image === undefined ? [] : [`--image=${build.image}`]),
	...(build.oci === undefined ? [] : [`--oci=${build.oci}`]),
	...(build.baseRegistry === undefined ? [] : [`--base-registry=${build.baseRegistry}`]),
	...(build.builder === undefined ? [] : [`--builder=${build.builder}`]),
	...(build.push ? ['--push'] : []),
].map(argument => argument.replaceAll('\u0000', ''));

/** The calls that are the build itself (not the probes before it). */
const isBuildStep = (call: {program: string; args: string[]}) => {
	const args = call.args[0] === '--storage-driver' ? call.args.slice(2) : call.args;
	return call.program === 'dotnet' ? args[0] === 'publish' : call.program === 'docker' ? args[0] === 'buildx' && args[1] === 'build' : ['build', 'push', 'manifest'].includes(args[0] ?? '');
};

// The Dockerfile of a build is a temporary one (--file, --ignorefile); a dry run names the one --write would make.
const withoutDockerfile = (argv: string[]) => argv.filter((argument, index) => !['--file', '--ignorefile'].includes(argument) && !['--file', '--ignorefile'].includes(argv[index - 1] ?? ''));

describe('generated builds', () => {
	const numRuns = runs(80);
	it('refuse a value with exit 2 before the build, or pass each one as one argument in its place, never through a shell', async () => {
		await fc.assert(fc.asyncProperty(builds, async build => {
			const scratch = await scratchRepository();
			await writeFile(recording.log, '');
			try {
				const run = await runInProcess(argvOf(build, '--build'), scratch.app);
				const label = JSON.stringify(run.argv);
				// The messages are flags.test.ts's concern; here, what reaches the programs.
				expectKnownExit(run);
				const calls = await recordedCalls(recording.log);
				for (const call of calls) {
					expect(call.parentPid, `${call.program} was not started by the tool itself (parent ${JSON.stringify(call.parent)}) (${label})`).toBe(process.pid);
				}
				if (run.exitCode === 2) expect(calls.map(call => [call.program, ...call.args]), `bad input (exit 2) found only after running programs (${label})`).toEqual([]);
				const steps = calls.filter(isBuildStep);
				if (steps.length === 0) {
					expect(run.exitCode, `no build ran, yet the run succeeded (${label})`).not.toBe(0);
					return;
				}
				const values = {
					...(build.image === undefined ? {} : {image: build.image.replaceAll('\u0000', '')}),
					...(build.builder === undefined || build.engine !== 'docker' ? {} : {builder: build.builder.replaceAll('\u0000', '')}),
					...(build.oci === undefined ? {} : {oci: build.oci.replaceAll('\u0000', ''), resolvedOci: path.resolve(scratch.app, build.oci.replaceAll('\u0000', ''))}),
					...(build.baseRegistry === undefined ? {} : {baseRegistry: build.baseRegistry}),
				};
				for (const step of steps) expectBuildArgv([step.program, ...step.args], values, label);

				const dry = await runInProcess(argvOf(build, '--dry-run'), scratch.app);
				expect(dry.exitCode, `--dry-run fails where --build ran (${label}): ${dry.stderr}`).toBe(0);
				const line = dry.stdout.split('\n').find(text => text.startsWith('(cd '));
				const printed = expectShellCommands(line ?? '', `--dry-run (${label})`, {subshell: true}).slice(1).map(command => withoutDockerfile(command.argv));
				expect(printed, `--dry-run prints other commands than --build runs (${label})`).toEqual(steps.map(step => withoutDockerfile([step.program, ...step.args])));
			} finally {
				await removeScratch(scratch.folder);
			}
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 1500));
});
