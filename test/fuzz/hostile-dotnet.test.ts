// Surface: the `dotnet` on PATH that detection runs. Generated executables print a lot, garbage,
// control characters, a report with hostile values or nothing; exit with any code, kill
// themselves, hang, and start children. Whatever they do, the run ends within the evaluation
// bound with a known exit, short notes, no child left running and no temporary folder left behind.
import {chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {fixture} from '../cli-run.js';
import {hostileString} from './arbitraries.js';
import {runBounded} from './bounded-run.js';
import {today} from './command-lines.js';
import {expectCleanRun, expectJsonDocument} from './invariants.js';
import {fuzzOptions, runs, timeoutFor} from './settings.js';

/** What a generated `dotnet` prints on one stream. */
const printed = fc.oneof(
	fc.constant({kind: 'nothing'} as const),
	fc.integer({min: 1, max: 40}).map(megabytes => ({kind: 'flood', megabytes} as const)),
	fc.integer({min: 1, max: 200_000}).map(bytes => ({kind: 'random', bytes} as const)),
	hostileString.map(text => ({kind: 'text', text} as const)),
	// A report as MSBuild prints it, with hostile values where names and paths go.
	fc.record({TargetFramework: fc.oneof(fc.constant('net10.0'), hostileString), AssemblyName: fc.oneof(fc.constant('WebApi'), hostileString), ContainerBaseImage: fc.oneof(fc.constant(''), hostileString), NETCoreSdkVersion: fc.oneof(fc.constant('10.0.401'), hostileString)})
		.map(properties => ({kind: 'text', text: JSON.stringify({Properties: properties, Items: {FrameworkReference: [{Identity: 'Microsoft.AspNetCore.App'}]}})} as const)),
);

const behaviour = fc.record({
	stdout: printed,
	stderr: printed,
	ending: fc.oneof(fc.integer({min: 0, max: 255}).map(code => ({kind: 'exit', code} as const)), fc.constantFrom({kind: 'kill'} as const, {kind: 'hang'} as const)),
	children: fc.integer({min: 0, max: 3}),
});

type Behaviour = typeof behaviour extends fc.Arbitrary<infer T> ? T : never;
type Printed = Behaviour['stdout'];

const scratch: string[] = [];
afterAll(async () => Promise.all(scratch.map(async folder => rm(folder, {recursive: true, force: true}))));

/** The shell line that prints one stream's output, its payload (if any) written into `folder`. */
async function printing(output: Printed, folder: string, stream: 'out' | 'err'): Promise<string> {
	const redirect = stream === 'err' ? ' >&2' : '';
	switch (output.kind) {
		case 'nothing': return ':';
		case 'flood': return `head -c ${output.megabytes * 1024 * 1024} /dev/zero | tr '\\000' x${redirect}`;
		case 'random': return `head -c ${output.bytes} /dev/urandom${redirect}`;
		case 'text': {
			await writeFile(path.join(folder, stream), output.text);
			return `cat '${path.join(folder, stream)}'${redirect}`;
		}
	}
}

/** Whether the process runs: a zombie (killed, not yet reaped by whoever adopted it) does not. */
async function alive(pid: number): Promise<boolean> {
	const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
	return stat !== '' && !/^\d+ \(.*\) [ZX] /.test(stat);
}

describe('a hostile dotnet on PATH', () => {
	const numRuns = runs(6, 0.02);
	it('ends within the evaluation bound, in one clear outcome, leaving no child and no temporary folder', async () => {
		await fc.assert(fc.asyncProperty(behaviour, async spec => {
			const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-fuzz-dotnet-'));
			scratch.push(folder);
			const bin = path.join(folder, 'bin');
			const temporary = path.join(folder, 'tmp');
			await mkdir(bin);
			await mkdir(temporary);
			const pids = path.join(folder, 'pids');
			const ending = spec.ending.kind === 'exit' ? `exit ${spec.ending.code}` : spec.ending.kind === 'kill' ? 'kill -9 $$' : 'sleep 120';
			await writeFile(path.join(bin, 'dotnet'), [
				'#!/bin/sh',
				`echo $$ >> '${pids}'`,
				...Array.from({length: spec.children}, () => `sleep 120 & echo $! >> '${pids}'`),
				await printing(spec.stdout, folder, 'out'),
				await printing(spec.stderr, folder, 'err'),
				ending,
				'',
			].join('\n'));
			await chmod(path.join(bin, 'dotnet'), 0o755);
			const outcome = await runBounded(['--yes', '--json', '--today', today], fixture('web-api'), 30_000, {
				...process.env,
				PATH: `${bin}${path.delimiter}${process.env['PATH']}`,
				XDG_CACHE_HOME: path.join(folder, 'cache'),
				TMPDIR: temporary,
				DIW_MSBUILD_TIMEOUT: '2',
			});
			expectCleanRun(outcome, [0, 2]);
			if (outcome.exitCode === 0) expectJsonDocument(outcome);
			// Notes are short: what dotnet printed is cut, never quoted whole.
			for (const line of outcome.stderr.split('\n')) expect(line.length, line.slice(0, 300)).toBeLessThan(2000);
			const started = (await readFile(pids, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).map(Number);
			expect(started.length, 'dotnet was never run').toBeGreaterThan(0);
			const running = [];
			for (const pid of started) if (await alive(pid)) running.push(pid);
			expect(running, 'processes the hostile dotnet started are still running').toEqual([]);
			expect((await readdir(temporary)).filter(name => name.startsWith('diw-msbuild-')), 'a temporary folder was left').toEqual([]);
		}), fuzzOptions(numRuns));
	}, timeoutFor(numRuns, 20_000));
});
