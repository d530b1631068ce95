import {readFile} from 'node:fs/promises';
import {answerIds, type AnswerId} from '../engine/answers.js';
import {recommend} from '../engine/recommend.js';
import {refusalText} from '../engine/refusals.js';
import {InputError, resolveAnswers, type AnswerLayer} from '../engine/resolve.js';
import {useReleasesIndex} from '../catalog/lifecycle.js';
import {recommendationJson} from '../render/json.js';
import {renderSummary} from '../render/summary.js';
import {generateFiles, parseFileKinds, type GeneratedFile} from '../render/files.js';
import {buildxCommandLine} from '../render/build-command.js';
import {defaultProject, imageNameOf, type Project} from '../project/project.js';
import {writeFiles} from '../write/write-files.js';
import path from 'node:path';
import {answerFlags, type FlagName} from './flags.js';

export type Flags = Partial<Record<FlagName, string | boolean | undefined>>;

export type Terminal = {
	stdinIsTTY: boolean;
	stdoutIsTTY: boolean;
	cwd: string;
	write: (text: string) => void;
	error: (text: string) => void;
};

const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

function todayFrom(flags: Flags): string {
	if (typeof flags.today === 'string') {
		if (!/^\d{4}-\d\d-\d\d$/.test(flags.today) || Number.isNaN(Date.parse(flags.today))) {
			throw new InputError(`--today: "${flags.today}" is not a date like 2026-11-24.`);
		}
		return flags.today;
	}
	return new Date().toISOString().slice(0, 10);
}

async function loadReleases(file: string): Promise<void> {
	let index: unknown;
	try {
		index = JSON.parse(await readFile(file, 'utf8'));
	} catch (error) {
		throw new InputError(`--releases: cannot read ${file} as JSON (${(error as Error).message.split('\n')[0]}).`);
	}
	try {
		useReleasesIndex(index);
	} catch (error) {
		throw new InputError(`--releases: ${file} is ${(error as Error).message}.`);
	}
}

function flagLayer(flags: Flags): AnswerLayer {
	const values: Partial<Record<AnswerId, string>> = {};
	for (const {name, answer} of answerFlags) {
		const value = flags[name as FlagName];
		if (typeof value === 'string') values[answer] = value;
	}
	return {source: 'flag', values, origin: id => `--${id}`};
}

/** Runs one invocation; returns the exit code. Never throws for bad input. */
export async function main(flags: Flags, terminal: Terminal): Promise<number> {
	try {
		return await run(flags, terminal);
	} catch (error) {
		if (error instanceof InputError) {
			terminal.error(`dotnet-image-wizard: ${error.message}`);
			return 2;
		}
		terminal.error(`dotnet-image-wizard: ${(error as Error).message ?? String(error)}`);
		return 1;
	}
}

async function run(flags: Flags, terminal: Terminal): Promise<number> {
	const today = todayFrom(flags);
	if (typeof flags.releases === 'string') await loadReleases(flags.releases);
	const layers = [flagLayer(flags)];
	const {answers, provenance, missing} = resolveAnswers(layers, today);

	const wantsPrompts = !flags.yes && missing.length > 0;
	if (wantsPrompts) {
		const needed = missing.map(id => `--${kebab(answerFlags.find(flag => flag.answer === id)!.name)}`);
		throw new InputError(`missing answers: ${needed.join(', ')}. Stdin is not a terminal, so there is no wizard: pass them, or --yes to take detected and default answers.`);
	}

	const outcome = recommend(answers, today);
	if (!outcome.ok) throw new InputError(refusalText(outcome.refusal));
	const {recommendation} = outcome;
	const project: Project = defaultProject;
	const projectDirectory = terminal.cwd;
	const imageName = typeof flags.image === 'string' ? flags.image : imageNameOf(project);

	const writing = typeof flags.write === 'string';
	const request = typeof flags.output === 'string' ? parseFileKinds(flags.output) : writing ? parseFileKinds('all') : undefined;
	const {files, notes} = request ? generateFiles(recommendation, project, imageName, request) : {files: [] as GeneratedFile[], notes: [] as string[]};

	if (writing) {
		const directory = path.resolve(projectDirectory, (flags.write as string) || '.');
		const written = await writeFiles(directory, files, {force: Boolean(flags.force)});
		if (flags.json) {
			terminal.write(`${JSON.stringify({...recommendationJson(recommendation, provenance), written, notes}, null, 2)}\n`);
			return 0;
		}
		terminal.write(`${renderSummary(recommendation, {explain: Boolean(flags.explain), provenance})}\n\n`);
		terminal.write(written.map(file => `wrote ${path.relative(terminal.cwd, file) || file}`).join('\n') + '\n');
		for (const note of notes) terminal.write(`note: ${note}\n`);
		terminal.write(`\nBuild: ${buildxCommandLine(recommendation, {image: imageName, output: recommendation.answers.arch.length > 1 ? 'push' : 'load', context: path.relative(terminal.cwd, directory) || '.'})}\n`);
		return 0;
	}

	if (flags.json) {
		const contents = request ? Object.fromEntries(files.map(file => [file.name, file.content])) : undefined;
		terminal.write(`${JSON.stringify({...recommendationJson(recommendation, provenance, contents), ...(request ? {notes} : {})}, null, 2)}\n`);
		return 0;
	}

	if (request) {
		// One file prints bare, so `--output dockerfile > Dockerfile` works; several get headers.
		terminal.write(files.length === 1 ? files[0]!.content : files.map(file => `==> ${file.name} <==\n${file.content}`).join('\n'));
		for (const note of notes) terminal.error(`note: ${note}`);
		return 0;
	}

	terminal.write(`${renderSummary(recommendation, {explain: Boolean(flags.explain), provenance})}\n`);
	return 0;
}

export {answerIds};
