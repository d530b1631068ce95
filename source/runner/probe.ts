import {execa} from 'execa';

/** What one short, read-only call of an engine's program said. */
export type Probe = {ok: boolean; stdout: string; stderr: string; missing: boolean};

/** Runs `command args` without a shell, never throwing: a missing program comes back as `missing`. */
export async function probe(command: string, args: string[], options: {env?: NodeJS.ProcessEnv; cwd?: string} = {}): Promise<Probe> {
	try {
		const result = await execa(command, args, {reject: false, timeout: 20_000, stdin: 'ignore', ...options});
		const missing = (result as {code?: string}).code === 'ENOENT';
		return {ok: result.exitCode === 0, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? ''), missing};
	} catch {
		return {ok: false, stdout: '', stderr: '', missing: true};
	}
}

/** The first line of a failed probe's error output, for a one-line message. */
export function firstLine(text: string): string {
	return text.split('\n').map(line => line.trim()).find(Boolean) ?? '';
}
