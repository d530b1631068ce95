import process from 'node:process';

/**
 * The one place SIGINT, SIGTERM and SIGHUP (and a broken stdout) end a run. Work that leaves
 * something behind if stopped halfway (a temporary file, a file moved aside, a child process)
 * registers a synchronous cleanup here and drops it when done; a stop runs what is left, newest
 * first, then exits 130, 143 or 129. A running build holds the exit: the first signal only aborts
 * `cancelled`, so the build stops its children and ends the run itself; a second signal exits now.
 */

const exitCodes = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;
export type StopSignal = keyof typeof exitCodes;

/** A cleanup may say in a few words what it undid ("nothing was written"), for the stop's one line. */
export type Cleanup = () => string | void;

const controller = new AbortController();
const cleanups = new Set<Cleanup>();
let holds = 0;
let installed = false;

/** Aborts on the first signal (its reason is the signal's name) or when the run is stopped. */
export const cancelled: AbortSignal = controller.signal;

/** The exit code for the signal that cancelled the run: 130 for SIGINT (and for any other stop). */
export function cancelledExitCode(): number {
	return exitCodes[cancelled.reason as StopSignal] ?? 130;
}

/** Registers a cleanup; returns the function that drops it once the work is done. */
export function onStop(cleanup: Cleanup): () => void {
	cleanups.add(cleanup);
	return () => {
		cleanups.delete(cleanup);
	};
}

/** Runs every registered cleanup once, newest first, never throwing; returns what they said. */
export function runCleanups(): string[] {
	const said: string[] = [];
	for (const cleanup of [...cleanups].reverse()) {
		cleanups.delete(cleanup);
		try {
			const words = cleanup();
			if (words) said.push(words);
		} catch {}
	}
	return said;
}

/** While held, the first signal only aborts `cancelled`; returns the release. */
export function holdExit(): () => void {
	holds++;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		holds--;
	};
}

/** Aborts, cleans up and exits now with `code`, after one line on stderr when `line` is given. */
export function stopNow(code: number, line?: (said: string[]) => string | undefined): never {
	if (!cancelled.aborted) controller.abort('stopped');
	const said = runCleanups();
	const text = line?.(said);
	if (text) {
		try {
			process.stderr.write(`${text}\n`);
		} catch {}
	}
	process.exit(code);
}

function stopBySignal(name: StopSignal): void {
	const first = !cancelled.aborted;
	if (first) controller.abort(name);
	if (first && holds > 0) return;
	stopNow(exitCodes[name], said => `dotnet-image-wizard: stopped by ${name}${said.length > 0 ? `: ${said.join('; ')}` : ''}.`);
}

/**
 * Turns the signals into `cancelled` and the cleanups; once per process (cli.tsx). Any other way
 * out (process.exit elsewhere, an uncaught error) still runs the cleanups, on 'exit'.
 */
export function installCancellation(): void {
	if (installed) return;
	installed = true;
	for (const name of Object.keys(exitCodes) as StopSignal[]) process.on(name, () => stopBySignal(name));
	process.on('exit', () => {
		runCleanups();
	});
}
