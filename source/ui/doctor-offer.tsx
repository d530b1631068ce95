// The wizard's first question when the project already has a Dockerfile: check it with doctor
// (findings, fixes, the diff, applied here) or generate a new one. One screen, one hook in run-wizard.
import process from 'node:process';
import {render} from 'ink';
import {dockerfilesToCheck} from '../doctor/inputs.js';
import {applyDockerfileFixes, checkExistingDockerfile} from '../session/dockerfile-check.js';
import type {Session} from '../session/session.js';
import {DoctorScreen, type DoctorChoice} from './components/DoctorScreen.js';

/**
 * Whether there is a Dockerfile to offer a check of: found as doctor finds it (the project's folder,
 * else the current one), with no project evaluated, so the wizard's first frame does not wait.
 */
export async function dockerfileToOffer(cwd: string, project?: string): Promise<boolean> {
	const files = await dockerfilesToCheck([], {cwd, today: new Date().toISOString().slice(0, 10), detect: 'xml', ...(project ? {project} : {})}).catch(() => [] as string[]);
	return files.length > 0;
}

/** Offers doctor when there is a Dockerfile; 'generate' goes on to the questions, a number ends the run. */
export async function offerDoctor(session: Session, stdin?: NodeJS.ReadStream): Promise<'generate' | number> {
	const check = await checkExistingDockerfile(session);
	if (!check) return 'generate';
	let choice = 'quit' as DoctorChoice;
	const instance = render(<DoctorScreen file={check.file} findings={check.findings} diff={check.diff} onChoose={chosen => {
		choice = chosen;
		instance.unmount();
	}} />, {exitOnCtrlC: true, ...(stdin ? {stdin} : {})});
	await instance.waitUntilExit();
	if (choice === 'generate') return 'generate';
	if (choice === 'apply') {
		await applyDockerfileFixes(check);
		process.stdout.write(`fixed ${check.file}\n`);
	}
	return 0;
}
