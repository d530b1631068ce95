// `dotnet-image-wizard doctor`: checks existing Dockerfiles, prints the findings (human, JSON or
// SARIF) and, with --fix, shows the diff of the safe edits and writes them all-or-nothing.
import process from 'node:process';
import {createInterface} from 'node:readline/promises';
import {diagnose} from '../doctor/doctor.js';
import {atLeast, type Finding} from '../doctor/finding.js';
import {dockerfilesToCheck, gatherInput, type Checked, type DoctorOptions} from '../doctor/inputs.js';
import {unifiedDiff} from '../doctor/report/diff.js';
import {fixedText} from '../doctor/report/fix.js';
import {humanReport} from '../doctor/report/human.js';
import {jsonReport} from '../doctor/report/json.js';
import {sarifReport} from '../doctor/report/sarif.js';
import {parseDockerfile} from '../dockerfile/dockerfile.js';
import {InputError} from '../engine/resolve.js';
import {shownText} from '../grammar/shown-text.js';
import {firstLine, probe} from '../runner/probe.js';
import {engines} from '../runner/engines/detect.js';
import {openCatalog} from './catalog.js';
import {doctorHelpText, parseDoctorCommandLine, type DoctorFlags} from './doctor-flags.js';
import {errorLine, type Terminal} from './main.js';
import {withWriters} from './terminal-writers.js';

declare const __PACKAGE__: {version: string} | undefined;

const readerNames = {msbuild: 'MSBuild\'s evaluation (dotnet msbuild, --detect msbuild)', xml: 'the XML reader (the project files as written, no SDK, nothing run)'};

/** The engine's version as it answers, and whether it takes COPY --link. */
async function engineFacts(name: NonNullable<DoctorFlags['engine']>): Promise<DoctorOptions['engine']> {
	const engine = engines[name];
	const answer = await probe(engine.program, engine.versionArgs);
	if (!answer.ok) throw new InputError(`--engine ${name}: ${engine.program} ${engine.versionArgs.join(' ')} did not answer (${firstLine(answer.stderr) || (answer.missing ? 'not installed' : 'no output')}).`);
	const version = /\d+\.\d+(?:\.\d+)?/.exec(answer.stdout)?.[0] ?? firstLine(answer.stdout);
	return {name, version, copyLink: engine.dialect ? engine.dialect(version).copyLink : true};
}

async function confirm(question: string): Promise<boolean> {
	const prompt = createInterface({input: process.stdin, output: process.stderr});
	try {
		return /^y(?:es)?$/i.test((await prompt.question(question)).trim());
	} finally {
		prompt.close();
	}
}

/** Applies the safe edits: diff first, then the write (all files or none), then the files checked again. */
async function applyFixes(checked: Checked[], findings: Finding[], flags: DoctorFlags, terminal: Terminal, show: (text: string) => void): Promise<{fixed: boolean; refused?: string}> {
	const changes = checked.map(item => ({item, after: fixedText(item.text, findings, item.input.file)})).filter(change => change.after !== change.item.text);
	if (changes.length === 0) {
		terminal.error('--fix: nothing here is safe to rewrite automatically.');
		return {fixed: false};
	}
	// The diff quotes the user's file: control characters in it are shown escaped.
	for (const change of changes) show(shownText(unifiedDiff(change.item.text, change.after, change.item.input.file), {lines: true, limit: Number.POSITIVE_INFINITY}));
	if (!flags.force) {
		if (!terminal.stdinIsTTY) return {fixed: false, refused: '--fix: not in a terminal, so nothing was written: pass --force to write these changes.'};
		if (!(await confirm(`Write these changes to ${changes.map(change => change.item.input.file).join(', ')}? [y/N] `))) return {fixed: false, refused: '--fix: nothing written.'};
	}
	const {writeFileSet} = await import('../write/write-files.js');
	await writeFileSet(changes.map(change => ({path: change.item.path, content: change.after})), {force: true});
	for (const change of changes) {
		change.item.text = change.after;
		change.item.input = {...change.item.input, dockerfile: parseDockerfile(change.after)};
		terminal.error(`fixed ${change.item.input.file}`);
	}
	return {fixed: true};
}

/** Runs `doctor` with its arguments; returns the exit code. */
export async function doctor(argv: string[], terminal: Terminal): Promise<number> {
	const flags = parseDoctorCommandLine(argv);
	if (flags === 'help') {
		terminal.write(`${doctorHelpText()}\n`);
		return 0;
	}
	const ended = await openCatalog({...(flags.offline ? {offline: true} : {})}, terminal);
	if (ended !== undefined) return ended;
	const options: DoctorOptions = {
		cwd: terminal.cwd,
		today: flags.today ?? new Date().toISOString().slice(0, 10),
		...(flags.project ? {project: flags.project} : {}),
		// A pull request's project is untrusted code: read as written unless --detect asks for MSBuild.
		detect: flags.detect ?? 'xml',
		...(flags.arch ? {arch: flags.arch} : {}),
		...(flags.engine ? {engine: await engineFacts(flags.engine)} : {}),
	};
	const files = await dockerfilesToCheck(flags.paths, options);
	const checked: Checked[] = [];
	for (const file of files) checked.push(await gatherInput(file, options));
	let findings = checked.flatMap(item => diagnose(item.input));

	// The diff goes where the report goes for a person, to stderr when stdout is JSON or SARIF.
	const show = flags.format === 'human' ? terminal.write : (text: string) => terminal.error(text.trimEnd());
	let refused: string | undefined;
	if (flags.fix) {
		const outcome = await applyFixes(checked, findings, flags, terminal, show);
		refused = outcome.refused;
		if (outcome.fixed) findings = checked.flatMap(item => diagnose(item.input));
	}

	const notes = [...new Set(checked.flatMap(item => item.notes))];
	const projects = [...new Map(checked.flatMap(item => (item.input.project ? [[item.input.project.file, item.input.project.evaluator] as const] : []))).entries()].map(([file, reader]) => ({file, reader}));
	const readerLines = projects.map(project => `read ${project.file} with ${readerNames[project.reader]}`);
	const shownFiles = checked.map(item => item.input.file);
	if (flags.format === 'json') terminal.write(jsonReport(findings, {files: shownFiles, projects, notes}));
	else if (flags.format === 'sarif') terminal.write(sarifReport(findings, {version: typeof __PACKAGE__ === 'object' ? __PACKAGE__.version : '0.0.0'}));
	else {
		const color = !flags.plain && terminal.stdoutIsTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
		terminal.write(humanReport(findings, {color, files: shownFiles, notes: [...readerLines, ...notes].map(line => line.replace(/^note: /, ''))}));
	}
	if (flags.format !== 'human') for (const line of [...readerLines, ...notes]) terminal.error(`note: ${line}`);
	if (refused) {
		terminal.error(refused);
		return 2;
	}
	return findings.some(finding => atLeast(finding.severity, flags.failOn)) ? 1 : 0;
}

/** `doctor` for the command line: never throws; bad input is one line and exit code 2. */
export async function runDoctor(argv: string[], terminal: Terminal): Promise<number> {
	try {
		return await doctor(argv, withWriters(terminal, {error: text => terminal.error(shownText(text, {lines: true, limit: Number.POSITIVE_INFINITY}))}));
	} catch (error) {
		terminal.error(errorLine(error));
		return error instanceof InputError ? 2 : 1;
	}
}
