import {Box, Text} from 'ink';
import {shownText} from '../../grammar/shown-text.js';
import type {EngineChoice} from '../../session/engines.js';
import {commandRows} from '../../session/command-rows.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';

export type NextAction = {value: string; label: string; description?: string};

type Props = {
	written: string[];
	/** The engines found on this machine; undefined while they are being checked. */
	engines: EngineChoice[] | undefined;
	/** The commands the chosen engine runs, one per app (named when there are several): those "Build now" runs. */
	builds?: Array<{name?: string; command: string}>;
	chosen?: string;
	width: number;
	actions: NextAction[];
	onAction: (value: string) => void;
};

/** What was written, the engines that can build it (and what the others lack), the command, and what next. */
export function DoneScreen({written, engines, builds = [], chosen, width, actions, onAction}: Props) {
	const ready = engines?.some(engine => engine.ready) ?? false;
	const label = engines?.find(engine => engine.builder === chosen)?.label ?? 'docker buildx';
	return (
		<Box flexDirection="column">
			<Text color={theme.good} bold>Done</Text>
			{written.map(file => <Text key={file} wrap="wrap">  wrote {shownText(file, {limit: 500})}</Text>)}
			<Box marginTop={1} flexDirection="column">
				<Text bold>Build engines on this machine</Text>
				{engines === undefined ? <Text dimColor>  checking…</Text> : engines.map(engine => (
					<Text key={engine.builder} wrap="wrap">
						{'  '}{engine.ready ? <Text color={theme.good}>✔</Text> : <Text color={theme.warn}>✗</Text>} {engine.label}
						{engine.ready ? (engine.builder === chosen ? <Text dimColor>  ready, used below</Text> : <Text dimColor>  ready</Text>) : <Text dimColor>  {shownText(engine.missing ?? '', {limit: 500})}</Text>}
					</Text>
				))}
			</Box>
			{builds.length > 0 ? (
				<Box marginTop={1} flexDirection="column">
					<Text bold>{ready ? `Build ${builds.length > 1 ? 'them' : 'it'} with ${label}` : `The files are ready. Where ${label} runs, build them with`}</Text>
					{/* Broken between words with a trailing backslash, so a copied command keeps every word. */}
					{builds.map(build => (
						<Box key={build.command} flexDirection="column">
							{build.name ? <Text dimColor>  # {shownText(build.name)}</Text> : null}
							{commandRows(build.command, width, {margin: '  '}).map(row => <Text key={row}>{row}</Text>)}
						</Box>
					))}
				</Box>
			) : null}
			<Box marginTop={1}><OptionList key={actions.length} options={actions} onSelect={onAction} /></Box>
			<KeyHelp keys={['enter choose', '? help', 'q quit']} />
		</Box>
	);
}
