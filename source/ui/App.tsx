import {Box, renderToString, Static, Text, useApp, useInput} from 'ink';
import Spinner from 'ink-spinner';
import path from 'node:path';
import {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {questions} from '../engine/questions.js';
import {resolveAnswers} from '../engine/resolve.js';
import {renderSummary} from '../render/summary.js';
import {withProjectWarnings} from '../project/project-warnings.js';
import type {Recommendation} from '../engine/recommend.js';
import type {EngineName} from '../runner/engines/engine.js';
import {shownText} from '../grammar/shown-text.js';
import {answerPhrase, sourceMark, warningsToShow} from '../session/answer-words.js';
import {cancelled, cancelledExitCode} from '../session/cancellation.js';
import {appBuildLines, appBuilds, buildApps, type AppBuild, type AppBuildState} from '../session/app-builds.js';
import {describeCandidates, type Candidate} from '../session/candidates.js';
import {compareWithDisk, filesToWrite, type FileChange} from '../session/file-changes.js';
import {finalSummary} from '../session/final-summary.js';
import {saveBuildLog} from '../session/build-log.js';
import {engineChoices, preferredEngine, type EngineChoice} from '../session/engines.js';
import {appsNextSteps, commandFrom, nextSteps} from '../session/next-steps.js';
import {fixesFor} from '../session/option-states.js';
import {buildableOutcome} from '../session/multi-target.js';
import {olderThanTarget, projectOptionTag} from '../session/target-framework.js';
import {fileOwner, guidedAppFiles, guidedAppPlans, type AppPlan} from '../session/apps.js';
import {filePlaces, placesText} from '../session/file-places.js';
import {outputDescriptions, outputLabels, outputsInUse, plannedFiles, type Output, type PlannedFile} from '../session/planned-files.js';
import {offeredOutput, pinFromRegistry, withPinning, type Pinning} from '../session/pinning.js';
import {noProjectNote} from '../session/no-project.js';
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
	/** The registry base images are pinned from (as --pin asks it); none (--offline): pinning is not offered. */
	registry?: string;
	/** The exit code, and what stays in the terminal once the live screen is gone. */
	onExit: (code: number, summary: string) => void;
};

const allOutputs: Output[] = ['dockerfile', 'dockerignore', 'zerops', 'csproj', 'compose', 'config',
	'github-actions', 'gitlab-ci',
	'pin', 'renovate', 'dependabot',
];

