import process from 'node:process';
import {helpText} from './source/cli/flags.js';
import {main} from './source/cli/main.js';
import {parseCommandLine} from './source/cli/parse-flags.js';
import {stopOnBrokenOutput} from './source/session/broken-output.js';
import {installCancellation} from './source/session/cancellation.js';

declare const __PACKAGE__: {version: string} | undefined;

// Signals and a broken stdout end the run in one place, after undoing what is half done.
installCancellation();
stopOnBrokenOutput();

const commandLine = parseCommandLine(process.argv.slice(2));

if (commandLine.kind === 'error') {
	process.stderr.write(`dotnet-image-wizard: ${commandLine.message}\n`);
	process.exitCode = 2;
} else if (commandLine.kind === 'help') {
	process.stdout.write(`${helpText()}\n`);
} else if (commandLine.kind === 'version') {
	// Set by the bundler; from source, read next to this file.
	const {version} = typeof __PACKAGE__ === 'object' ? __PACKAGE__ : JSON.parse(await (await import('node:fs/promises')).readFile(new URL('package.json', import.meta.url), 'utf8')) as {version: string};
	process.stdout.write(`${version}\n`);
} else {
	process.exitCode = await main(commandLine.flags, {
		stdinIsTTY: Boolean(process.stdin.isTTY),
		stdoutIsTTY: Boolean(process.stdout.isTTY),
		cwd: process.cwd(),
		write: text => process.stdout.write(text),
		error: text => process.stderr.write(`${text}\n`),
	});
}
