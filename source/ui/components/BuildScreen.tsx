import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {shownText} from '../../grammar/shown-text.js';
import type {BuildResult} from '../../runner/run.js';
import type {AppBuildState} from '../../session/app-builds.js';
import {commandRows} from '../../session/command-rows.js';
import {textRows} from '../text-rows.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';
import {PlatformPlanRows, platformPlanRowCount} from './PlatformPlanRows.js';
import type {PlatformPlan} from '../../runner/platform-plan.js';

export type BuildView = {
	command: string;
	phase: 'preflight' | 'running' | 'finished';
	step?: string;
	lines: string[];
	elapsedMs: number;
	notes: string[];
	summary: string[];
	result?: BuildResult;
	error?: string;
	/** Where the whole output was saved once the build finished. */
	log?: string;
	/** The files written before the build, which stay whatever it does. */
	written: string[];
	/** How each platform builds on the engine and builder at hand, once preflight has read it. */
	platformPlan?: PlatformPlan;
	/** Several apps, built one after another: where each one stands. */
	apps?: AppBuildState[];
};

const outcomes = {succeeded: 'Built', failed: 'Build failed', cancelled: 'Build cancelled'} as const;

/** How the build ended, in one word or three: shown as the screen's title. */
export function outcomeTitle(view: BuildView): string {
	const apps = view.apps ?? [];
	if (apps.length > 1) {
		const current = apps.findIndex(app => app.status === 'running');
		if (view.phase !== 'finished') return current === -1 ? 'Building' : `Building ${apps[current]!.name} (${current + 1} of ${apps.length})`;
		const stopper = apps.find(app => app.status === 'failed' || app.status === 'cancelled');
		if (!stopper) return `Built ${apps.length} apps`;
		return `${stopper.error ? 'Not built: the build could not start' : outcomes[stopper.status as 'failed' | 'cancelled']}: ${stopper.name}`;
	}
	if (view.phase !== 'finished') return 'Building';
	if (view.error) return 'Not built: the build could not start';
	return outcomes[view.result?.status ?? 'failed'];
}

/** Each app's line while several build: a mark and a word for where it stands. */
const appMarks: Record<AppBuildState['status'], string> = {waiting: '·', running: '›', succeeded: '✔', failed: '✗', cancelled: '✗', 'not-started': '·'};
const appWords: Record<AppBuildState['status'], string> = {waiting: 'waiting', running: 'building', succeeded: 'built', failed: 'failed', cancelled: 'cancelled', 'not-started': 'not built'};
const appColours: Record<AppBuildState['status'], string | undefined> = {waiting: undefined, running: theme.accent, succeeded: theme.good, failed: theme.bad, cancelled: theme.warn, 'not-started': undefined};

type Props = {view: BuildView; rows: number; width: number; laterCommand?: string; laterEngine?: string; onAction: (action: 'retry' | 'back' | 'exit') => void};

