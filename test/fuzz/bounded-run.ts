// Runs the built binary the way a hang or a runaway read is caught: under a memory limit
// (ulimit -v), killed after a time limit, with both streams recorded.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import process from 'node:process';
import {binary} from '../cli-run.js';
import type {Outcome} from './invariants.js';

/** Runs the built binary under a memory limit, killed if it takes longer than `limitMs`. */
export async function runBounded(argv: string[], cwd: string, limitMs: number, env: NodeJS.ProcessEnv = process.env): Promise<Outcome & {ms: number}> {
	const started = Date.now();
	// ulimit -v keeps a run that reads forever from taking the machine's memory.
	const child = spawn('sh', ['-c', 'ulimit -v 3000000; exec "$@"', 'sh', process.execPath, binary, ...argv], {cwd, stdio: ['ignore', 'pipe', 'pipe'], env});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => {
		stdout += chunk.toString('utf8');
	});
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString('utf8');
	});
	let hung = false;
	const timer = setTimeout(() => {
		hung = true;
		child.kill('SIGKILL');
	}, limitMs);
	const [code] = await once(child, 'close') as [number | null];
	clearTimeout(timer);
	return {argv, exitCode: code ?? -1, stdout, stderr, ...(hung ? {hung} : {}), ms: Date.now() - started};
}

