import process from 'node:process';
import meow from 'meow';
import {flags, helpText, unknownFlagError} from './source/cli/flags.js';
import {main} from './source/cli/main.js';

declare const __PACKAGE__: {name: string; version: string; description: string} | undefined;

function usageError(message: string): never {
	process.stderr.write(`dotnet-image-wizard: ${message}\n`);
	process.exit(2);
}

const argv = process.argv.slice(2);
const unknown = unknownFlagError(argv);
if (unknown) usageError(unknown);

let cli;
try {
	cli = meow(helpText(), {
		importMeta: import.meta,
		// Set by the bundler; when run from source meow reads package.json itself.
		...(typeof __PACKAGE__ === 'object' ? {pkg: __PACKAGE__} : {}),
		flags,
		// The help text lists the flags itself, from the same table meow parses.
		description: false,
		helpIndent: 0,
		autoHelp: false,
		autoVersion: false,
	});
} catch (error) {
	usageError(`${(error as Error).message.replace(/\.$/, '')}. See --help.`);
}

if (argv.includes('--help') || argv.includes('-h')) cli.showHelp(0);
if (argv.includes('--version')) cli.showVersion();
if (cli.input.length > 0) usageError(`unexpected argument "${cli.input[0]}": everything is passed as flags (--project PATH for a project). See --help.`);

process.exitCode = await main(cli.flags, {
	stdinIsTTY: Boolean(process.stdin.isTTY),
	stdoutIsTTY: Boolean(process.stdout.isTTY),
	cwd: process.cwd(),
	write: text => process.stdout.write(text),
	error: text => process.stderr.write(`${text}\n`),
});
