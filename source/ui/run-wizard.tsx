import process from 'node:process';
import {render} from 'ink';
import type {Session, SessionFlags} from '../session/session.js';
import {App} from './App.js';
import {PacedKeys} from './paced-keys.js';

/** Runs the guided session in the terminal; resolves with the exit code. */
export async function runWizard(session: Session, flags: SessionFlags & {write?: string | boolean}): Promise<number> {
	let code = 0;
	const instance = render(
		<App session={session} writeDirectory={typeof flags.write === 'string' && flags.write !== '' ? flags.write : undefined} onExit={exitCode => {
			code = exitCode;
		}} />,
		// Ink reads stdin through isTTY, setRawMode, ref/unref and read(), which PacedKeys provides.
		{exitOnCtrlC: false, stdin: new PacedKeys(process.stdin) as unknown as NodeJS.ReadStream},
	);
	await instance.waitUntilExit();
	return code;
}
