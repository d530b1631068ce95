// The guided session line by line, for screen readers and logs: no redraws, no colour, no spinner.
import path from 'node:path';
import process from 'node:process';
import {createInterface} from 'node:readline';
import type {AnswerId, Answers} from '../../engine/answers.js';
import {questionFor, questions} from '../../engine/questions.js';
import {resolveAnswers} from '../../engine/resolve.js';
import {withProjectWarnings} from '../../project/project-warnings.js';
import {buildableOutcome} from '../../session/multi-target.js';
import {answerPhrase, sourceMark, warningsToShow} from '../../session/answer-words.js';
import {describeCandidates} from '../../session/candidates.js';
import {besideSuffix, compareWithDisk, filesToWrite} from '../../session/file-changes.js';
import {finalSummary} from '../../session/final-summary.js';
import {nextSteps} from '../../session/next-steps.js';
import {fixesFor, optionMarks, optionStates} from '../../session/option-states.js';
import {outputDescriptions, outputsInUse, plannedFiles, type Output} from '../../session/planned-files.js';
import {filePlaces, placesText} from '../../session/file-places.js';
import {withProject, type Session} from '../../session/session.js';
import {olderThanTarget} from '../../session/target-framework.js';
import {shownText} from '../../grammar/shown-text.js';
import {cancelled, cancelledExitCode} from '../../session/cancellation.js';
import {writeFileSet} from '../../write/write-files.js';
import {askedQuestions, hasKnownAnswers, initialState, outcomeOf} from '../flow.js';

export type PlainStreams = {input: NodeJS.ReadableStream; output: NodeJS.WritableStream; writeDirectory?: string};

/** Input ended (end of file) or ctrl-c: the session stops where it is. */
class Cancelled extends Error {}

const allOutputs: Output[] = ['dockerfile', 'dockerignore', 'zerops', 'csproj', 'compose', 'config',
	'github-actions', 'gitlab-ci',
];

/** Numbers typed as "1, 3" (or "1 3"), each between 1 and `count`; undefined when any is not. */
export function parseChoices(text: string, count: number): number[] | undefined {
	const parts = text.split(/[\s,]+/).filter(Boolean);
	const numbers = parts.map(Number);
	if (parts.length === 0 || numbers.some(number => !Number.isInteger(number) || number < 1 || number > count)) return undefined;
	return [...new Set(numbers)];
}

/** Runs the session by reading one line per answer; resolves with the exit code. */
export async function runPlainSession(initialSession: Session, streams: PlainStreams): Promise<number> {
	const lines = createInterface({input: streams.input, terminal: false});
	const queue: string[] = [];
	const waiting: Array<(line: string | undefined) => void> = [];
	let ended = false;
	lines.on('line', line => (waiting.length > 0 ? waiting.shift()!(line) : queue.push(line)));
	lines.on('close', () => {
		ended = true;
		for (const resolve of waiting.splice(0)) resolve(undefined);
	});
	// Every line shows the control characters in names and values from files escaped, never sends them.
	const say = (text = '') => streams.output.write(`${shownText(text, {lines: true, limit: Number.POSITIVE_INFINITY})}\n`);
	const ask = async (prompt: string): Promise<string> => {
		streams.output.write(`${shownText(prompt, {limit: Number.POSITIVE_INFINITY})} `);
		const line = queue.length > 0 ? queue.shift() : ended ? undefined : await new Promise<string | undefined>(resolve => waiting.push(resolve));
		if (line === undefined) throw new Cancelled();
		return line.trim();
	};
	const interrupted = () => {
		say();
		say('Cancelled: nothing was written.');
		process.exit(cancelledExitCode());
	};
	// The one signal handler (session/cancellation.ts) aborts `cancelled`; the session says so first.
	cancelled.addEventListener('abort', interrupted, {once: true});
	try {
		return await walk(initialSession, streams, say, ask);
	} catch (error) {
		if (!(error instanceof Cancelled)) throw error;
		say();
		say('Cancelled: nothing was written.');
		return 130;
	} finally {
		cancelled.removeEventListener('abort', interrupted);
		lines.close();
	}
}

type Say = (text?: string) => void;
type Ask = (prompt: string) => Promise<string>;