/** The live build: spinner, current step, the last lines of output, elapsed time, then the outcome and what next. */
export function BuildScreen({view: given, rows, width, laterCommand, laterEngine = 'docker buildx', onAction}: Props) {
	// The engine's output and the messages about it, control characters shown rather than run.
	const shown = (text: string) => shownText(text, {limit: 1000});
	const view = {...given, command: shownText(given.command, {limit: Number.POSITIVE_INFINITY}), notes: given.notes.map(shown), lines: given.lines.map(shown), summary: given.summary.map(shown), written: given.written.map(shown), ...(given.error === undefined ? {} : {error: shown(given.error)}), ...(given.log === undefined ? {} : {log: shown(given.log)})};
	const finished = view.phase === 'finished';
	const failed = view.error !== undefined || view.result?.status === 'failed';
	const wrapped = (texts: string[], indent = 0) => texts.reduce((sum, text) => sum + textRows(text, width - indent).length, 0);
	const command = commandRows(view.command, width, {margin: '  '});
	const tailLines = [...(view.log ? [`full log: ${view.log}`] : []), ...(view.written.length > 0 ? [`written and kept: ${view.written.join(', ')}`] : [])];
	let endLines = [...(view.error ? [view.error] : []), ...view.summary, ...tailLines];
	const later = finished && view.error && laterCommand ? [`The files are ready. Where ${laterEngine} runs, build them with:`, ...commandRows(laterCommand, width, {margin: '  '})] : [];
	// Every row above and below the output counts, wrapped lines too; the output gets the rest.
	const progress = (view.apps?.length ?? 0) > 1 ? view.apps! : [];
	const around = 2 /* header */ + 1 /* title */ + progress.length + command.length + wrapped(view.notes.map(note => `note: ${note}`)) + platformPlanRowCount(view.platformPlan, width)
		+ (finished ? 1 + later.length + (later.length > 0 ? 1 : 0) + 1 + 3 /* actions */ : 1 /* spinner */)
		+ 1 /* gap */ + 2 /* keys */ + 1;
	// Error lines beyond what the rows hold are left to the full log, counted.
	const errors = endLines.filter(line => line.startsWith('  '));
	for (let kept = errors.length; finished && kept > 1 && around + wrapped(endLines) > rows; kept--) {
		const dropped = errors.length - kept + 1;
		endLines = endLines.filter(line => !line.startsWith('  ') || errors.indexOf(line) < kept - 1);
		endLines.splice(endLines.findIndex(line => line.startsWith('  ')) + kept - 1, 0, `  (+${dropped} more in the full log)`);
		endLines = endLines.filter((line, index) => !line.startsWith('  (+') || index === endLines.findIndex(other => other.startsWith('  (+')));
	}
	const fixed = around + (finished ? wrapped(endLines) : 0);
	// slice(-0) would keep every line: with no rows left, none is shown.
	const tail = rows > fixed ? view.lines.slice(fixed - rows) : [];
	return (
		<Box flexDirection="column">
			<Text color={!finished ? theme.accent : failed ? theme.bad : view.result?.status === 'cancelled' ? theme.warn : theme.good} bold>{outcomeTitle(view)}</Text>
			{progress.map(app => <Text key={app.name} wrap="truncate-end">{'  '}<Text color={appColours[app.status]}>{appMarks[app.status]}</Text> {shownText(app.name)}<Text dimColor>  {appWords[app.status]}</Text></Text>)}
			{command.map(row => <Text key={row} dimColor>{row}</Text>)}
			{view.notes.map(note => <Text key={note} dimColor wrap="wrap">note: {note}</Text>)}
			<PlatformPlanRows plan={view.platformPlan} />
			{finished ? null : (
				<Text>
					<Text color={theme.accent}><Spinner type="dots" /></Text> {view.phase === 'preflight' ? 'checking the build engine…' : view.step ?? 'starting…'} <Text dimColor>{(view.elapsedMs / 1000).toFixed(0)}s</Text>
				</Text>
			)}
			<Box flexDirection="column" marginTop={1}>
				{tail.map((line, index) => <Text key={`${index}-${line}`} dimColor wrap="truncate-end">{line}</Text>)}
			</Box>
			{finished ? (
				<Box flexDirection="column" marginTop={tail.length > 0 ? 1 : 0}>
					{endLines.map(line => <Text key={line} color={line.startsWith('full log') || line.startsWith('written and kept') ? undefined : failed ? theme.bad : view.result?.status === 'cancelled' ? theme.warn : theme.good} wrap="wrap">{line}</Text>)}
					{later.length > 0 ? <Box marginTop={1} flexDirection="column">{later.map(row => <Text key={row}>{row}</Text>)}</Box> : null}
					<Box marginTop={1}>
						<OptionList
							options={[
								...(view.result?.status === 'succeeded' ? [] : [{value: 'retry', label: 'Try again'}]),
								{value: 'back', label: 'Back to the written files'},
								{value: 'exit', label: 'Exit'},
							]}
							initial={view.result?.status === 'succeeded' ? 'exit' : 'retry'}
							onSelect={value => onAction(value as 'retry' | 'back' | 'exit')}
						/>
					</Box>
				</Box>
			) : null}
			<Box marginTop={1}><KeyHelp keys={finished ? ['enter choose', 'q quit'] : ['esc cancel the build', 'ctrl-c cancel and quit']} /></Box>
		</Box>
	);
}
