import {Box, renderToString, Static, Text, useApp, useInput} from 'ink';
import path from 'node:path';
import {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {questions} from '../engine/questions.js';
import {resolveAnswers} from '../engine/resolve.js';
import {renderSummary} from '../render/summary.js';
import {withProjectWarnings} from '../project/project-warnings.js';
import type {EngineName} from '../runner/engines/engine.js';
import {preflight} from '../runner/preflight.js';
import {runBuild} from '../runner/run.js';
import {answerPhrase, sourceMark, warningsToShow} from '../session/answer-words.js';
import {saveBuildLog} from '../session/build-log.js';
import {cancelled, cancelledExitCode} from '../session/cancellation.js';
import {describeResult} from '../session/build-outcome.js';
import {describeCandidates, type Candidate} from '../session/candidates.js';
import {compareWithDisk, filesToWrite, type FileChange} from '../session/file-changes.js';
import {finalSummary} from '../session/final-summary.js';
import {engineChoices, preferredEngine, type EngineChoice} from '../session/engines.js';
import {commandFrom, nextSteps} from '../session/next-steps.js';
import {fixesFor} from '../session/option-states.js';
import {buildableOutcome} from '../session/multi-target.js';
import {olderThanTarget} from '../session/target-framework.js';
import {onePerPath, otherAppsFiles} from '../session/apps.js';
import {filePlaces, placesText} from '../session/file-places.js';
import {outputDescriptions, outputLabels, outputsInUse, plannedFiles, type Output} from '../session/planned-files.js';
import {withProject, type Session} from '../session/session.js';
import {writeFileSet} from '../write/write-files.js';
import {BuildScreen, type BuildView} from './components/BuildScreen.js';
import {ConfirmScreen, type WriteMode} from './components/ConfirmScreen.js';
import {DoneScreen} from './components/DoneScreen.js';
import {HelpPanel} from './components/HelpPanel.js';
import {KeyHelp} from './components/KeyHelp.js';
import {PreviewScreen} from './components/PreviewScreen.js';
import {ProjectScreen} from './components/ProjectScreen.js';
import {QuestionScreen} from './components/QuestionScreen.js';
import {ScrolledText} from './components/ScrolledText.js';
import {StartScreen} from './components/StartScreen.js';
import {SummaryScreen} from './components/SummaryScreen.js';
import {ToggleList} from './components/ToggleList.js';
import {askedQuestions, initialState, outcomeOf, progress, reduce, type Answered, type WizardState} from './flow.js';
import {useRedraw, useTerminalSize} from './terminal-size.js';
import {textRows} from './text-rows.js';
import {theme} from './theme.js';

export type AppProps = {
	session: Session;
	writeDirectory?: string;
	/** The engine --engine names: the build step offers it first, as --build would use it. */
	engine?: EngineName;
	/** The exit code, and what stays in the terminal once the live screen is gone. */
	onExit: (code: number, summary: string) => void;
};

const allOutputs: Output[] = ['dockerfile', 'dockerignore', 'zerops', 'csproj', 'compose', 'config',
	'github-actions', 'gitlab-ci',
];

export function App({session: initialSession, writeDirectory, engine: namedEngine, onExit}: AppProps) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const [session, setSession] = useState(initialSession);
	const [state, dispatch] = useReducer(reduce, undefined, () => {
		const {answers, provenance} = resolveAnswers(initialSession.layers, initialSession.today);
		const fixed = Object.keys(initialSession.layers.find(layer => layer.source === 'flag')?.values ?? {}) as never[];
		return initialState({today: initialSession.today, answers, provenance, fixed, needsProject: initialSession.located.kind === 'choose'});
	});
	// The picker's list stays as it was found, so going back to it after a choice still shows it.
	const choice = initialSession.located.kind === 'choose' ? initialSession.located : undefined;
	const [candidates, setCandidates] = useState<Candidate[]>(() => (choice ? choice.candidates.map(file => ({file, shown: path.relative(initialSession.cwd, file)})) : []));
	const [changes, setChanges] = useState<FileChange[] | undefined>();
	const [diffOpen, setDiffOpen] = useState(false);
	const [build, setBuild] = useState<BuildView | undefined>();
	const [attempt, setAttempt] = useState(0);
	// The engines found on this machine, checked once the files are written, and the one to build with.
	const [engines, setEngines] = useState<EngineChoice[] | undefined>();
	const [engine, setEngine] = useState<EngineChoice | undefined>();
	const [help, setHelp] = useState(false);
	const [ending, setEnding] = useState<{code: number; summary: string} | undefined>();
	// A resized terminal is drawn whole again: the record of answers, then the screen. So is a
	// record that lost answers on going back: what was printed above the screen stays until then.
	const recordText = (record: Answered[]) => (record.length === 0 ? '' : renderToString(<RecordLines record={record} origin={state.origin} />, {columns}));
	const redraw = useRedraw(() => recordText(state.record));
	const recorded = useRef(state.record);
	useEffect(() => {
		const before = recorded.current;
		recorded.current = state.record;
		if (state.record.length >= before.length) return;
		// After this render is done: the record is drawn apart from it (renderToString), outside React's commit.
		setTimeout(() => redraw(recordText(before).split('\n').length), 0);
	}, [state.record]);
	// Key handlers read the newest build view, even in the instant before a re-render lands.
	const latestBuild = useRef<BuildView | undefined>(undefined);
	const cancelBuild = useRef<AbortController | undefined>(undefined);

	const outcome = useMemo(() => buildableOutcome(withProjectWarnings(outcomeOf(state), session.detection), session.project, state.today), [state.answers, state.today, session.detection, session.project]);
	const directory = writeDirectory ? path.resolve(session.cwd, writeDirectory) : session.contextDirectory;
	// The other apps ticked on the project screen: the answers apply to them too (see otherAppsFiles).
	const [otherApps, setOtherApps] = useState<Session[]>([]);
	const files = useMemo(
		() => (outcome.ok && ['preview', 'confirm', 'writing', 'done', 'build'].includes(state.step.kind)
			? onePerPath([...plannedFiles(outcome.recommendation, session, state.outputs, writeDirectory), ...otherAppsFiles(otherApps, state.answers, state.outputs)])
			: []),
		[outcome, session, otherApps, state.outputs, state.step.kind, writeDirectory],
	);
	const applying = useMemo(() => questions.filter(question => question.applies(state.answers)).map(question => question.id), [state.answers]);
	const fixes = useMemo(() => (outcome.ok ? [] : fixesFor(state.answers, state.today, applying, (id, value) => id === 'dotnet' && olderThanTarget(session.detection, value) !== undefined)), [outcome, applying, session.detection]);

	/** Ends the session: the live screen goes, and the lasting summary is printed in its place. */
	const finish = (code: number, cancelled: boolean) => {
		cancelBuild.current?.abort();
		const recommendation = outcome.ok ? outcome.recommendation : undefined;
		const written = state.written.map(file => path.resolve(session.cwd, file));
		const view = latestBuild.current;
		const summary = finalSummary({
			...(recommendation ? {recommendation} : {}),
			written,
			steps: recommendation && written.length > 0 ? nextSteps(recommendation, session, directory, written, engine?.builder) : [],
			...(view?.phase === 'finished' ? {built: [...(view.error ? [view.error] : []), ...view.summary]} : {}),
			...(view?.log ? {log: view.log} : {}),
			cancelled,
			columns,
		});
		setEnding({code, summary});
	};

	// A signal during a build (the only time one does not end the process at once, see
	// cancellation.ts) stops the build and ends the session with its exit code.
	const finishRef = useRef(finish);
	finishRef.current = finish;
	useEffect(() => {
		const stop = () => finishRef.current(cancelledExitCode(), true);
		cancelled.addEventListener('abort', stop, {once: true});
		return () => cancelled.removeEventListener('abort', stop);
	}, []);

	useEffect(() => {
		if (!ending) return;
		onExit(ending.code, ending.summary);
		exit();
	}, [ending]);

	useEffect(() => {
		if (choice) void describeCandidates(choice.candidates, initialSession.cwd, initialSession.detectOptions).then(setCandidates);
		// zerops.yml, container.props and saved answers are ticked only where the project already has them.
		void outputsInUse(initialSession, writeDirectory).then(outputs => dispatch({type: 'outputs', outputs}));
	}, []);

	useInput((input, key) => {
		const {step} = state;
		const building = step.kind === 'build' && latestBuild.current?.phase !== 'finished';
		if (key.ctrl && input === 'c') {
			finish(130, true);
		} else if (help) {
			if (input === '?' || key.escape || key.return) setHelp(false);
		} else if (input === '?' && !building) {
			setHelp(true);
		} else if (input === 'q' && !building) {
			// After a build, q ends as Exit does: with the build's exit code (1 for one that failed or could not start).
			const code = step.kind === 'build' ? latestBuild.current?.result?.exitCode ?? 1 : step.kind === 'done' ? 0 : 130;
			finish(code, !(step.kind === 'done' || step.kind === 'build'));
		} else if (step.kind === 'build') {
			if (key.escape) cancelBuild.current?.abort();
		} else if (step.kind === 'confirm' && diffOpen) {
			if (key.escape || key.return) setDiffOpen(false);
		} else if (key.escape || (key.leftArrow && step.kind !== 'preview')) {
			dispatch({type: 'back'});
		} else if (step.kind === 'summary') {
			// On a refusal, enter belongs to the list of fixes.
			// No project, no files: the same rule as the command line's --output and --write.
			if (key.return && outcome.ok && session.located.kind !== 'none') dispatch({type: 'next'});
			else if (input === 'd') dispatch({type: 'details'});
			else if (outcome.ok && /^[1-9]$/.test(input) && applying[Number(input) - 1]) dispatch({type: 'jump', id: applying[Number(input) - 1]!});
		} else if ((key.return || input === 'd') && step.kind === 'details') {
			dispatch({type: 'back'});
		}
	});

	useEffect(() => {
		if (state.step.kind !== 'confirm') return;
		setChanges(undefined);
		setDiffOpen(false);
		void compareWithDisk(files).then(setChanges);
	}, [state.step.kind, files]);

	useEffect(() => {
		if (state.step.kind !== 'done' || !outcome.ok || engines) return;
		// The build reads the Dockerfile where it was written: the app's folder (or --write DIR).
		void engineChoices(outcome.recommendation, session, filePlaces(session, writeDirectory).app).then(found => {
			setEngines(found);
			setEngine(preferredEngine(found, namedEngine));
		});
	}, [state.step.kind]);

	const write = (mode: WriteMode) => {
		if (!changes) return;
		const chosen = filesToWrite(changes, mode);
		dispatch({type: 'write'});
		// One write across the folders (the Dockerfile's, the project's, the saved answers'): all or none.
		// The person confirmed replacing the listed files, so --force is implied here.
		void writeFileSet(chosen.map(file => ({path: path.join(file.directory, file.name), content: file.content})), {force: true})
			.then(written => dispatch({type: 'written', files: written.map(file => path.relative(session.cwd, file) || file)}))
			.catch((error: Error) => dispatch({type: 'failed', message: error.message}));
	};

	useEffect(() => {
		if (state.step.kind !== 'build' || !outcome.ok || !engine) return;
		const recommendation = outcome.recommendation;
		const controller = new AbortController();
		cancelBuild.current = controller;
		const {plan} = engine;
		const started = Date.now();
		const everything: string[] = [];
		let view: BuildView = {command: commandFrom(session.cwd, plan), phase: 'preflight', lines: [], elapsedMs: 0, notes: [], summary: [], written: state.written};
		const show = (next: Partial<BuildView>) => {
			view = {...view, ...next, elapsedMs: Date.now() - started};
			latestBuild.current = view;
			setBuild(view);
		};
		show({});
		const timer = setInterval(() => show({}), 1000);
		void (async () => {
			try {
				const {notes, platformPlan} = await preflight(plan, recommendation);
				show({phase: 'running', notes, platformPlan});
				const result = await runBuild(plan, {
					signal: controller.signal,
					onLine: line => {
						everything.push(line);
						show({lines: [...view.lines.slice(-200), line]});
					},
					onStep: step => show({step}),
				});
				const log = await saveBuildLog(view.command, everything).catch(() => undefined);
				show({phase: 'finished', result, summary: describeResult(result, plan), ...(log ? {log} : {})});
			} catch (error) {
				show({phase: 'finished', error: (error as Error).message, summary: [], result: {status: 'failed', exitCode: 1, elapsedMs: Date.now() - started, lastLines: []}});
			} finally {
				clearInterval(timer);
			}
		})();
		return () => {
			clearInterval(timer);
			controller.abort();
		};
	}, [state.step.kind, attempt]);

	if (ending) return null;

	const wide = columns >= 110;
	const width = Math.min(columns - 1, 120);
	const placeholder = session.located.kind === 'none' ? 'No .NET project in this folder or below it: the recommendation follows the answers alone, and the files need a project (run this in the app\'s folder).' : undefined;
	// The rows under the header that the screens share out.
	const screenRows = rows - (placeholder ? textRows(placeholder, width).length : 0);
	const {step} = state;
	// The summary's warnings, and the same in the details: what the project itself chose is not cautioned against, and answers are named, not flags.
	const projectWarnings = [olderThanTarget(session.detection, state.answers.dotnet)].filter((warning): warning is string => warning !== undefined);
	const sessionWarnings = outcome.ok ? [...projectWarnings.map(message => ({code: 'target-framework' as const, message})), ...warningsToShow(outcome.recommendation.warnings, state.provenance)] : [];
	let screen;
	if (help) {
		screen = <HelpPanel />;
	} else if (step.kind === 'project' && choice) {
		screen = (
			<ProjectScreen
				reason={choice.reason}
				candidates={candidates}
				skipped={choice.skipped ?? []}
				onChoose={files => void Promise.all(files.map(async file => withProject(initialSession, file))).then(([next, ...others]) => {
					if (!next) return;
					setSession(next);
					setOtherApps(others);
					const {answers, provenance} = resolveAnswers(next.layers, next.today);
					dispatch({type: 'reset', answers, provenance});
					dispatch({type: 'project-chosen'});
				})}
			/>
		);
	} else if (step.kind === 'start') {
		screen = <StartScreen questions={askedQuestions(state)} answers={state.answers} provenance={state.provenance} onChoose={review => dispatch({type: 'start', review})} />;
	} else if (step.kind === 'question') {
		screen = <QuestionScreen key={step.id} id={step.id} answers={state.answers} origin={state.origin} today={state.today} progress={progress(state)} wide={wide} onAnswer={(id, value) => dispatch({type: 'answer', id, value})} projectTag={(id, value) => (id === 'dotnet' && olderThanTarget(session.detection, value) ? `older than the project's target: the build would fail` : undefined)} />;
	} else if (step.kind === 'summary') {
		screen = <SummaryScreen outcome={outcome} answers={state.answers} provenance={state.provenance} questions={applying} fixes={fixes} rows={screenRows} width={width} onFix={id => {
			// A fix with one way out ("without Arm32") opens its question with that answer already in place.
			const only = fixes.find(fix => fix.id === id)?.values;
			dispatch({type: 'jump', id, ...(only?.length === 1 ? {value: only[0]!.value} : {})});
		}} projectWarnings={projectWarnings} noFiles={session.located.kind === 'none'} />;
	} else if (step.kind === 'details' && outcome.ok) {
		screen = (
			<Box flexDirection="column">
				<Text color={theme.accent} bold>The recommendation in full</Text>
				<ScrolledText content={renderSummary({...outcome.recommendation, warnings: sessionWarnings}, {explain: true, provenance: shownProvenance(state.provenance)})} width={width} height={Math.max(5, rows - 8)} />
				<KeyHelp keys={['↑↓ scroll', 'enter/esc back to the summary', 'q quit']} />
			</Box>
		);
	} else if (step.kind === 'files') {
		const places = placesText(filePlaces(session, writeDirectory));
		// Title, where the files go, the gap, the nudge and the keys: the list gets the rest.
		const listRows = screenRows - 4 - textRows(places, width).length - textRows('↑↓ move  ·  space toggle  ·  enter preview  ·  esc back  ·  q quit', width).length;
		screen = (
			<Box flexDirection="column">
				<Text color={theme.accent} bold>What should be generated?</Text>
				<Text dimColor wrap="wrap">{places}</Text>
				<Box marginTop={1}>
					<ToggleList
						rows={listRows}
						options={allOutputs.map(output => ({value: output, label: outputLabels[output], description: outputDescriptions[output].replace(/^[^:]*: /, '')}))}
						selected={state.outputs}
						onChange={outputs => dispatch({type: 'outputs', outputs: outputs as Output[]})}
						nothingChosen="Choose at least one file: space ticks the highlighted one."
						onConfirm={() => dispatch({type: 'next'})}
					/>
				</Box>
				<KeyHelp keys={['↑↓ move', 'space toggle', 'enter preview', 'esc back', 'q quit']} />
			</Box>
		);
	} else if (step.kind === 'preview') {
		screen = <PreviewScreen files={files} rows={rows} width={width} onContinue={() => dispatch({type: 'next'})} />;
	} else if (step.kind === 'confirm') {
		screen = <ConfirmScreen changes={changes} folder={directory} error={state.error} width={width} rows={rows} viewing={diffOpen} onView={setDiffOpen} onWrite={write} onBack={() => dispatch({type: 'back'})} />;
	} else if (step.kind === 'writing') {
		screen = <Text>Writing…</Text>;
	} else if (step.kind === 'build' && build) {
		const later = engine ? commandFrom(session.cwd, engine.plan) : undefined;
		screen = (
			<BuildScreen
				view={build}
				rows={rows}
				width={width}
				{...(later && engine ? {laterCommand: later, laterEngine: engine.label} : {})}
				onAction={action => {
					if (action === 'retry') setAttempt(count => count + 1);
					else if (action === 'back') dispatch({type: 'built'});
					else finish(latestBuild.current?.result?.exitCode ?? 1, false);
				}}
			/>
		);
	} else if (step.kind === 'done' && outcome.ok) {
		const ready = (engines ?? []).filter(choice => choice.ready);
		screen = (
			<DoneScreen
				written={state.written.length > 0 ? state.written : ['nothing: every file was already up to date']}
				engines={engines}
				{...(engine ? {buildCommand: commandFrom(session.cwd, engine.plan), chosen: engine.builder} : {})}
				width={width}
				actions={[
					{value: 'exit', label: 'Exit'},
					...ready.map(choice => ({value: choice.builder, label: `Build now with ${choice.label}${typeof choice.plan.output === 'object' ? ', to an OCI archive' : choice.plan.output !== 'load' ? '' : choice.builder === 'podman' || choice.builder === 'buildah' ? `, into ${choice.builder}'s local storage` : ', into the local image store'}`})),
				]}
				onAction={value => {
					const chosen = ready.find(choice => choice.builder === value);
					if (!chosen) {
						finish(0, false);
						return;
					}
					setEngine(chosen);
					dispatch({type: 'build'});
				}}
			/>
		);
	}

	const where = session.located.kind === 'found' ? path.relative(session.cwd, session.located.file) : session.located.kind === 'choose' ? 'choosing a project' : 'no project found';
	return (
		<>
			{/* Each answer given stays above the screen, as a line of the session's record. */}
			<Static items={state.record}>
				{(answered: Answered) => <RecordLine key={answered.key} answered={answered} origin={state.origin} />}
			</Static>
			<Box flexDirection="column" width={width}>
				<Text bold>dotnet-image-wizard <Text dimColor>· {where}</Text></Text>
				{placeholder ? <Text dimColor wrap="wrap">{placeholder}</Text> : null}
				<Box marginTop={1}>{screen}</Box>
			</Box>
		</>
	);
}

/** The record of answers as one block: what a redraw puts back above the screen. */
function RecordLines({record, origin}: {record: Answered[]; origin: WizardState['origin']}) {
	return <Box flexDirection="column">{record.map(answered => <RecordLine key={answered.key} answered={answered} origin={origin} />)}</Box>;
}

/** "✔ .NET 10.0 (detected: TargetFramework net10.0)": one answered question. */
function RecordLine({answered, origin}: {answered: Answered; origin: WizardState['origin']}) {
	const before = origin.answers[answered.id];
	const same = JSON.stringify(before) === JSON.stringify(answered.value);
	const mark = same ? sourceMark(origin.provenance[answered.id]) : undefined;
	return <Text><Text color={theme.good}>✔</Text> {answerPhrase(answered.id, answered.value as never)}{mark ? <Text dimColor> ({mark})</Text> : null}</Text>;
}

/** The sources as the details view says them: an answer chosen in the wizard is not one from a flag. */
function shownProvenance(provenance: WizardState['provenance']): WizardState['provenance'] {
	return Object.fromEntries(Object.entries(provenance).map(([id, entry]) => [id, entry.source === 'flag' && entry.note === 'chosen here' ? {source: 'chosen here' as never} : entry])) as WizardState['provenance'];
}
