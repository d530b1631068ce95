import {Box, Text, useApp, useInput, useStdout} from 'ink';
import path from 'node:path';
import {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {resolveAnswers} from '../engine/resolve.js';
import {buildxCommandLine} from '../render/build-command.js';
import {renderSummary} from '../render/summary.js';
import {withProjectWarnings} from '../project/project-warnings.js';
import {writeFiles} from '../write/write-files.js';
import {commandLine} from '../runner/plan.js';
import {preflight} from '../runner/preflight.js';
import {runBuild} from '../runner/run.js';
import {describeResult} from '../session/build-outcome.js';
import {planFor} from '../session/build-plan.js';
import {existingTargets, outputDescriptions, plannedFiles, type Output} from '../session/planned-files.js';
import {withProject, type Session} from '../session/session.js';
import {BuildScreen, type BuildView} from './components/BuildScreen.js';
import {ConfirmScreen, type Target} from './components/ConfirmScreen.js';
import {DoneScreen} from './components/DoneScreen.js';
import {OptionList} from './components/OptionList.js';
import {PreviewScreen} from './components/PreviewScreen.js';
import {ScrolledText} from './components/ScrolledText.js';
import {QuestionScreen} from './components/QuestionScreen.js';
import {SummaryScreen} from './components/SummaryScreen.js';
import {ToggleList} from './components/ToggleList.js';
import {KeyHelp} from './components/KeyHelp.js';
import {initialState, outcomeOf, progress, reduce} from './flow.js';
import {theme} from './theme.js';

export type AppProps = {
	session: Session;
	writeDirectory?: string;
	onExit: (code: number) => void;
};

export function App({session: initialSession, writeDirectory, onExit}: AppProps) {
	const {exit} = useApp();
	const {stdout} = useStdout();
	const columns = stdout.columns ?? 80;
	const rows = stdout.rows ?? 24;
	const [session, setSession] = useState(initialSession);
	const [state, dispatch] = useReducer(reduce, undefined, () => {
		const {answers, provenance} = resolveAnswers(initialSession.layers, initialSession.today);
		const fixed = Object.keys(initialSession.layers.find(layer => layer.source === 'flag')?.values ?? {}) as never[];
		return initialState({today: initialSession.today, answers, provenance, fixed, needsProject: initialSession.located.kind === 'choose'});
	});
	const [targets, setTargets] = useState<Target[]>([]);
	const [build, setBuild] = useState<BuildView | undefined>();
	// Key handlers read the newest build view, even in the instant before a re-render lands.
	const latestBuild = useRef<BuildView | undefined>(undefined);
	const [cancelBuild, setCancelBuild] = useState<AbortController | undefined>();

	const quit = (code: number) => {
		onExit(code);
		exit();
	};

	useInput((input, key) => {
		if (key.ctrl && input === 'c') {
			cancelBuild?.abort();
			quit(130);
		} else if (state.step.kind === 'build') {
			if (key.escape) cancelBuild?.abort();
			else if (key.return && latestBuild.current?.phase === 'finished') quit(latestBuild.current.result?.exitCode ?? 1);
		} else if (key.escape || (key.leftArrow && state.step.kind !== 'preview')) dispatch({type: 'back'});
		else if (key.return && state.step.kind === 'summary') dispatch({type: 'next'});
		else if (input === 'd' && state.step.kind === 'summary') dispatch({type: 'details'});
		else if ((key.return || input === 'd') && state.step.kind === 'details') dispatch({type: 'back'});
	});

	const outcome = useMemo(() => withProjectWarnings(outcomeOf(state), session.detection), [state.answers, state.today, session.detection]);
	const files = useMemo(
		() => (outcome.ok && ['preview', 'confirm', 'writing', 'done', 'build'].includes(state.step.kind) ? plannedFiles(outcome.recommendation, session, state.outputs, writeDirectory) : []),
		[outcome, session, state.outputs, state.step.kind, writeDirectory],
	);

	useEffect(() => {
		if (state.step.kind !== 'confirm') return;
		setTargets([]);
		void existingTargets(files, session.cwd).then(setTargets);
	}, [state.step.kind, files]);

	useEffect(() => {
		if (state.step.kind !== 'writing') return;
		const byDirectory = new Map<string, typeof files>();
		for (const file of files) byDirectory.set(file.directory, [...(byDirectory.get(file.directory) ?? []), file]);
		// The person confirmed replacing the listed files, so --force is implied here.
		void Promise.all([...byDirectory].map(async ([directory, group]) => writeFiles(directory, group, {force: true})))
			.then(written => dispatch({type: 'written', files: written.flat().map(file => path.relative(session.cwd, file) || file)}))
			.catch((error: Error) => dispatch({type: 'failed', message: error.message}));
	}, [state.step.kind]);

	useEffect(() => {
		if (state.step.kind !== 'build' || !outcome.ok) return;
		const recommendation = outcome.recommendation;
		const controller = new AbortController();
		setCancelBuild(controller);
		const directory = files[0]?.directory ?? session.contextDirectory;
		const multiPlatform = recommendation.answers.arch.length > 1;
		// One platform loads into Docker; several go to an OCI archive (the classic store cannot hold them).
		const flags = multiPlatform ? {oci: path.join(directory, `${session.project.name.toLowerCase()}.oci.tar`)} : {};
		const plan = planFor(recommendation, session, flags, path.join(directory, 'Dockerfile'));
		const started = Date.now();
		let view: BuildView = {command: commandLine(plan), phase: 'preflight', lines: [], elapsedMs: 0, notes: [], summary: []};
		const show = (next: Partial<BuildView>) => {
			view = {...view, ...next, elapsedMs: Date.now() - started};
			latestBuild.current = view;
			setBuild(view);
		};
		show({});
		const timer = setInterval(() => show({}), 1000);
		void (async () => {
			try {
				const {notes} = await preflight(plan, recommendation);
				show({phase: 'running', notes});
				const result = await runBuild(plan, {
					signal: controller.signal,
					onLine: line => show({lines: [...view.lines.slice(-40), line]}),
					onStep: step => show({step}),
				});
				show({phase: 'finished', result, summary: describeResult(result, plan)});
			} catch (error) {
				show({phase: 'finished', error: (error as Error).message, result: {status: 'failed', exitCode: 1, elapsedMs: Date.now() - started, lastLines: []}});
			} finally {
				clearInterval(timer);
			}
		})();
		return () => {
			clearInterval(timer);
			controller.abort();
		};
	}, [state.step.kind]);

	const wide = columns >= 110;
	const width = Math.min(columns - 1, 120);
	const {step} = state;
	let screen;
	if (step.kind === 'project' && session.located.kind === 'choose') {
		const candidates = session.located.candidates;
		screen = (
			<Box flexDirection="column">
				<Text color={theme.accent} bold>Which project goes into the container?</Text>
				<Text dimColor>{session.located.reason}.</Text>
				<Box marginTop={1}>
					<OptionList
						options={candidates.map(file => ({value: file, label: path.relative(session.cwd, file)}))}
						onSelect={file => void withProject(session, file).then(next => {
							setSession(next);
							const {answers, provenance} = resolveAnswers(next.layers, next.today);
							dispatch({type: 'reset', answers, provenance});
							dispatch({type: 'project-chosen'});
						})}
					/>
				</Box>
				<KeyHelp keys={['↑↓ move', 'enter choose', 'ctrl-c quit']} />
			</Box>
		);
	} else if (step.kind === 'question') {
		screen = <QuestionScreen key={step.id} id={step.id} answers={state.answers} provenance={state.provenance} today={state.today} progress={progress(state)} wide={wide} onAnswer={(id, value) => dispatch({type: 'answer', id, value})} />;
	} else if (step.kind === 'summary') {
		screen = <SummaryScreen outcome={outcome} compact={rows < 40} />;
	} else if (step.kind === 'details' && outcome.ok) {
		screen = (
			<Box flexDirection="column">
				<Text color={theme.accent} bold>The recommendation in full</Text>
				<ScrolledText content={renderSummary(outcome.recommendation, {explain: true, provenance: state.provenance})} width={width} height={Math.max(5, rows - 8)} />
				<KeyHelp keys={['↑↓ scroll', 'enter/esc back to the summary', 'ctrl-c quit']} />
			</Box>
		);
	} else if (step.kind === 'files') {
		screen = (
			<Box flexDirection="column">
				<Text color={theme.accent} bold>What should be generated?</Text>
				<Box marginTop={1}>
					<ToggleList
						options={(['dockerfile', 'dockerignore', 'zerops', 'csproj', 'config'] as Output[]).map(output => ({value: output, label: output === 'config' ? 'saved answers' : output, description: outputDescriptions[output]}))}
						selected={state.outputs}
						onChange={outputs => dispatch({type: 'outputs', outputs: outputs as Output[]})}
						onConfirm={() => dispatch({type: 'next'})}
					/>
				</Box>
				<KeyHelp keys={['↑↓ move', 'space toggle', 'enter preview', 'esc back']} />
			</Box>
		);
	} else if (step.kind === 'preview') {
		screen = <PreviewScreen files={files} rows={rows} width={width} onContinue={() => dispatch({type: 'next'})} />;
	} else if (step.kind === 'confirm') {
		screen = <ConfirmScreen targets={targets} error={state.error} onConfirm={() => dispatch({type: 'write'})} onBack={() => dispatch({type: 'back'})} />;
	} else if (step.kind === 'writing') {
		screen = <Text>Writing…</Text>;
	} else if (step.kind === 'build' && build) {
		screen = <BuildScreen view={build} rows={rows} />;
	} else if (step.kind === 'done' && outcome.ok) {
		const context = path.relative(session.cwd, files[0]?.directory ?? session.contextDirectory) || '.';
		const output = outcome.recommendation.answers.arch.length > 1 ? 'push' : 'load';
		screen = (
			<DoneScreen
				written={state.written}
				buildCommand={buildxCommandLine(outcome.recommendation, {image: session.imageName, output, context})}
				actions={[
					{value: 'exit', label: 'Exit'},
					{value: 'build', label: outcome.recommendation.answers.arch.length > 1 ? 'Build now (docker buildx, to an OCI archive)' : 'Build now (docker buildx, load into Docker)'},
				]}
				onAction={value => (value === 'build' ? dispatch({type: 'build'}) : quit(0))}
			/>
		);
	}

	return (
		<Box flexDirection="column" width={width}>
			<Text bold>dotnet-image-wizard <Text dimColor>· {session.located.kind === 'found' ? path.relative(session.cwd, session.located.file) : session.located.kind === 'choose' ? 'choosing a project' : 'no project found'}</Text></Text>
			<Box marginTop={1}>{screen}</Box>
		</Box>
	);
}
