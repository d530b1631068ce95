import process from 'node:process';
import {helpText} from './source/cli/flags.js';
import {main} from './source/cli/main.js';
import {parseCommandLine} from './source/cli/parse-flags.js';
import {stopOnBrokenOutput} from './source/session/broken-output.js';
import {installCancellation} from './source/session/cancellation.js';
import {writeStdout} from './source/session/standard-output.js';

declare const __PACKAGE__: {version: string} | undefined;

// Signals and a broken stdout end the run in one place, after undoing what is half done.
installCancellation();
stopOnBrokenOutput();

// Asked only when needed: Node makes process.stdin and process.stdout on first use, and a
// scripted run (--yes) never reads stdin.
const terminal = {
	get stdinIsTTY() {
		return Boolean(process.stdin.isTTY);
	},
	get stdoutIsTTY() {
		return Boolean(process.stdout.isTTY);
	},
	cwd: process.cwd(),
	write: writeStdout,
	error: (text: string) => process.stderr.write(`${text}\n`),
};
// `doctor` is a verb of its own, with its own flags; everything else is the default command.
const commandLine = process.argv[2] === 'doctor' ? {kind: 'doctor' as const} : parseCommandLine(process.argv.slice(2));

/** The exit code of the command the command line asks for. */
async function run(): Promise<number> {
	if (commandLine.kind === 'doctor') {
		const {runDoctor} = await import('./source/cli/doctor.js');
		return runDoctor(process.argv.slice(3), terminal);
	}
	if (commandLine.kind === 'error') {
		process.stderr.write(`dotnet-image-wizard: ${commandLine.message}\n`);
		return 2;
	}
	if (commandLine.kind === 'help') {
		writeStdout(`${helpText()}\n`);
		return 0;
	}
	if (commandLine.kind === 'version') {
		// Set by the bundler from package.json.
		writeStdout(`${typeof __PACKAGE__ === 'object' ? __PACKAGE__.version : 'unknown (not built)'}\n`);
		return 0;
	}
	return main(commandLine.flags, terminal);
}

// The published program is one CommonJS script (see source/launch/), so no top-level await here.
void run().then(code => {
	process.exitCode = code;
});
