import './no-color.js';
import process from 'node:process';
import {render} from 'ink';
import {sourceUrls} from '../catalog/sources.js';
import {parseEngine} from '../runner/engines/engine.js';
import {stopNow} from '../session/cancellation.js';
import type {Reading, Session, SessionFlags} from '../session/session.js';
import {CrashBoundary} from './components/CrashBoundary.js';
import {wantsPlain} from './first-frame.js';
import {Opening} from './Opening.js';
import {PacedKeys} from './paced-keys.js';

export {wantsPlain} from './first-frame.js';

export type WizardFlags = SessionFlags & {write?: string | boolean; plain?: string | boolean; engine?: string | boolean; registry?: string | boolean; offline?: string | boolean};

/** Runs the guided session in the terminal; resolves with the exit code. */
export async function runWizard(opening: Session | ((reading: Reading) => Promise<Session>), flags: WizardFlags, eraseFirstFrame: () => void = () => {}): Promise<number> {
	const writeDirectory = typeof flags.write === 'string' && flags.write !== '' ? flags.write : undefined;
	// The registry --pin asks (--registry, DOTNET_IMAGE_WIZARD_REGISTRY, MCR); --offline asks none, so pinning is not offered.
	const registry = flags.offline ? undefined : sourceUrls({registry: typeof flags.registry === 'string' ? flags.registry : undefined}, process.env).registry;
	const open = typeof opening === 'function' ? opening : async () => opening;
	if (wantsPlain(flags)) {
		eraseFirstFrame();
		const {runPlainSession} = await import('./plain/plain-session.js');
		return runPlainSession(await open(() => {}), {input: process.stdin, output: process.stdout, ...(writeDirectory ? {writeDirectory} : {}), ...(typeof flags.engine === 'string' ? {engine: parseEngine(flags.engine)} : {}), ...(registry ? {registry} : {})});
	}
	// A project that already has a Dockerfile is first offered a check of it (doctor).
	const {dockerfileToOffer, offerDoctor} = await import('./doctor-offer.js');
	const cwd = typeof opening === 'function' ? process.cwd() : opening.cwd;
	if (await dockerfileToOffer(cwd, typeof flags.project === 'string' ? flags.project : undefined)) {
		const session = await open(() => {});
		eraseFirstFrame();
		eraseFirstFrame = () => {};
		const offered = await offerDoctor(session, new PacedKeys(process.stdin) as unknown as NodeJS.ReadStream);
		if (offered !== 'generate') return offered;
	}
	let code = 0;
	let summary = '';
	let crash: Error | undefined;
	let failure: Error | undefined;
	let opened = false;
	// Keys typed while the project is read are kept for the first screen.
	const keys = new PacedKeys(process.stdin);
	keys.hold();
	eraseFirstFrame();
	const instance = render(
		<CrashBoundary onCrash={error => {
			crash = error;
			instance.unmount();
		}}>
			<Opening
				open={async reading => {
					const session = await open(reading);
					opened = true;
					return session;
				}}
				keys={keys}
				onFail={error => {
					failure = error;
				}}
				{...(writeDirectory ? {writeDirectory} : {})}
				{...(registry ? {registry} : {})}
				{...(typeof flags.engine === 'string' ? {engine: parseEngine(flags.engine)} : {})}
				onExit={(exitCode, lasting) => {
					code = exitCode;
					summary = lasting;
				}}
			/>
		</CrashBoundary>,
		// Ink reads stdin through isTTY, setRawMode, ref/unref and read(), which PacedKeys provides.
		{exitOnCtrlC: false, stdin: keys as unknown as NodeJS.ReadStream},
	);
	await instance.waitUntilExit();
	if (crash) throw crash;
	// A project that cannot be read ends the run as on the command line: one line, exit 2.
	if (failure) throw failure;
	// The live screen is gone; what stays is plain text, so every command copies whole.
	if (summary) process.stdout.write(`${summary}\n`);
	// Quit while the project was still being read: MSBuild is stopped rather than waited for.
	if (!opened) stopNow(code);
	return code;
}