export function App({session: initialSession, writeDirectory, engine: namedEngine, registry, onExit}: AppProps) {
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
	// The other apps ticked on the project screen: planned as --apps plans them, the answers chosen here as flags (see guidedAppPlans).
	const [otherApps, setOtherApps] = useState<Session[]>([]);
	// Pinning asks the registry once the files are chosen; until it answers there is nothing to preview.
	const [pinning, setPinning] = useState<{from: Recommendation[]; result?: Pinning} | undefined>();
	const pinAsked = Boolean(registry) && state.outputs.includes('pin');
	const appPlans = useMemo(
		() => (outcome.ok && otherApps.length > 0 ? guidedAppPlans({session, recommendation: outcome.recommendation}, otherApps, state.answers, state.provenance) : undefined),
		[outcome, session, otherApps, state.answers, state.provenance],
	);
	// What pinning asks for: every ticked app's recommendation (the session's own first), pinned in one run.
	const toPin = useMemo(() => (!outcome.ok ? undefined : appPlans && appPlans.plans.length > 1 ? appPlans.plans.map(plan => plan.recommendation) : [outcome.recommendation]), [outcome, appPlans]);
	const pinned = pinAsked && pinning && pinning.from === toPin ? pinning.result?.recommendations : undefined;
	const toWrite = !outcome.ok ? undefined : !pinAsked ? outcome.recommendation : pinned?.[0];
	const apps = useMemo(() => (appPlans && pinned && appPlans.plans.length > 1 ? {...appPlans, plans: appPlans.plans.map((plan, index) => ({...plan, recommendation: pinned[index]!}))} : appPlans), [appPlans, pinned]);
	// Several apps: the files --apps A,B --write writes, compose.yaml and the CI workflows over every app.
	const appFiles = useMemo(() => (apps && apps.plans.length > 1 ? guidedAppFiles(apps.plans, state.outputs) : undefined), [apps, state.outputs]);
	const files: PlannedFile[] = useMemo(
		() => (toWrite && ['preview', 'confirm', 'writing', 'done', 'build'].includes(state.step.kind)
			// Several apps: each file by its path from here (as the confirmation and the written list say it) and its app.
			? appFiles?.files.map(file => ({...file, shown: `${path.relative(session.cwd, path.join(file.directory, file.name))} (${fileOwner(file, true)})`})) ?? plannedFiles(toWrite, session, state.outputs, writeDirectory)
			: []),
		[toWrite, session, appFiles, state.outputs, state.step.kind, writeDirectory],
	);
	const several = appFiles !== undefined && apps !== undefined;
	/** The files written, each with the app it belongs to when there are several. */
	const writtenShown = (written: string[]) => (appFiles ? written.map(file => {
		const target = path.resolve(session.cwd, file);
		const owner = appFiles.files.find(planned => [target, target.replace(/\.generated$/, '')].includes(path.join(planned.directory, planned.name)));
		return owner ? `${file} (${fileOwner(owner, true)})` : file;
	}) : written);
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
			steps: recommendation && written.length > 0 ? (several ? appsNextSteps(apps.plans, written, engine?.builder) : nextSteps(recommendation, session, directory, written, engine?.builder)) : [],
			...(several ? {apps: apps.plans.map(app => ({name: app.name, recommendation: app.recommendation}))} : {}),
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
		if (state.step.kind !== 'preview' || !toPin || !pinAsked || !registry || pinning?.from === toPin) return;
		const from = toPin;
		setPinning({from});
		void pinFromRegistry(from, registry).then(result => setPinning(current => (current?.from === from ? {from, result} : current)));
	}, [state.step.kind, toPin, pinAsked]);

	useEffect(() => {
		if (state.step.kind !== 'confirm') return;
		setChanges(undefined);
		setDiffOpen(false);
		void compareWithDisk(files).then(setChanges);
	}, [state.step.kind, files]);

	useEffect(() => {
		if (state.step.kind !== 'done' || !outcome.ok || engines) return;
		// The build reads the Dockerfile where it was written: the app's folder (or --write DIR), Dockerfile.generated when the person kept theirs.
		void engineChoices(outcome.recommendation, session, filePlaces(session, writeDirectory).app, state.written.map(file => path.resolve(session.cwd, file))).then(found => {
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

	// Each app's build: the apps built in an earlier attempt stay built, a retry goes on from the first that did not.
	const appStates = useRef<AppBuildState[]>([]);
	const builds = (): AppBuild[] => {
		if (!outcome.ok || !engine) return [];
		if (!several) return [{name: session.project.name, recommendation: outcome.recommendation, plan: engine.plan}];
		return appBuilds(engine.builder, apps.plans, state.written.map(file => path.resolve(session.cwd, file)));
	};

	useEffect(() => {
		if (state.step.kind !== 'build' || !outcome.ok || !engine) return;
		const list = builds();
		const controller = new AbortController();
		cancelBuild.current = controller;
		const started = Date.now();
		const everything: string[] = [];
		// A log is saved once an engine has started building, as for one app.
		let ran = false;
		const first = list.findIndex((build, index) => appStates.current[index]?.status !== 'succeeded');
		let view: BuildView = {command: commandFrom(session.cwd, list[Math.max(first, 0)]!.plan), phase: 'preflight', lines: [], elapsedMs: 0, notes: [], summary: [], written: state.written, ...(list.length > 1 ? {apps: appStates.current.length > 0 ? appStates.current : list.map(build => ({name: build.name, status: 'waiting' as const, summary: []}))} : {})};
		const show = (next: Partial<BuildView>) => {
			view = {...view, ...next, elapsedMs: Date.now() - started};
			latestBuild.current = view;
			setBuild(view);
		};
		const withState = (index: number, state: AppBuildState) => (view.apps ? {apps: view.apps.map((other, position) => (position === index ? state : other))} : {});
		show({});
		const timer = setInterval(() => show({}), 1000);
		void (async () => {
			try {
				const states = await buildApps(list, appStates.current, {
					signal: controller.signal,
					onStart: index => {
						const command = commandFrom(session.cwd, list[index]!.plan);
						if (index !== first) everything.push('', `$ ${command}`);
						show({command, phase: 'preflight', notes: [], lines: [], step: undefined, platformPlan: undefined, ...withState(index, {name: list[index]!.name, status: 'running', summary: []})});
					},
					onChecked: (_, {notes, platformPlan}) => {
						ran = true;
						show({phase: 'running', notes, platformPlan});
					},
					onLine: line => {
						everything.push(line);
						show({lines: [...view.lines.slice(-200), line]});
					},
					onStep: step => show({step}),
					onEnd: (index, state) => show(withState(index, state)),
				});
				appStates.current = states;
				const last = states.findLast(state => state.status !== 'waiting' && state.status !== 'not-started') ?? states.at(-1)!;
				const log = ran ? await saveBuildLog(commandFrom(session.cwd, list[Math.max(first, 0)]!.plan), everything).catch(() => undefined) : undefined;
				show({
					phase: 'finished',
					result: last.result ?? {status: 'succeeded', exitCode: 0, elapsedMs: 0, lastLines: []},
					...(list.length > 1 ? {apps: states, summary: appBuildLines(states)} : {summary: last.summary, ...(last.error ? {error: last.error} : {})}),
					...(log ? {log} : {}),
				});
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
	const placeholder = session.located.kind === 'none' ? noProjectNote : undefined;
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
		screen = <QuestionScreen key={step.id} id={step.id} answers={state.answers} origin={state.origin} today={state.today} progress={progress(state)} wide={wide} onAnswer={(id, value) => dispatch({type: 'answer', id, value})} projectTag={(id, value) => projectOptionTag(session.detection, id, value)} />;
	} else if (step.kind === 'summary') {
		// Several apps: the answers are the first app's; each app's own kind and images, above them.
		const perApp = apps && apps.plans.length > 1 ? [`${apps.plans.length} apps: an answer chosen here applies to each; what its project says stays its own.`, ...appImages(apps.plans)] : [];
		const summary = <SummaryScreen outcome={outcome} answers={state.answers} provenance={state.provenance} questions={applying} fixes={fixes} rows={screenRows - perApp.reduce((sum, line) => sum + textRows(line, width).length, 0)} width={width} onFix={id => {
			// A fix with one way out ("without Arm32") opens its question with that answer already in place.
			const only = fixes.find(fix => fix.id === id)?.values;
			dispatch({type: 'jump', id, ...(only?.length === 1 ? {value: only[0]!.value} : {})});
		}} projectWarnings={projectWarnings} noFiles={session.located.kind === 'none'} />;
		screen = perApp.length > 0 ? (
			<Box flexDirection="column">
				{perApp.map(line => <Text key={line} dimColor wrap="wrap">{shownText(line, {limit: 500})}</Text>)}
				{summary}
			</Box>
		) : summary;
	} else if (step.kind === 'details' && outcome.ok) {
		screen = (
			<Box flexDirection="column">
				<Text color={theme.accent} bold>The recommendation in full</Text>
				<ScrolledText content={renderSummary({...outcome.recommendation, warnings: sessionWarnings}, {explain: true, provenance: shownProvenance(state.provenance)})} width={width} height={Math.max(5, rows - 8)} />
				<KeyHelp keys={['↑↓ scroll', 'enter/esc back to the summary', 'q quit']} />
			</Box>
		);
	} else if (step.kind === 'files') {
		const places = several ? `each app's Dockerfile and container.props into its own folder; the .dockerignore (merged with one there) and compose.yaml into ${session.contextDirectory} (the build context)` : placesText(filePlaces(session, writeDirectory));
		// Several apps: what each one gets, the apps left out and why, and the files one app's run would make that this one leaves out.
		const about = apps ? [
			...appImages(apps.plans),
			...apps.refused,
			...apps.notes.map(note => `note: ${note}`),
			...(appFiles?.notes ?? []).map(note => `note: ${note}`),
			...(several && writeDirectory ? [`note: --write ${writeDirectory} puts one app's files there; with ${apps.plans.length} apps each app's Dockerfile goes in its own folder.`] : []),
		] : [];
		// Title, where the files go, the gap, the nudge and the keys: the list gets the rest.
		const listRows = screenRows - 4 - textRows(places, width).length - about.reduce((sum, line) => sum + textRows(line, width).length, 0) - textRows('↑↓ move  ·  space toggle  ·  enter preview  ·  esc back  ·  q quit', width).length;
		screen = (
			<Box flexDirection="column">
				<Text color={theme.accent} bold>What should be generated?</Text>
				<Text dimColor wrap="wrap">{places}</Text>
				{about.map(line => <Text key={line} dimColor wrap="wrap">{shownText(line, {limit: 500})}</Text>)}
				<Box marginTop={1}>
					<ToggleList
						rows={listRows}
						options={allOutputs.filter(output => offeredOutput(output, state.outputs, registry)).map(output => ({value: output, label: outputLabels[output], description: outputDescriptions[output].replace(/^[^:]*: /, '')}))}
						selected={state.outputs}
						onChange={outputs => dispatch({type: 'outputs', outputs: withPinning(outputs as Output[])})}
						nothingChosen="Choose at least one file: space ticks the highlighted one."
						onConfirm={() => dispatch({type: 'next'})}
					/>
				</Box>
				<KeyHelp keys={['↑↓ move', 'space toggle', 'enter preview', 'esc back', 'q quit']} />
			</Box>
		);
	} else if (step.kind === 'preview' && pinAsked && !toWrite) {
		screen = <Text><Text color={theme.accent}><Spinner type="dots" /></Text> asking {registry} for the base images' digests…</Text>;
	} else if (step.kind === 'preview') {
		const note = pinAsked ? pinning?.result?.note : undefined;
		screen = (
			<Box flexDirection="column">
				{note ? <Text color={theme.warn} wrap="wrap">{note}</Text> : null}
				<PreviewScreen files={files.map(file => ({name: file.shown ? shownText(file.shown, {limit: 500}) : file.name, content: file.content}))} rows={rows - (note ? textRows(note, width).length : 0)} width={width} onContinue={() => dispatch({type: 'next'})} />
			</Box>
		);
	} else if (step.kind === 'confirm') {
		screen = <ConfirmScreen changes={changes} folder={several ? session.cwd : directory} error={state.error} width={width} rows={rows} viewing={diffOpen} onView={setDiffOpen} onWrite={write} onBack={() => dispatch({type: 'back'})} />;
	} else if (step.kind === 'writing') {
		screen = <Text>Writing…</Text>;
	} else if (step.kind === 'build' && build) {
		const later = engine ? several ? build.command : commandFrom(session.cwd, engine.plan) : undefined;
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
				written={state.written.length > 0 ? writtenShown(state.written) : ['nothing: every file was already up to date']}
				engines={engines}
				{...(engine ? {builds: builds().map(build => ({...(several ? {name: build.name} : {}), command: commandFrom(session.cwd, build.plan)})), chosen: engine.builder} : {})}
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
					// A build chosen here starts afresh: every app is built with this engine.
					appStates.current = [];
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

/** "Worker (worker/console app): mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled": each app's kind and runtime image. */
function appImages(plans: AppPlan[]): string[] {
	return plans.map(app => `${app.name} (${answerPhrase('app', app.recommendation.answers.app)}): ${app.recommendation.runtime.reference}`);
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
