import {execa} from 'execa';
import {onStop} from '../session/cancellation.js';

/** What one short, read-only call of an engine's program said. */
export type Probe = {ok: boolean; stdout: string; stderr: string; missing: boolean};

/**
 * Runs `command args` without a shell, never throwing: a missing program comes back as `missing`.
 * A run stopped meanwhile (a signal, see cancellation.ts) does not leave the program running.
 */
export async function probe(command: string, args: string[], options: {env?: NodeJS.ProcessEnv; cwd?: string} = {}): Promise<Probe> {
	let drop = () => {};
	try {
		const subprocess = execa(command, args, {reject: false, timeout: 20_000, stdin: 'ignore', ...options});
		drop = onStop(() => {
			subprocess.kill('SIGKILL');
		});
		const result = await subprocess;
		const missing = (result as {code?: string}).code === 'ENOENT';
		return {ok: result.exitCode === 0, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? ''), missing};
	} catch {
		return {ok: false, stdout: '', stderr: '', missing: true};
	} finally {
		drop();
	}
}

/** The first line of a failed probe's error output, for a one-line message. */
export function firstLine(text: string): string {
	return text.split('\n').map(line => line.trim()).find(Boolean) ?? '';
}
