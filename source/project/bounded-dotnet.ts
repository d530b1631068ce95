import process from 'node:process';

/** The most of its output (stdout and stderr each) a `dotnet` run may print before it is stopped. */
export const maxDotnetOutput = 8 * 1024 * 1024;

/** How long one evaluation may take, in seconds: `DIW_MSBUILD_TIMEOUT` (1–600) sets another. */
export function evaluationTimeoutSeconds(): number {
	const set = Number(process.env['DIW_MSBUILD_TIMEOUT']);
	return Number.isFinite(set) && set >= 1 && set <= 600 ? set : 30;
}

/** How a bounded run of dotnet ended. */
export type DotnetRun = {
	stdout: string;
	stderr: string;
	/** The exit code when it exited by itself. */
	exitCode?: number;
	/** Why it was stopped or never ran: missing (not on PATH), timeout, too much output, a signal. */
	stopped?: 'missing' | 'timeout' | 'output' | 'signal';
};

/** Kills a process group, once: the program and every child it started (MSBuild nodes, a hostile program's children). */
function killGroup(pid: number | undefined): void {
	if (pid === undefined) return;
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {}
}

/**
 * Runs `dotnet args` in a process group of its own, keeping at most maxDotnetOutput of each
 * stream and at most `timeoutSeconds`: past either, the whole group is killed (no child outlives
 * it) and the run says why it stopped. Never throws.
 */
export async function runDotnet(args: string[], options: {cwd: string; env: NodeJS.ProcessEnv; timeoutSeconds: number}): Promise<DotnetRun> {
	// Loaded when dotnet runs: a run from the evaluation cache does not need it.
	const {spawn} = await import('node:child_process');
	return new Promise(resolve => {
		const child = spawn('dotnet', args, {cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe']});
		const chunks = {stdout: [] as Buffer[], stderr: [] as Buffer[]};
		const sizes = {stdout: 0, stderr: 0};
		let stopped: DotnetRun['stopped'];
		let settled = false;
		const stop = (why: NonNullable<DotnetRun['stopped']>) => {
			stopped ??= why;
			killGroup(child.pid);
		};
		const timer = setTimeout(() => stop('timeout'), options.timeoutSeconds * 1000);
		// A run of ours stopped (ctrl-c, SIGTERM) takes dotnet's group down with it.
		const onExit = () => killGroup(child.pid);
		process.once('exit', onExit);
		const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
			if (stopped) return;
			const room = maxDotnetOutput - sizes[stream];
			chunks[stream].push(room >= chunk.length ? chunk : chunk.subarray(0, room));
			sizes[stream] += Math.min(room, chunk.length);
			if (chunk.length > room) stop('output');
		};
		child.stdout.on('data', collect('stdout'));
		child.stderr.on('data', collect('stderr'));
		const finish = (exitCode: number | null) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			process.removeListener('exit', onExit);
			// Children the program left behind (still holding its group) go with it.
			if (stopped) killGroup(child.pid);
			const text = (stream: 'stdout' | 'stderr') => Buffer.concat(chunks[stream]).toString('utf8');
			resolve({stdout: text('stdout'), stderr: text('stderr'), ...(exitCode === null ? {} : {exitCode}), ...(stopped ? {stopped} : exitCode === null ? {stopped: 'signal' as const} : {})});
		};
		child.on('error', error => {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') stopped = 'missing';
			finish(null);
		});
		let open = 2;
		let exited: number | null | undefined;
		let grace: NodeJS.Timeout | undefined;
		const closed = () => {
			if (--open === 0 && exited !== undefined) {
				clearTimeout(grace);
				finish(exited);
			}
		};
		child.stdout.once('close', closed);
		child.stderr.once('close', closed);
		// 'exit', not 'close': a child that keeps the pipes open must not keep us waiting.
		child.on('exit', code => {
			exited = code;
			if (stopped) {
				finish(null);
				return;
			}
			if (open === 0) {
				finish(code);
				return;
			}
			// What is already in the pipes arrives; a child still holding them is ended with its group.
			grace = setTimeout(() => {
				killGroup(child.pid);
				child.stdout.destroy();
				child.stderr.destroy();
				finish(code);
			}, 500);
		});
	});
}
