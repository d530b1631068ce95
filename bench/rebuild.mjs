#!/usr/bin/env node
// Real rebuild benchmark: the generated Dockerfile built by buildah against the stand-in base
// images (vfs storage, chroot isolation), on a console app with a few NuGet packages. For each way
// of building it times a cold build, a rebuild after a one-line code change and a rebuild after
// adding one package, and reports each against the cold build of the same run. The ways: the
// generated Dockerfile (NuGet cache mount) and the official samples' pattern (the same Dockerfile
// without the cache mount), each with and without buildah's --layers.
// Usage: npm run build --silent && node bench/rebuild.mjs [--only mount-plain,...]
// `npm run bench` runs it too (the two ways without --layers, what the tool picks on vfs storage),
// unless given --quick. Needs buildah, dotnet, network access to the machine's NuGet source, and
// the stand-ins (run test/real/stand-ins.test.ts once to build them); without them it says so in
// one line and measures nothing.
import {execFileSync, spawn} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'cli.js');
const storage = ['--storage-driver', 'vfs'];
const sdkImage = 'mcr.microsoft.com/dotnet/sdk:10.0-noble';
const imagePrefix = 'localhost/i24-supply-bench';

const packages = [['Newtonsoft.Json', '13.0.3'], ['Serilog', '3.1.1'], ['Dapper', '2.1.35']];
const addedPackage = ['Humanizer.Core', '2.14.1'];

const ways = [
	{name: 'mount-plain', title: 'cache mount, no --layers', mount: true, layers: false},
	{name: 'mount-layers', title: 'cache mount, --layers', mount: true, layers: true},
	{name: 'sample-layers', title: 'official sample pattern, --layers', mount: false, layers: true},
	{name: 'sample-plain', title: 'official sample pattern, no --layers', mount: false, layers: false},
];
/** What `npm run bench` measures: the tool leaves --layers off on vfs, so the ways without it. */
export const benchWays = ['mount-plain', 'sample-plain'];

function run(command, args, options = {}) {
	return execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options});
}

function requirements() {
	for (const [tool, args] of [['buildah', ['--version']], ['dotnet', ['--version']]]) {
		try {
			run(tool, args);
		} catch {
			return `${tool} is not installed`;
		}
	}
	try {
		run('buildah', [...storage, 'inspect', '--type', 'manifest', sdkImage]);
	} catch {
		return `the stand-in ${sdkImage} is not in buildah's vfs storage: run "npx vitest run test/real/stand-ins.test.ts" once`;
	}
	try {
		run(process.execPath, [cli, '--version']);
	} catch {
		return 'dist/cli.js is missing: run "npm run build" first';
	}
	return '';
}

function projectFile(references, marker) {
	const items = references.map(([id, version]) => `    <PackageReference Include="${id}" Version="${version}" />`).join('\n');
	// The marker keeps one way's layers from serving another's "cold" build.
	return `<Project Sdk="Microsoft.NET.Sdk">\n  <!-- bench ${marker} -->\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>\n  </PropertyGroup>\n  <ItemGroup>\n${items}\n  </ItemGroup>\n</Project>\n`;
}

const program = line => `using Newtonsoft.Json;\n\nConsole.WriteLine(JsonConvert.SerializeObject(new {message = "${line}"}));\n`;

async function machineNugetConfig() {
	const sources = run('dotnet', ['nuget', 'list', 'source', '--format', 'short']).split('\n').flatMap(line => {
		const match = /^\s*E\w*\s+(\S+)\s*$/.exec(line);
		return match ? [match[1]] : [];
	});
	const escape = value => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
	return ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <packageSources>', '    <clear />', ...sources.map((source, index) => `    <add key="source${index + 1}" value="${escape(source)}" />`), '  </packageSources>', '</configuration>', ''].join('\n');
}

/** One buildah build; returns seconds, whether restore ran, and the image ids --layers committed. */
function build(folder, way, image, tmp) {
	return new Promise((resolve, reject) => {
		const args = [...storage, 'build', '--isolation', 'chroot', '--pull=never', ...(way.layers ? ['--layers'] : []), '--tag', image, '.'];
		const started = process.hrtime.bigint();
		// TMPDIR holds buildah's cache-mount folder (buildah-cache-UID): one per way, empty when cold.
		const child = spawn('buildah', args, {cwd: folder, env: {...process.env, TMPDIR: tmp}, stdio: ['ignore', 'pipe', 'pipe']});
		let output = '';
		child.stdout.on('data', chunk => (output += chunk));
		child.stderr.on('data', chunk => (output += chunk));
		child.on('error', reject);
		child.on('close', code => {
			const seconds = Number(process.hrtime.bigint() - started) / 1e9;
			if (code !== 0) return reject(new Error(`buildah build failed (${way.name}):\n${output.split('\n').slice(-15).join('\n')}`));
			const lines = output.split('\n');
			const restoreStep = lines.findIndex(line => /STEP \d+\/\d+: RUN .*dotnet restore/.test(line));
			const restoreCached = restoreStep > -1 && /Using cache/.test(lines[restoreStep + 1] ?? '');
			const downloads = (output.match(/OK https?:\/\/\S+\.nupkg/g) ?? []).length;
			const committed = [...output.matchAll(/^--> (?:Using cache )?([0-9a-f]{12,64})$/gm)].map(match => match[1]);
			resolve({seconds, restoreCached, downloads, committed});
		});
	});
}

