#!/usr/bin/env node
// Start-up, detection and engine benchmarks. Every timing is interleaved with its baseline in the
// same run (`node -e 0`, or one `dotnet msbuild -getProperty` for a cold MSBuild read) and
// reported as a median and a ratio, so machines of different speed give comparable figures.
// Usage: npm run bench [-- --runs 21] [-- --quick]   (`--runs 1 --quick` is a smoke run: npm test runs it so it cannot rot)
// Then the real rebuild benchmark (bench/rebuild.mjs, buildah: minutes); --quick leaves it out.
import {spawn, spawnSync} from 'node:child_process';
import {cp, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'cli.js');
const sample = path.join(root, 'examples', 'SampleApi');
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > -1 ? Number(process.argv[runsFlag + 1]) : 21;
const today = ['--today', '2026-11-24'];

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = value => `${value.toFixed(1)} ms`;

// Every run of the CLI has a cache of its own (warmed where a row says so), never the user's.
const scratch = await mkdtemp(path.join(os.tmpdir(), 'diw-bench-'));
const warmCache = path.join(scratch, 'warm-cache');
const cliEnv = cache => ({...process.env, XDG_CACHE_HOME: cache});

/** Wall time of one run, in ms; `allowFailure` for a run whose exit code is not what is measured. */
function timeCommand(command, args, options = {}, allowFailure = false) {
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, {stdio: ['ignore', 'ignore', 'pipe'], ...options});
	const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.status !== 0 && !allowFailure) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${String(result.stderr).slice(0, 2000)}`);
	return elapsed;
}

const nodeBaseline = () => timeCommand(process.execPath, ['-e', '0']);
const runCli = (args, options = {}, allowFailure = false) => timeCommand(process.execPath, [cli, ...args, ...today], {cwd: sample, env: cliEnv(warmCache), ...options}, allowFailure);

// Without escape codes: what a person sees of a frame.
const visible = text => text.replaceAll(/\u001B\[[0-9;?]*[A-Za-z]/g, '').replaceAll(/\u001B\][^\u0007]*\u0007/g, '');

/** Time until the wizard's first frame (its title line) is on a pseudo-terminal (util-linux `script`), the cache warm. */
function timeFirstFrame() {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${process.execPath} ${cli} ${today.join(' ')}`, '/dev/null'], {cwd: sample, stdio: ['pipe', 'pipe', 'ignore'], env: {...cliEnv(warmCache), COLUMNS: '80', LINES: '24', TERM: 'xterm-256color'}, detached: true});
		let seen = '';
		const end = () => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {}
		};
		const timer = setTimeout(() => {
			end();
			reject(new Error(`no first frame within 20 s; the terminal showed: ${JSON.stringify(visible(seen).slice(-400))}`));
		}, 20_000);
		child.stdout.on('data', chunk => {
			seen += chunk;
			if (visible(seen).includes('dotnet-image-wizard')) {
				const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
				clearTimeout(timer);
				end();
				resolve(elapsed);
			}
		});
	});
}

const timeScriptBaseline = () => timeCommand('script', ['-qfec', `stty cols 80 rows 24; exec ${process.execPath} -e 0`, '/dev/null']);

const rows = [];
// The ratio is the median of each run's ratio to the baseline measured right before it, so a
// machine that speeds up or slows down during the run moves both sides of every ratio together.
function report(name, samples, baseline, baselineName = 'node -e 0') {
	const ratios = samples.map((value, run) => value / baseline[run]);
	rows.push({what: name, median: ms(median(samples)), baseline: `${ms(median(baseline))} (${baselineName})`, ratio: `${median(ratios).toFixed(2)}x`});
}

/** Runs `measure` and its baseline `runs` times, interleaved, and reports them as one row. */
async function interleaved(name, count, baseline, measure, baselineName) {
	const base = [];
	const samples = [];
	for (let run = 0; run < count; run++) {
		base.push(await baseline());
		samples.push(await measure(run));
	}
	report(name, samples, base, baselineName);
}

const sdk = spawnSync('dotnet', ['--version'], {stdio: 'ignore'}).status === 0;
const load = () => os.loadavg().map(value => value.toFixed(1)).join(' ');
const loadBefore = load();

// 1. Scripted use on the sample project: MSBuild from a warm evaluation cache, then the XML reader.
if (sdk) {
	runCli(['--yes', '--json']);
	await interleaved('--yes --json (MSBuild, cache warm)', runs, nodeBaseline, () => runCli(['--yes', '--json']));
} else {
	console.log('--yes --json with MSBuild: skipped (the .NET SDK is not on PATH)');
}
await interleaved('--yes --json --detect xml', runs, nodeBaseline, () => runCli(['--yes', '--json', '--detect', 'xml']));

