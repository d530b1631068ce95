import './no-color.js';
import process from 'node:process';
import {render} from 'ink';
import {parseEngine} from '../runner/engines/engine.js';
import type {Session, SessionFlags} from '../session/session.js';
import {App} from './App.js';
import {CrashBoundary} from './components/CrashBoundary.js';
import {PacedKeys} from './paced-keys.js';

export type WizardFlags = SessionFlags & {write?: string | boolean; plain?: string | boolean; engine?: string | boolean};

/** Whether the session runs line by line: asked for, or a terminal that cannot redraw (TERM=dumb). */
export function wantsPlain(flags: WizardFlags, environment: NodeJS.ProcessEnv = process.env): boolean {
	return Boolean(flags.plain) || environment.TERM === 'dumb';
}

/** Runs the guided session in the terminal; resolves with the exit code. */
export async function runWizard(session: Session, flags: WizardFlags): Promise<number> {
	const writeDirectory = typeof flags.write === 'string' && flags.write !== '' ? flags.write : undefined;
	if (wantsPlain(flags)) {
		const {runPlainSession} = await import('./plain/plain-session.js');
		return runPlainSession(session, {input: process.stdin, output: process.stdout, ...(writeDirectory ? {writeDirectory} : {})});
	}
	let code = 0;
	let summary = '';
	let crash: Error | undefined;
	const instance = render(
		<CrashBoundary onCrash={error => {
			crash = error;
			instance.unmount();
		}}>
			<App session={session} {...(writeDirectory ? {writeDirectory} : {})} {...(typeof flags.engine === 'string' ? {engine: parseEngine(flags.engine)} : {})} onExit={(exitCode, lasting) => {
				code = exitCode;
				summary = lasting;
			}} />
		</CrashBoundary>,
		// Ink reads stdin through isTTY, setRawMode, ref/unref and read(), which PacedKeys provides.
		{exitOnCtrlC: false, stdin: new PacedKeys(process.stdin) as unknown as NodeJS.ReadStream},
	);
	await instance.waitUntilExit();
	if (crash) throw crash;
	// The live screen is gone; what stays is plain text, so every command copies whole.
	if (summary) process.stdout.write(`${summary}\n`);
	return code;
}
