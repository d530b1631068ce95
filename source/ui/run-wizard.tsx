import {render} from 'ink';
import type {Flags, Session} from '../cli/session.js';
import {App} from './App.js';

/** Runs the guided session in the terminal; resolves with the exit code. */
export async function runWizard(session: Session, flags: Flags): Promise<number> {
	let code = 0;
	const instance = render(
		<App session={session} writeDirectory={typeof flags.write === 'string' && flags.write !== '' ? flags.write : undefined} onExit={exitCode => {
			code = exitCode;
		}} />,
		{exitOnCtrlC: false},
	);
	await instance.waitUntilExit();
	return code;
}