async function benchWay(way, work, nugetConfig) {
	const folder = path.join(work, way.name);
	const tmp = path.join(work, `${way.name}-tmp`);
	await mkdir(folder, {recursive: true});
	await mkdir(tmp, {recursive: true});
	const marker = randomUUID();
	await writeFile(path.join(folder, 'Rebuild.csproj'), projectFile(packages, marker));
	await writeFile(path.join(folder, 'Program.cs'), program('first'));
	await writeFile(path.join(folder, 'NuGet.config'), nugetConfig);
	const generated = run(process.execPath, [cli, '--yes', '--project', folder, '--detect', 'xml', '--dotnet', '10.0', '--app', 'console', '--deploy', 'framework', '--startup', 'jit', '--shell', 'yes', '--os', 'ubuntu', '--arch', 'amd64', '--globalization', 'invariant', '--output', 'dockerfile,dockerignore', '--json', '--today', '2026-12-01'], {cwd: folder});
	const files = JSON.parse(generated).files;
	let dockerfile = files.Dockerfile;
	// The official samples' pattern: the same steps, no cache mount (restore writes the packages into its layer).
	if (!way.mount) dockerfile = dockerfile.replaceAll(/--mount=type=cache,\S+ \\\n\s+/g, '');
	// Restore verbose enough to count package downloads.
	dockerfile = dockerfile.replace(/dotnet restore([^\n]*)/, 'dotnet restore$1 -v n');
	await writeFile(path.join(folder, 'Dockerfile'), dockerfile);
	await writeFile(path.join(folder, '.dockerignore'), files['.dockerignore']);

	const image = `${imagePrefix}/${way.name}:1`;
	const committed = [];
	const results = {};
	try {
		results.cold = await build(folder, way, image, tmp);
		committed.push(...results.cold.committed);
		await writeFile(path.join(folder, 'Program.cs'), program('second'));
		results.code = await build(folder, way, image, tmp);
		committed.push(...results.code.committed);
		await writeFile(path.join(folder, 'Rebuild.csproj'), projectFile([...packages, addedPackage], marker));
		results.package = await build(folder, way, image, tmp);
		committed.push(...results.package.committed);
	} finally {
		// Only what this run made: the tag, and the intermediate images --layers committed.
		for (const id of [image, ...new Set(committed)].reverse()) {
			try {
				run('buildah', [...storage, 'rmi', '--force', id]);
			} catch {}
		}
		await rm(tmp, {recursive: true, force: true}).catch(() => {});
	}
	return results;
}

/**
 * Measures the chosen ways and prints their figures; returns the exit code. Without buildah,
 * dotnet or the stand-ins it prints one line and measures nothing (a failure when
 * DIW_REQUIRE_REAL_TOOLS=1, as in CI).
 */
export async function rebuildBench(names = ways.map(way => way.name)) {
	const chosen = ways.filter(way => names.includes(way.name));
	const missing = requirements();
	if (missing) {
		console.log(`rebuild with buildah: skipped (${missing})`);
		return process.env.DIW_REQUIRE_REAL_TOOLS === '1' ? 1 : 0;
	}
	const work = await mkdtemp(path.join(os.tmpdir(), 'i24-supply-bench-'));
	const nugetConfig = await machineNugetConfig();
	const rows = [];
	try {
		for (const way of chosen) {
			const results = await benchWay(way, work, nugetConfig);
			rows.push({way, results});
			const cold = results.cold.seconds;
			const cell = result => `${result.seconds.toFixed(1)} s (${(result.seconds / cold * 100).toFixed(0)}% of cold; restore ${result.restoreCached ? 'cached' : 'ran'}, ${result.downloads} nupkg downloads)`;
			console.log(`${way.title}:\n  cold build        ${cell(results.cold)}\n  one-line change   ${cell(results.code)}\n  one package added ${cell(results.package)}`);
		}
	} finally {
		await rm(work, {recursive: true, force: true});
	}
	// Each way with the cache mount against the official sample pattern built the same way (same --layers).
	const compared = rows.filter(row => row.way.mount).flatMap(row => {
		const sample = rows.find(other => !other.way.mount && other.way.layers === row.way.layers);
		return sample ? [{row, sample}] : [];
	});
	if (compared.length > 0) console.log('\nagainst the official sample pattern (no cache mount), same run:');
	for (const {row, sample} of compared) {
		const ratio = key => `${(row.results[key].seconds / sample.results[key].seconds * 100).toFixed(0)}%`;
		console.log(`  ${row.way.title.padEnd(28)} cold ${ratio('cold')}, one-line change ${ratio('code')}, package added ${ratio('package')} of the sample's time`);
	}
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const onlyFlag = process.argv.indexOf('--only');
	process.exitCode = await rebuildBench(onlyFlag > -1 ? process.argv[onlyFlag + 1].split(',') : undefined);
}
