import {Box, Text} from 'ink';
import {shownText} from '../../grammar/shown-text.js';
import type {Candidate} from '../../session/candidates.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';

/** The apps of a solution or folder, each with its kind and .NET version, and what was left out and why. */
export function ProjectScreen({reason, candidates, skipped, onChoose}: {reason: string; candidates: Candidate[]; skipped: string[]; onChoose: (file: string) => void}) {
	return (
		<Box flexDirection="column">
			<Text color={theme.accent} bold>Which project goes into the container?</Text>
			<Text dimColor>{shownText(reason, {limit: 500})}.</Text>
			<Box marginTop={1}>
				<OptionList
					options={candidates.map(candidate => ({
						value: candidate.file,
						label: candidate.shown,
						description: candidate.problem ?? ([candidate.kind, candidate.dotnet].filter(Boolean).join(', ') || 'reading…'),
					}))}
					onSelect={onChoose}
				/>
			</Box>
			{skipped.length > 0 ? (
				<Box marginTop={1} flexDirection="column">
					<Text dimColor>Left out, as they do not run in a container:</Text>
					{skipped.map(line => <Text key={line} dimColor wrap="wrap">  {shownText(line, {limit: 500})}</Text>)}
				</Box>
			) : null}
			<Box marginTop={1}><KeyHelp keys={['↑↓ move', 'enter choose', '? help', 'q quit']} /></Box>
		</Box>
	);
}