// 2. A cold MSBuild read (an empty evaluation cache each time) against one `dotnet msbuild
// -getProperty`: a project read for the first time by a program that has run before (its
// compiled code cached, as after any earlier run).
if (sdk) {
	const property = () => timeCommand('dotnet', ['msbuild', 'SampleApi.csproj', '-getProperty:TargetFramework', '-nologo'], {cwd: sample, env: {...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1'}});
	await interleaved('--yes --json --detect msbuild, cache empty', Math.min(runs, 11), property, async run => {
		const cache = path.join(scratch, `cold-${run}`);
		await cp(path.join(warmCache, 'dotnet-image-wizard', 'code'), path.join(cache, 'dotnet-image-wizard', 'code'), {recursive: true});
		try {
			return runCli(['--yes', '--json', '--detect', 'msbuild'], {env: cliEnv(cache)});
		} finally {
			await rm(cache, {recursive: true, force: true});
		}
	}, 'dotnet msbuild -getProperty');
}

// 3. The guided session: time to its first frame on a terminal.
if (spawnSync('script', ['--version']).status === 0) {
	await interleaved('first interactive frame (pty, cache warm)', Math.ceil(runs / 2), timeScriptBaseline, timeFirstFrame, 'node -e 0 under script');
} else {
	console.log('first interactive frame: skipped (util-linux `script` is not installed)');
}

// 4. Discovery: the CLI run from the root of a repository of 2,000 generated projects (one web
// app among libraries, tests and tools, nested as real repositories nest them).
const repository = path.join(scratch, 'repository');
await mkdir(path.join(repository, '.git'), {recursive: true});
await writeFile(path.join(repository, 'Directory.Build.props'), '<Project><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n');
for (let index = 0; index < 2000; index++) {
	const name = index === 0 ? 'Web.Api' : `Lib${String(index).padStart(4, '0')}`;
	const folder = path.join(repository, index === 0 ? 'src' : `src/Area${index % 40}/Module${index % 7}`, name);
	await mkdir(folder, {recursive: true});
	await writeFile(path.join(folder, `${name}.csproj`), index === 0 ? '<Project Sdk="Microsoft.NET.Sdk.Web" />\n' : '<Project Sdk="Microsoft.NET.Sdk" />\n');
}
runCli(['--yes', '--json'], {cwd: repository}, true);
await interleaved('--yes --json from a root of 2,000 projects', Math.min(runs, 11), nodeBaseline, () => runCli(['--yes', '--json'], {cwd: repository}, true));

// 5. The engine over every combination of answers, in-process.
const walkEntry = path.join(scratch, 'walk.mjs');
await build({
	stdin: {
		contents: `
import {allAnswers} from ${JSON.stringify(path.join(root, 'test', 'answers.ts'))};
import {recommend} from ${JSON.stringify(path.join(root, 'source', 'engine', 'recommend.ts'))};
const combinations = allAnswers();
const start = process.hrtime.bigint();
let recommended = 0;
for (const answers of combinations) if (recommend(answers, '2026-11-24').ok) recommended++;
const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({combinations: combinations.length, recommended, elapsed}));
`,
		resolveDir: root,
		loader: 'ts',
	},
	bundle: true, platform: 'node', format: 'esm', outfile: walkEntry, logLevel: 'error',
});
const walks = [];
let walk;
for (let run = 0; run < Math.min(runs, 5); run++) {
	walk = JSON.parse(spawnSync(process.execPath, [walkEntry], {encoding: 'utf8'}).stdout);
	walks.push(walk.elapsed);
}
await rm(scratch, {recursive: true, force: true});

console.log(`node ${process.version}, ${os.cpus().length} cores, ${runs} interleaved runs (fewer for the slow rows; medians; ratio: median of paired runs); load average ${loadBefore} before, ${load()} after\n`);
console.table(rows);
console.log(`\nengine walk: ${walk.combinations} combinations (${walk.recommended} recommended, the rest refused) in ${ms(median(walks))}, ${(median(walks) * 1000 / walk.combinations).toFixed(0)} µs each (median of ${walks.length})`);

// The real rebuild benchmark: cold build, a one-line change, one package added (bench/rebuild.mjs).
const {benchWays, rebuildBench} = await import('./rebuild.mjs');
console.log('');
if (process.argv.includes('--quick')) console.log('rebuild with buildah: skipped (--quick)');
else process.exitCode = await rebuildBench(benchWays);
