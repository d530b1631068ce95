import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import type {BuildResult} from '../../runner/run.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';

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
};

/** The live build: spinner, current step, the last lines of output, elapsed time, then the outcome. */
export function BuildScreen({view, rows}: {view: BuildView; rows: number}) {
	const tail = view.lines.slice(-Math.max(3, rows - 14));
	const failed = view.error !== undefined || view.result?.status === 'failed';
	return (
		<Box flexDirection="column">
			<Text color={theme.accent} bold>Building</Text>
			<Text dimColor wrap="wrap">$ {view.command}</Text>
			{view.notes.map(note => <Text key={note} dimColor wrap="wrap">note: {note}</Text>)}
			{view.phase === 'finished' ? null : (
				<Text>
					<Text color={theme.accent}><Spinner type="dots" /></Text> {view.phase === 'preflight' ? 'checking Docker…' : view.step ?? 'starting…'} <Text dimColor>{(view.elapsedMs / 1000).toFixed(0)}s</Text>
				</Text>
			)}
			<Box flexDirection="column" marginTop={1}>
				{tail.map((line, index) => <Text key={`${index}-${line}`} dimColor wrap="truncate-end">{line}</Text>)}
			</Box>
			{view.phase === 'finished' ? (
				<Box flexDirection="column" marginTop={1}>
					{view.error ? <Text color={theme.bad} wrap="wrap">{view.error}</Text> : null}
					{view.summary.map(line => <Text key={line} color={failed ? theme.bad : view.result?.status === 'cancelled' ? theme.warn : theme.good} wrap="wrap">{line}</Text>)}
				</Box>
			) : null}
			<Box marginTop={1}><KeyHelp keys={view.phase === 'finished' ? ['enter exit'] : ['esc cancel the build', 'ctrl-c cancel and quit']} /></Box>
		</Box>
	);
}
