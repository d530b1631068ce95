// The wizard's first question when the project already has a Dockerfile: check it with doctor
// (findings, fixes, the diff, applied here) or generate a new one. One screen, one hook in run-wizard.
import process from 'node:process';
import {render} from 'ink';
import {diagnose} from '../doctor/doctor.js';
import {dockerfilesToCheck, gatherInput} from '../doctor/inputs.js';
import {unifiedDiff} from '../doctor/report/diff.js';
import {fixedText} from '../doctor/report/fix.js';
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
	const project = session.located.kind === 'found' ? session.located.file : undefined;
	const options = {cwd: session.cwd, today: session.today, detect: 'xml' as const, ...(project ? {project} : {})};
	const [file] = await dockerfilesToCheck([], options).catch(() => [] as string[]);
	if (!file) return 'generate';
	const checked = await gatherInput(file, options);
	const findings = diagnose(checked.input);
	const after = fixedText(checked.text, findings, checked.input.file);
	const diff = unifiedDiff(checked.text, after, checked.input.file);
	let choice = 'quit' as DoctorChoice;
	const instance = render(<DoctorScreen file={checked.input.file} findings={findings} diff={diff} onChoose={chosen => {
		choice = chosen;
		instance.unmount();
	}} />, {exitOnCtrlC: true, ...(stdin ? {stdin} : {})});
	await instance.waitUntilExit();
	if (choice === 'generate') return 'generate';
	if (choice === 'apply') {
		const {writeFileSet} = await import('../write/write-files.js');
		await writeFileSet([{path: checked.path, content: after}], {force: true});
		process.stdout.write(`fixed ${checked.input.file}\n`);
	}
	return 0;
}
