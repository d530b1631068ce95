import {Box, Text} from 'ink';
import type {Outcome} from '../../engine/recommend.js';
import {refusalText} from '../../engine/refusals.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';

/** The recommendation at a glance, or the reason the answers cannot work together. */
export function SummaryScreen({outcome, compact}: {outcome: Outcome; compact: boolean}) {
	if (!outcome.ok) {
		return (
			<Box flexDirection="column">
				<Text color={theme.bad} bold>These answers do not fit together</Text>
				<Box marginTop={1}><Text wrap="wrap">{refusalText(outcome.refusal)}</Text></Box>
				<Box marginTop={1}><KeyHelp keys={['esc/← change an answer', 'ctrl-c quit']} /></Box>
			</Box>
		);
	}
	const {recommendation: {build, runtime, tradeoffs, warnings, alternatives, support}} = outcome;
	const reasons = runtime.reasons.slice(0, compact ? 2 : runtime.reasons.length);
	return (
		<Box flexDirection="column">
			<Text color={theme.accent} bold>Recommended images</Text>
			<Text>  build    <Text bold>{build.reference}</Text></Text>
			<Text>  runtime  <Text bold color={theme.good}>{runtime.reference}</Text></Text>
			<Text dimColor>  {support.summary}</Text>
			<Box marginTop={1} flexDirection="column">
				<Text bold>Trade-offs</Text>
				<Text>  ≈ {tradeoffs.sizeMb} MB · {tradeoffs.shell ? `shell + ${tradeoffs.packageManager}` : 'no shell'} · {tradeoffs.nonRootByDefault ? 'non-root by default' : 'non-root via USER $APP_UID'} · attack surface {tradeoffs.attackSurface}</Text>
				<Text wrap="truncate-end">  start-up {tradeoffs.startup}</Text>
			</Box>
			<Box marginTop={1} flexDirection="column">
				<Text bold>Why</Text>
				{reasons.map(reason => <Text key={reason} wrap="truncate-end">  · {reason}</Text>)}
			</Box>
			{warnings.length > 0 ? (
				<Box marginTop={1} flexDirection="column">
					{warnings.slice(0, compact ? 2 : warnings.length).map(warning => <Text key={warning.code} color={theme.warn} wrap={compact ? 'truncate-end' : 'wrap'}>! {warning.message}</Text>)}
				</Box>
			) : null}
			{alternatives.length > 0 ? (
				<Box marginTop={1} flexDirection="column">
					<Text bold>Alternatives</Text>
					{alternatives.slice(0, compact ? 2 : 4).map(alternative => <Text key={alternative.runtime} wrap="truncate-end">  ≈{String(alternative.sizeMb).padStart(3)} MB  {alternative.runtime.replace('mcr.microsoft.com/dotnet/', '')}  <Text dimColor>{alternative.summary}</Text></Text>)}
				</Box>
			) : null}
			<Box marginTop={1}><KeyHelp keys={['enter choose files', 'd details', 'esc/← change answers', 'ctrl-c quit']} /></Box>
		</Box>
	);
}
