// The guided session line by line, for screen readers and logs: no redraws, no colour, no spinner.
// It walks the same steps as the Ink wizard (flow.ts), so back goes where esc goes there.
import path from 'node:path';
import process from 'node:process';
import type {AnswerId, Answers} from '../../engine/answers.js';
import {questionFor, questions} from '../../engine/questions.js';
import type {Recommendation} from '../../engine/recommend.js';
import {resolveAnswers} from '../../engine/resolve.js';
import {withProjectWarnings} from '../../project/project-warnings.js';
import type {EngineName} from '../../runner/engines/engine.js';
import {buildableOutcome} from '../../session/multi-target.js';
import {answerPhrase, inSessionWords, sourceMark} from '../../session/answer-words.js';
import {describeCandidates, type Candidate} from '../../session/candidates.js';
import {engineChoices, preferredEngine, type EngineChoice} from '../../session/engines.js';
import {besideSuffix, compareWithDisk, filesToWrite} from '../../session/file-changes.js';
import {finalSummary} from '../../session/final-summary.js';
import {nextSteps} from '../../session/next-steps.js';
import {fixesFor, optionMarks, optionStates} from '../../session/option-states.js';
import {outputDescriptions, outputsInUse, plannedFiles, type Output} from '../../session/planned-files.js';
import {filePlaces, placesText} from '../../session/file-places.js';
import type {SessionBuildEnd} from '../../session/session-build.js';
import {noProjectNote} from '../../session/no-project.js';
import {withProject, type Session} from '../../session/session.js';
import {summaryWarnings, supportLine} from '../../session/summary-warnings.js';
import {olderThanTarget, projectOptionTag} from '../../session/target-framework.js';
import {cancelled, cancelledExitCode} from '../../session/cancellation.js';
import {writeFileSet} from '../../write/write-files.js';
import {askedQuestions, initialState, outcomeOf, progress, reduce, type Action, type WizardState} from '../flow.js';
import {afterBuild, buildWith, offerBuild, type BuildHold} from './plain-build.js';
import {offerDoctor} from './plain-doctor-offer.js';
import {Cancelled, isBack, parseChoices, pick, plainLines, type Ask, type Say} from './plain-lines.js';
import {showFiles} from './plain-preview.js';
import {pinFromRegistry, withPinning, type Pinning} from '../../session/pinning.js';

export {isBack, parseChoices} from './plain-lines.js';

export type PlainStreams = {
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream;
	writeDirectory?: string;
	/** The engine --engine names: the build step uses it, as --build would. */
	engine?: EngineName;
	/** The registry base images are pinned from (as --pin asks it); none (--offline): pinning is not offered. */
	registry?: string;
};

const fileOutputs: Output[] = ['dockerfile', 'dockerignore', 'zerops', 'csproj', 'compose', 'config',
	'github-actions', 'gitlab-ci',
];
// With a registry to ask: pinning, and the update-bot files that keep its digests current.
const pinOutputs: Output[] = ['pin', 'renovate', 'dependabot'];

/** What a signal finds: whether a build is running (it stops and ends the session itself) and what to say otherwise. */
type Stop = BuildHold & {words: () => string};

/** Runs the session by reading one line per answer; resolves with the exit code. */
export async function runPlainSession(initialSession: Session, streams: PlainStreams): Promise<number> {
	const {say, ask, close} = plainLines(streams.input, streams.output);
	const stop: Stop = {building: false, words: () => 'Cancelled: nothing was written.'};
	const interrupted = () => {
		// A running build stops its children first; the session then ends with the build's code.
		if (stop.building) return;
		say();
		say(stop.words());
		process.exit(cancelledExitCode());
	};
	// The one signal handler (session/cancellation.ts) aborts `cancelled`; the session says so first.
	cancelled.addEventListener('abort', interrupted, {once: true});
	try {
		return await walk(initialSession, streams, say, ask, stop);
	} catch (error) {
		if (!(error instanceof Cancelled)) throw error;
		say();
		say('Cancelled: nothing was written.');
		return 130;
	} finally {
		cancelled.removeEventListener('abort', interrupted);
		close();
	}
}

