import {diagnose} from '../doctor/doctor.js';
import type {Finding} from '../doctor/finding.js';
import {dockerfilesToCheck, gatherInput} from '../doctor/inputs.js';
import {unifiedDiff} from '../doctor/report/diff.js';
import {fixedText} from '../doctor/report/fix.js';
import {writeFileSet} from '../write/write-files.js';
import type {Session} from './session.js';

/** The project's Dockerfile as doctor checks it: its findings, the text the safe fixes make, and that diff. */
export type DockerfileCheck = {
	/** As doctor names it (relative to where the session runs). */
	file: string;
	/** Full path. */
	path: string;
	findings: Finding[];
	/** The whole file with the safe fixes applied. */
	fixed: string;
	/** What the safe fixes change, as a unified diff; empty when none applies. */
	diff: string;
};

/**
 * The Dockerfile the guided session offers to check before generating one: found as doctor finds
 * it (the project's folder, else the current one) and checked against the project; undefined when
 * there is none.
 */
export async function checkExistingDockerfile(session: Session): Promise<DockerfileCheck | undefined> {
	const project = session.located.kind === 'found' ? session.located.file : undefined;
	const options = {cwd: session.cwd, today: session.today, detect: 'xml' as const, ...(project ? {project} : {})};
	const [file] = await dockerfilesToCheck([], options).catch(() => [] as string[]);
	if (!file) return undefined;
	const checked = await gatherInput(file, options);
	const findings = diagnose(checked.input);
	const fixed = fixedText(checked.text, findings, checked.input.file);
	return {file: checked.input.file, path: checked.path, findings, fixed, diff: unifiedDiff(checked.text, fixed, checked.input.file)};
}

/** Writes the fixed Dockerfile in place (atomically), as doctor --fix --force would. */
export async function applyDockerfileFixes(check: DockerfileCheck): Promise<void> {
	await writeFileSet([{path: check.path, content: check.fixed}], {force: true});
}
