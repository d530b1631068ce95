// Runs one command line in this process, as cli.tsx does, with a terminal that records what is
// written: fast enough for hundreds of generated runs. Stray writes to the real stdout/stderr and
// Node warnings count as output, since a user would see them.
import process from 'node:process';
import {helpText} from '../../source/cli/flags.js';
import {main, type Terminal} from '../../source/cli/main.js';
import {parseCommandLine} from '../../source/cli/parse-flags.js';

export type Run = {argv: string[]; exitCode: number; stdout: string; stderr: string; threw?: string; hung?: boolean};

const hangAfterMs = 20_000;

/** Runs `argv` with `cwd` as the current folder (also process.cwd(), as for the binary). */
export async function runInProcess(argv: string[], cwd: string): Promise<Run> {
	let stdout = '';
	let stderr = '';
	const terminal: Terminal = {
		stdinIsTTY: false,
		stdoutIsTTY: false,
		cwd,
		write: text => {
			stdout += text;
		},
		error: text => {
			stderr += `${text}\n`;
		},
	};
	const realStdout = process.stdout.write.bind(process.stdout);
	const realStderr = process.stderr.write.bind(process.stderr);
	const stray = (append: (text: string) => void) => ((chunk: string | Uint8Array) => {
		append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
		return true;
	}) as typeof process.stdout.write;
	const onWarning = (warning: Error) => {
		stderr += `(node:${process.pid}) ${warning.name}: ${warning.message}\n`;
	};
	const previousFolder = process.cwd();
	process.chdir(cwd);
	process.stdout.write = stray(text => {
		stdout += text;
	});
	process.stderr.write = stray(text => {
		stderr += text;
	});
	process.on('warning', onWarning);
	let exitCode = -1;
	let threw: string | undefined;
	let hung = false;
	try {
		const parsed = parseCommandLine(argv);
		if (parsed.kind === 'error') {
			stderr += `dotnet-image-wizard: ${parsed.message}\n`;
			exitCode = 2;
		} else if (parsed.kind === 'help') {
			stdout += `${helpText()}\n`;
			exitCode = 0;
		} else if (parsed.kind === 'version') {
			exitCode = 0;
		} else {
			let timer: NodeJS.Timeout | undefined;
			const hang = new Promise<'hung'>(resolve => {
				timer = setTimeout(() => resolve('hung'), hangAfterMs);
			});
			const outcome = await Promise.race([main(parsed.flags, terminal), hang]);
			clearTimeout(timer);
			if (outcome === 'hung') hung = true;
			else exitCode = outcome;
		}
	} catch (error) {
		threw = error instanceof Error ? error.stack ?? error.message : String(error);
	} finally {
		// Warnings are emitted on the next tick.
		await new Promise(resolve => setImmediate(resolve));
		process.off('warning', onWarning);
		process.stdout.write = realStdout;
		process.stderr.write = realStderr;
		process.chdir(previousFolder);
	}
	return {argv, exitCode, stdout, stderr, ...(threw === undefined ? {} : {threw}), ...(hung ? {hung} : {})};
}