async function walk(initialSession: Session, streams: PlainStreams, say: Say, ask: Ask, stop: Stop): Promise<number> {
	let session = initialSession;
	const where = () => (session.located.kind === 'found' ? path.relative(session.cwd, session.located.file) : session.located.kind === 'none' ? 'no project found' : 'choosing a project');
	say(`dotnet-image-wizard · ${where()}`);
	const offered = await offerDoctor(session, say, ask);
	if (offered !== 'generate') return offered;
	if (session.located.kind === 'none') say(noProjectNote);
	const choice = session.located.kind === 'choose' ? session.located : undefined;
	let candidates: Candidate[] | undefined;

	const known = (from: Session) => {
		const {answers, provenance} = resolveAnswers(from.layers, from.today);
		return {answers, provenance};
	};
	const fixed = Object.keys(session.layers.find(layer => layer.source === 'flag')?.values ?? {}) as AnswerId[];
	const today = session.today;
	let state: WizardState = initialState({today, ...known(session), fixed, needsProject: choice !== undefined});
	const dispatch = (action: Action) => {
		state = reduce(state, action);
	};
	const writeDirectory = streams.writeDirectory;
	// Where the files go for the session at hand (a project chosen on the way changes it).
	const directory = () => (writeDirectory ? path.resolve(session.cwd, writeDirectory) : session.contextDirectory);
	let chosenOutputs: Output[] | undefined;
	const allOutputs = streams.registry ? [...fileOutputs, ...pinOutputs] : fileOutputs;
	// Pinning asks the registry once per recommendation (going back and on again asks no more).
	let pinning: {from: Recommendation; result: Pinning} | undefined;
	let engines: EngineChoice[] | undefined;
	let engine: EngineChoice | undefined;
	let built: SessionBuildEnd | undefined;

	/** Ends the session: the lasting summary (images, files, the build, next steps in the engine's words). */
	const ending = (recommendation: Recommendation, cancelledNow: boolean) => {
		const written = state.written.map(file => path.resolve(session.cwd, file));
		return finalSummary({
			recommendation,
			written,
			steps: written.length > 0 ? nextSteps(recommendation, session, directory(), written, engine?.builder) : [],
			...(built ? {built: [...(built.error ? [built.error] : []), ...built.summary]} : {}),
			...(built?.log ? {log: built.log} : {}),
			cancelled: cancelledNow,
		});
	};
	const finish = (recommendation: Recommendation, code: number, cancelledNow = false) => {
		say();
		say(ending(recommendation, cancelledNow));
		return code;
	};

	/** One question as numbered lines; resolves with the answer, or 'back'. */
	const askQuestion = async (id: AnswerId, position: string, canGoBack: boolean): Promise<Answers[AnswerId] | 'back'> => {
		const question = questionFor(id);
		const {answers, origin} = state;
		const states = optionStates(id, answers, today, origin);
		const current = answers[id];
		const isCurrent = (value: string) => (Array.isArray(current) ? current.includes(value as never) : current === value);
		say();
		say(`${position}${question.prompt}`);
		states.forEach((option, index) => {
			const marks = optionMarks(id, option, origin);
			// A consequence the project gives the option (a version too old to build it) comes before the option's own.
			const tag = projectOptionTag(session.detection, id, option.value) ?? option.tag;
			const label = `${option.label}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}${tag ? `, ${tag}` : ''}`;
			say(`  ${index + 1}. ${label}${option.disabled ? `, unavailable: ${option.disabled}` : `: ${option.description}`}`);
		});
		const defaults = states.map((option, index) => (isCurrent(option.value) ? index + 1 : 0)).filter(Boolean);
		const back = canGoBack ? ', b goes back' : '';
		for (;;) {
			const text = await ask(question.multiple ? `Answer with one or more numbers, comma-separated${back} [${defaults.join(',')}]:` : `Answer 1-${states.length}${back} [${defaults[0]}]:`);
			if (canGoBack && isBack(text)) return 'back';
			const chosen = text === '' ? defaults : parseChoices(text, states.length);
			if (!chosen || chosen.length === 0 || (!question.multiple && chosen.length > 1)) {
				say(`${question.multiple ? `Type numbers from 1 to ${states.length}, comma-separated` : `Type a number from 1 to ${states.length}`}${canGoBack ? ', or b to go back' : ''}.`);
				continue;
			}
			const refused = chosen.map(number => states[number - 1]!).find(option => option.disabled && !isCurrent(option.value));
			if (refused) {
				say(`${refused.label} cannot be chosen: ${refused.disabled}`);
				continue;
			}
			const values = chosen.map(number => states[number - 1]!.value);
			return (question.multiple ? values : values[0]) as Answers[AnswerId];
		}
	};

	for (;;) {
		const {step} = state;
		const canGoBack = state.history.length > 0;
		const back = canGoBack ? ', b goes back' : '';
		const outcome = buildableOutcome(withProjectWarnings(outcomeOf(state), session.detection), session.project, today);
		const applying = questions.filter(question => question.applies(state.answers)).map(question => question.id);
		switch (step.kind) {
			case 'project': {
				const {reason, skipped = []} = choice!;
				candidates ??= await describeCandidates(choice!.candidates, initialSession.cwd, initialSession.detectOptions);
				say();
				say(`Which project goes into the container? ${reason}.`);
				candidates.forEach((candidate, index) => say(`  ${index + 1}. ${candidate.shown}: ${candidate.problem ?? [candidate.kind, candidate.dotnet].filter(Boolean).join(', ')}`));
				for (const line of skipped) say(`  left out: ${line}`);
				const picked = await pick(ask, say, `Project 1-${candidates.length}:`, candidates.length);
				session = await withProject(initialSession, candidates[picked - 1]!.file);
				chosenOutputs = undefined;
				say(`✔ ${where()}`);
				dispatch({type: 'reset', ...known(session)});
				dispatch({type: 'project-chosen'});
				break;
			}
			case 'start': {
				say();
				say('Some answers are already known:');
				for (const id of askedQuestions(state)) say(`  ${answerPhrase(id, state.answers[id] as never)}${sourceMark(state.provenance[id]) ? ` (${sourceMark(state.provenance[id])})` : ''}`);
				const reply = await ask(`Use these answers and go to the summary? (n reviews each question${back}) [Y/n]:`);
				if (canGoBack && isBack(reply)) dispatch({type: 'back'});
				else dispatch({type: 'start', review: /^n/i.test(reply)});
				break;
			}
			case 'question': {
				const position = state.returnToSummary ? '' : `Question ${progress(state)}: `;
				const answer = await askQuestion(step.id, position, canGoBack);
				if (answer === 'back') {
					dispatch({type: 'back'});
					break;
				}
				dispatch({type: 'answer', id: step.id, value: answer});
				say(`✔ ${answerPhrase(step.id, answer as never)}`);
				break;
			}
			case 'summary': {
				say();
				if (!outcome.ok) {
					say(`These answers do not fit together: ${inSessionWords(outcome.refusal.message)}`);
					const fixes = fixesFor(state.answers, today, applying, (id, value) => id === 'dotnet' && olderThanTarget(session.detection, value) !== undefined);
					const choices = fixes.length > 0
						? fixes.map(fix => ({id: fix.id, values: fix.values, text: `Change ${fix.topic}: ${fix.values.map(value => value.label).join(' / ')}`}))
						: applying.map(id => ({id, values: [], text: `Change ${answerPhrase(id, state.answers[id] as never)}`}));
					choices.forEach((option, index) => say(`  ${index + 1}. ${option.text}`));
					const reply = await ask(`Change which answer? 1-${choices.length}${back}:`);
					if (canGoBack && isBack(reply)) {
						dispatch({type: 'back'});
						break;
					}
					const number = parseChoices(reply, choices.length);
					if (!number || number.length !== 1) {
						say(`Type a number from 1 to ${choices.length}${canGoBack ? ', or b to go back' : ''}.`);
						break;
					}
					// A fix with one way out ("without Arm32") opens its question with that answer in place.
					const fix = choices[number[0]! - 1]!;
					dispatch({type: 'jump', id: fix.id, ...(fix.values.length === 1 ? {value: fix.values[0]!.value} : {})});
					break;
				}
				const {build, runtime, tradeoffs, runtimeIdentifiers} = outcome.recommendation;
				say('Recommended images');
				say(`  build    ${build.reference}`);
				say(`  runtime  ${runtime.reference}`);
				say(`  for      ${answerPhrase('arch', state.answers.arch)} (${runtimeIdentifiers.join(', ')})`);
				const support = supportLine(outcome.recommendation);
				if (support) say(`  ${support}`);
				say(`  about ${tradeoffs.sizeMb} MB, ${tradeoffs.shell ? `shell and ${tradeoffs.packageManager}` : 'no shell'}, ${tradeoffs.nonRootByDefault ? 'non-root by default' : 'non-root via USER $APP_UID'}, attack surface ${tradeoffs.attackSurface}`);
				for (const warning of summaryWarnings(outcome.recommendation, session.detection, state.provenance)) say(`Warning: ${warning}`);
				say(`Answers: ${applying.map((id, index) => `${index + 1}. ${answerPhrase(id, state.answers[id] as never)}`).join(', ')}`);
				// No project, no files: the same rule as the command line's --output and --write.
				const noFiles = session.located.kind === 'none';
				const reply = await ask(`${noFiles ? 'Enter ends (no project, so no files)' : 'Enter goes on to the files'}; a number 1-${applying.length} changes that answer${back}:`);
				const number = parseChoices(reply, applying.length);
				if (reply === '' && noFiles) return finish(outcome.recommendation, 0);
				if (reply === '') dispatch({type: 'next'});
				else if (canGoBack && isBack(reply)) dispatch({type: 'back'});
				else if (number && number.length === 1) dispatch({type: 'jump', id: applying[number[0]! - 1]!});
				else say(`Press enter to go on, or type a number from 1 to ${applying.length}${canGoBack ? ', or b to go back' : ''}.`);
				break;
			}
			case 'files': {
				say();
				say(`What should be generated? ${placesText(filePlaces(session, writeDirectory)).replace(/^into/, 'Into')}:`);
				allOutputs.forEach((output, index) => say(`  ${index + 1}. ${outputDescriptions[output]}`));
				// zerops.yml, container.props and saved answers are ticked only where the project already has them.
				chosenOutputs ??= (await outputsInUse(session, writeDirectory)).filter(output => allOutputs.includes(output));
				const defaults = chosenOutputs.map(output => allOutputs.indexOf(output) + 1);
				const text = await ask(`Files, comma-separated${back} [${defaults.join(',')}]:`);
				if (isBack(text)) {
					dispatch({type: 'back'});
					break;
				}
				const chosen = text === '' ? defaults : parseChoices(text, allOutputs.length);
				if (!chosen) {
					say(`Type numbers from 1 to ${allOutputs.length}, comma-separated, or b to go back.`);
					break;
				}
				const picked = chosen.sort((a, b) => a - b).map(number => allOutputs[number - 1]!);
				chosenOutputs = withPinning(picked);
				if (chosenOutputs.length < picked.length) say('The update-bot files keep pinned digests current: they are written only with pinning.');
				dispatch({type: 'outputs', outputs: chosenOutputs});
				dispatch({type: 'next'});
				break;
			}
			case 'preview':
			case 'confirm': {
				// The preview and the confirmation are one step here: the list of files, each one shown on request.
				if (!outcome.ok) {
					dispatch({type: 'back'});
					break;
				}
				let recommendation = outcome.recommendation;
				if (streams.registry && state.outputs.includes('pin')) {
					if (pinning?.from !== outcome.recommendation) {
						say(`Asking ${streams.registry} for the base images' digests…`);
						pinning = {from: outcome.recommendation, result: await pinFromRegistry([outcome.recommendation], streams.registry)};
					}
					if (pinning.result.note) say(pinning.result.note);
					recommendation = pinning.result.recommendations[0]!;
				}
				const files = plannedFiles(recommendation, session, state.outputs, writeDirectory);
				const changes = await compareWithDisk(files);
				if (state.error) say(state.error);
				for (const change of changes) say(`  ${change.file.name}: ${change.status === 'new' ? 'new' : change.status === 'unchanged' ? 'exists, unchanged' : `exists, changed (+${change.added} −${change.removed})`}`);
				const changed = changes.filter(change => change.status === 'changed');
				const it = changed.length === 1 ? 'it' : 'them';
				let mode: 'replace' | 'beside' | 'back' | undefined;
				while (!mode) {
					const reply = changed.length > 0
						? await ask(`r replaces ${it}, k keeps ${it} and writes ${changed.map(change => `${change.file.name}${besideSuffix}`).join(', ')} beside, p shows every file, d shows the changes, b goes back [b]:`)
						: await ask(`Write ${changes.filter(change => change.status === 'new').length} new files? (p shows them first, n or b goes back) [Y/n]:`);
					if (/^p/i.test(reply)) showFiles(changes, say);
					else if (changed.length > 0 && /^d/i.test(reply)) for (const change of changed) say(`${change.file.name}\n${change.diff}`);
					else if (changed.length > 0 ? /^r/i.test(reply) : !/^[nb]/i.test(reply)) mode = 'replace';
					else if (changed.length > 0 && /^k/i.test(reply)) mode = 'beside';
					else mode = 'back';
				}
				if (mode === 'back') {
					dispatch({type: 'back'});
					break;
				}
				const chosenFiles = filesToWrite(changes, mode);
				dispatch({type: 'write'});
				try {
					// One write across every folder: all the files, or none of them.
					const written = await writeFileSet(chosenFiles.map(file => ({path: path.join(file.directory, file.name), content: file.content})), {force: true});
					dispatch({type: 'written', files: written.map(file => path.relative(session.cwd, file) || file)});
				} catch (error) {
					dispatch({type: 'failed', message: (error as Error).message});
				}
				break;
			}
			case 'done': {
				if (!outcome.ok) return 1;
				const recommendation = outcome.recommendation;
				stop.words = () => ending(recommendation, true);
				say();
				say('Done');
				for (const file of state.written.length > 0 ? state.written : ['nothing: every file was already up to date']) say(`  wrote ${file}`);
				// The build reads the Dockerfile where it was written: the app's folder (or --write DIR).
				engines ??= await engineChoices(recommendation, session, filePlaces(session, writeDirectory).app, state.written.map(file => path.resolve(session.cwd, file)));
				engine ??= preferredEngine(engines, streams.engine);
				const chosen = engine ? await offerBuild(engines, engine, session.cwd, say, ask) : undefined;
				if (!chosen) return finish(recommendation, 0);
				engine = chosen;
				dispatch({type: 'build'});
				break;
			}
			case 'build': {
				if (!outcome.ok || !engine) return 1;
				const recommendation = outcome.recommendation;
				built = await buildWith(engine, recommendation, session.cwd, state.written, say, stop);
				// A signal during the build stopped it: the session ends with the signal's code.
				if (cancelled.aborted) return finish(recommendation, cancelledExitCode(), true);
				const next = await afterBuild(built, ask);
				if (next === 'finish') return finish(recommendation, built.result.exitCode);
				if (next === 'back') dispatch({type: 'built'});
				break;
			}
			default:
				// The wizard's details and writing screens: the plain session never stops there.
				throw new Error(`the plain session has no ${step.kind} step`);
		}
	}
}
