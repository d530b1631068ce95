#!/usr/bin/env node
// Start-up and engine benchmarks. Every timing is interleaved with `node -e 0` in the same run and
// reported as a median and a ratio, so machines of different speed give comparable figures.
// Usage: npm run bench [-- --runs 21]
import {spawn, spawnSync} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
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

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = value => `${value.toFixed(1)} ms`;

function timeCommand(command, args, options = {}, expectedStatus = 0) {
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, {stdio: ['ignore', 'ignore', 'pipe'], ...options});
	if (result.status !== expectedStatus) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
	return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Time until the wizard's first question is on a pseudo-terminal (util-linux `script`). */
function timeFirstFrame() {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = spawn('script', ['-qfec', `${process.execPath} ${cli} --today 2026-11-24`, '/dev/null'], {cwd: sample, stdio: ['pipe', 'pipe', 'ignore'], env: {...process.env, COLUMNS: '80', LINES: '24'}});
		let seen = '';
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error('no first frame within 10 s'));
		}, 10_000);
		child.stdout.on('data', chunk => {
			seen += chunk;
			if (seen.includes('Which .NET version')) {
				const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
				clearTimeout(timer);
				child.kill('SIGKILL');
				resolve(elapsed);
			}
		});
	});
}

function timeScriptBaseline() {
	return timeCommand('script', ['-qfec', `${process.execPath} -e 0`, '/dev/null']);
}

const rows = [];
// The ratio is the median of each run's ratio to the `node -e 0` measured right before it, so a
// machine that speeds up or slows down during the run moves both sides of every ratio together.
function report(name, samples, baseline) {
	const ratios = samples.map((value, run) => value / baseline[run]);
	rows.push({name, median: ms(median(samples)), baseline: ms(median(baseline)), ratio: `${median(ratios).toFixed(2)}x`});
}

// 1. Scripted use: `dotnet-image-wizard --yes --json` on the sample project, with each reader:
// MSBuild (when the SDK is on PATH, from the evaluation cache after the first run) and the XML reader.
const sdk = spawnSync('dotnet', ['--version'], {stdio: 'ignore'}).status === 0;
if (sdk) timeCommand(process.execPath, [cli, '--yes', '--json', '--today', '2026-11-24'], {cwd: sample});
const node = [];
const json = [];
const xml = [];
for (let run = 0; run < runs; run++) {
	node.push(timeCommand(process.execPath, ['-e', '0']));
	json.push(timeCommand(process.execPath, [cli, '--yes', '--json', '--today', '2026-11-24'], {cwd: sample}));
	xml.push(timeCommand(process.execPath, [cli, '--yes', '--json', '--detect', 'xml', '--today', '2026-11-24'], {cwd: sample}));
}
report(`--yes --json (sample project${sdk ? ', MSBuild, cached' : ', no SDK: XML reader'})`, json, node);
report('--yes --json --detect xml (sample project)', xml, node);

// 1b. The first run on a project: MSBuild evaluates it (an empty cache each time).
if (sdk) {
	const coldNode = [];
	const cold = [];
	for (let run = 0; run < Math.min(runs, 5); run++) {
		const cache = await mkdtemp(path.join(os.tmpdir(), 'diw-bench-cache-'));
		coldNode.push(timeCommand(process.execPath, ['-e', '0']));
		cold.push(timeCommand(process.execPath, [cli, '--yes', '--json', '--detect', 'msbuild', '--today', '2026-11-24'], {cwd: sample, env: {...process.env, XDG_CACHE_HOME: cache}}));
		await rm(cache, {recursive: true, force: true});
	}
	report('--yes --json --detect msbuild, empty cache', cold, coldNode);
}

// 1c. Discovery: a folder with no project of its own above 2,000 projects (every tenth an app). The
// run lists the apps and exits 2; it must answer within 2 s.
{
	const many = await mkdtemp(path.join(os.tmpdir(), 'diw-bench-many-'));
	const {mkdir, writeFile} = await import('node:fs/promises');
	for (let index = 0; index < 2000; index++) {
		const name = `P${String(index).padStart(4, '0')}`;
		await mkdir(path.join(many, 'src', name, 'obj'), {recursive: true});
		await writeFile(path.join(many, 'src', name, `${name}.csproj`), `<Project Sdk="Microsoft.NET.Sdk${index % 10 === 0 ? '.Web' : ''}"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n`);
	}
	const discoveryNode = [];
	const discovery = [];
	for (let run = 0; run < Math.min(runs, 7); run++) {
		discoveryNode.push(timeCommand(process.execPath, ['-e', '0']));
		discovery.push(timeCommand(process.execPath, [cli, '--yes', '--detect', 'xml', '--today', '2026-11-24'], {cwd: many}, 2));
	}
	report('discovery over 2,000 projects (exit 2, the apps listed)', discovery, discoveryNode);
	await rm(many, {recursive: true, force: true});
}

// 2. The guided session: time to its first frame on a terminal.
if (spawnSync('script', ['--version']).status === 0) {
	const frame = [];
	const scriptNode = [];
	for (let run = 0; run < Math.ceil(runs / 2); run++) {
		scriptNode.push(timeScriptBaseline());
		frame.push(await timeFirstFrame());
	}
	report('first interactive frame (pty)', frame, scriptNode);
} else {
	console.log('first interactive frame: skipped (util-linux `script` is not installed)');
}

// 3. The engine over every combination of answers, in-process.
const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-bench-'));
const walkEntry = path.join(folder, 'walk.mjs');
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
for (let run = 0; run < 5; run++) {
	walk = JSON.parse(spawnSync(process.execPath, [walkEntry], {encoding: 'utf8'}).stdout);
	walks.push(walk.elapsed);
}
await rm(folder, {recursive: true, force: true});

console.log(`node ${process.version}, ${os.cpus().length} cores, ${runs} interleaved runs (medians; ratio: median of paired runs)\n`);
console.table(rows);
console.log(`\nengine walk: ${walk.combinations} combinations (${walk.recommended} recommended, the rest refused) in ${ms(median(walks))}, ${(median(walks) * 1000 / walk.combinations).toFixed(0)} µs each (median of 5)`);