async function walk(initialSession: Session, streams: PlainStreams, say: Say, ask: Ask): Promise<number> {
	let session = initialSession;
	const where = () => (session.located.kind === 'found' ? path.relative(session.cwd, session.located.file) : session.located.kind === 'none' ? 'no project found' : 'choosing a project');
	say(`dotnet-image-wizard · ${where()}`);
	if (session.located.kind === 'none') say(`No .NET project in this folder: the files use ${session.project.name}.dll as a placeholder.`);
	if (session.located.kind === 'choose') {
		const {reason, candidates, skipped = []} = session.located;
		say();
		say(`Which project goes into the container? ${reason}.`);
		const described = await describeCandidates(candidates, session.cwd, session.detectOptions);
		described.forEach((candidate, index) => say(`  ${index + 1}. ${candidate.shown}: ${candidate.problem ?? [candidate.kind, candidate.dotnet].filter(Boolean).join(', ')}`));
		for (const line of skipped) say(`  left out: ${line}`);
		const picked = await pick(ask, say, `Project 1-${described.length}:`, described.length);
		session = await withProject(session, described[picked - 1]!.file);
		say(`✔ ${where()}`);
	}

	const {answers: resolved, provenance} = resolveAnswers(session.layers, session.today);
	const fixed = Object.keys(session.layers.find(layer => layer.source === 'flag')?.values ?? {}) as AnswerId[];
	const state = initialState({today: session.today, answers: resolved, provenance, fixed, needsProject: false});
	let answers: Answers = state.answers;
	const origin = {answers, provenance};

	const askQuestion = async (id: AnswerId, position: string) => {
		const question = questionFor(id);
		const states = optionStates(id, answers, session.today, origin);
		const current = answers[id];
		const isCurrent = (value: string) => (Array.isArray(current) ? current.includes(value as never) : current === value);
		say();
		say(`${position}${question.prompt}`);
		states.forEach((option, index) => {
			const marks = optionMarks(id, option, origin);
			const label = `${option.label}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}${option.tag ? `, ${option.tag}` : ''}`;
			say(`  ${index + 1}. ${label}${option.disabled ? `, unavailable: ${option.disabled}` : `: ${option.description}`}`);
		});
		const defaults = states.map((option, index) => (isCurrent(option.value) ? index + 1 : 0)).filter(Boolean);
		for (;;) {
			const text = await ask(question.multiple ? `Answer with one or more numbers, comma-separated [${defaults.join(',')}]:` : `Answer 1-${states.length} [${defaults[0]}]:`);
			const chosen = text === '' ? defaults : parseChoices(text, states.length);
			if (!chosen || chosen.length === 0 || (!question.multiple && chosen.length > 1)) {
				say(question.multiple ? `Type numbers from 1 to ${states.length}, comma-separated.` : `Type a number from 1 to ${states.length}.`);
				continue;
			}
			const refused = chosen.map(number => states[number - 1]!).find(option => option.disabled && !isCurrent(option.value));
			if (refused) {
				say(`${refused.label} cannot be chosen: ${refused.disabled}`);
				continue;
			}
			const values = chosen.map(number => states[number - 1]!.value);
			answers = {...answers, [id]: question.multiple ? values : values[0]} as Answers;
			say(`✔ ${answerPhrase(id, answers[id] as never)}`);
			return;
		}
	};

	const today = session.today;
	if (hasKnownAnswers(state)) {
		say();
		say('Some answers are already known:');
		for (const id of askedQuestions(state)) say(`  ${answerPhrase(id, answers[id] as never)}${sourceMark(provenance[id]) ? ` (${sourceMark(provenance[id])})` : ''}`);
	}
	const review = !hasKnownAnswers(state) || /^n/i.test(await ask('Use these answers and go to the summary? (n reviews each question) [Y/n]:'));
	if (review) {
		for (let index = 0; index < askedQuestions({answers, fixed}).length; index++) {
			const asked = askedQuestions({answers, fixed});
			await askQuestion(asked[index]!, `Question ${index + 1} of ${asked.length}: `);
		}
	}

	let recommendation;
	for (;;) {
		const outcome = buildableOutcome(withProjectWarnings(outcomeOf({answers, today}), session.detection), session.project, today);
		const applying = questions.filter(question => question.applies(answers)).map(question => question.id);
		const answerList = applying.map((id, index) => `${index + 1}. ${answerPhrase(id, answers[id] as never)}`).join(', ');
		say();
		if (!outcome.ok) {
			say(`These answers do not fit together: ${outcome.refusal.message}`);
			const fixes = fixesFor(answers, today, applying);
			const choices = fixes.length > 0 ? fixes.map(fix => ({id: fix.id, text: `Change ${fix.topic}: ${fix.values.map(value => value.label).join(' / ')}`})) : applying.map(id => ({id, text: `Change ${answerPhrase(id, answers[id] as never)}`}));
			choices.forEach((choice, index) => say(`  ${index + 1}. ${choice.text}`));
			const number = await pick(ask, say, `Change which answer? 1-${choices.length}:`, choices.length);
			await askQuestion(choices[number - 1]!.id, '');
			continue;
		}
		const {build, runtime, tradeoffs, warnings, support, runtimeIdentifiers} = outcome.recommendation;
		say('Recommended images');
		say(`  build    ${build.reference}`);
		say(`  runtime  ${runtime.reference}`);
		say(`  for      ${answerPhrase('arch', answers.arch)} (${runtimeIdentifiers.join(', ')})`);
		say(`  ${support.summary}`);
		say(`  about ${tradeoffs.sizeMb} MB, ${tradeoffs.shell ? `shell and ${tradeoffs.packageManager}` : 'no shell'}, ${tradeoffs.nonRootByDefault ? 'non-root by default' : 'non-root via USER $APP_UID'}, attack surface ${tradeoffs.attackSurface}`);
		const mismatch = olderThanTarget(session.detection, answers.dotnet);
		if (mismatch) say(`Warning: ${mismatch}`);
		for (const warning of warningsToShow(warnings, provenance)) say(`Warning: ${warning.message}`);
		say(`Answers: ${answerList}`);
		const reply = await ask(`Enter goes on to the files; a number 1-${applying.length} changes that answer:`);
		if (reply === '') {
			recommendation = outcome.recommendation;
			break;
		}
		const number = parseChoices(reply, applying.length);
		if (number && number.length === 1) await askQuestion(applying[number[0]! - 1]!, '');
		else say(`Press enter to go on, or type a number from 1 to ${applying.length}.`);
	}

	const directory = streams.writeDirectory ? path.resolve(session.cwd, streams.writeDirectory) : session.contextDirectory;
	const inUse = await outputsInUse(session, streams.writeDirectory);
	for (;;) {
		say();
		say(`What should be generated? ${placesText(filePlaces(session, streams.writeDirectory)).replace(/^into/, 'Into')}:`);
		allOutputs.forEach((output, index) => say(`  ${index + 1}. ${outputDescriptions[output]}`));
		const defaults = inUse.map(output => allOutputs.indexOf(output) + 1);
		const text = await ask(`Files, comma-separated [${defaults.join(',')}]:`);
		const chosen = text === '' ? defaults : parseChoices(text, allOutputs.length);
		if (!chosen) {
			say(`Type numbers from 1 to ${allOutputs.length}, comma-separated.`);
			continue;
		}
		const files = plannedFiles(recommendation, session, chosen.sort().map(number => allOutputs[number - 1]!), streams.writeDirectory);
		const changes = await compareWithDisk(files);
		for (const change of changes) say(`  ${change.file.name}: ${change.status === 'new' ? 'new' : change.status === 'unchanged' ? 'exists, unchanged' : `exists, changed (+${change.added} −${change.removed})`}`);
		const changed = changes.filter(change => change.status === 'changed');
		let mode: 'replace' | 'beside' | undefined;
		while (!mode) {
			const reply = changed.length > 0
				? await ask(`r replaces ${changed.length === 1 ? 'it' : 'them'}, k keeps ${changed.length === 1 ? 'it' : 'them'} and writes ${changed.map(change => `${change.file.name}${besideSuffix}`).join(', ')} beside, d shows the changes, b goes back [b]:`)
				: await ask(`Write ${changes.filter(change => change.status === 'new').length} new files? [Y/n]:`);
			if (changed.length > 0 ? /^r/i.test(reply) : !/^n/i.test(reply)) mode = 'replace';
			else if (changed.length > 0 && /^k/i.test(reply)) mode = 'beside';
			else if (changed.length > 0 && /^d/i.test(reply)) for (const change of changed) say(`${change.file.name}\n${change.diff}`);
			else break;
		}
		if (!mode) continue;
		const chosenFiles = filesToWrite(changes, mode);
		// One write across every folder: all the files, or none of them.
		const written = await writeFileSet(chosenFiles.map(file => ({path: path.join(file.directory, file.name), content: file.content})), {force: true});
		say();
		say(finalSummary({recommendation, written, steps: written.length > 0 ? nextSteps(recommendation, session, directory, written) : [], cancelled: false}));
		return 0;
	}
}

async function pick(ask: Ask, say: Say, prompt: string, count: number): Promise<number> {
	for (;;) {
		const chosen = parseChoices(await ask(prompt), count);
		if (chosen && chosen.length === 1) return chosen[0]!;
		say(`Type a number from 1 to ${count}.`);
	}
}
