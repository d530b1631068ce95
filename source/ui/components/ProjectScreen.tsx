import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {shownText} from '../../grammar/shown-text.js';
import type {Candidate} from '../../session/candidates.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionLabel, Pointer} from './OptionList.js';

/**
 * The apps of a solution or folder, each with its kind and .NET version, and what was left out and
 * why. Enter takes the highlighted app; space ticks several, and enter then takes those: the
 * questions are asked once for all of them, and each gets its own files.
 */
export function ProjectScreen({reason, candidates, skipped, onChoose}: {reason: string; candidates: Candidate[]; skipped: string[]; onChoose: (files: string[]) => void}) {
	const [cursor, setCursor] = useState(0);
	const [ticked, setTicked] = useState<string[]>([]);
	useInput((input, key) => {
		if (candidates.length === 0) return;
		if (key.upArrow || input === 'k') setCursor(position => (position + candidates.length - 1) % candidates.length);
		if (key.downArrow || input === 'j') setCursor(position => (position + 1) % candidates.length);
		if (input === ' ') {
			const file = candidates[cursor]!.file;
			setTicked(files => (files.includes(file) ? files.filter(item => item !== file) : candidates.map(candidate => candidate.file).filter(item => item === file || files.includes(item))));
		}
		if (input === 'a') setTicked(files => (files.length === candidates.length ? [] : candidates.map(candidate => candidate.file)));
		if (key.return) onChoose(ticked.length > 0 ? ticked : [candidates[cursor]!.file]);
	});
	return (
		<Box flexDirection="column">
			<Text color={theme.accent} bold>Which project goes into the container?</Text>
			<Text dimColor>{shownText(reason, {limit: 500})}.</Text>
			<Box marginTop={1} flexDirection="column">
				{candidates.map((candidate, index) => (
					<Box key={candidate.file} flexDirection="column">
						<Box>
							<Pointer isSelected={index === cursor} />
							<Text>{ticked.includes(candidate.file) ? '[x] ' : '[ ] '}</Text>
							<OptionLabel option={{value: candidate.file, label: candidate.shown}} isSelected={index === cursor} />
						</Box>
						<Text dimColor wrap="truncate">{`      ${shownText(candidate.problem ?? ([candidate.kind, candidate.dotnet].filter(Boolean).join(', ') || 'reading…'))}`}</Text>
					</Box>
				))}
			</Box>
			{ticked.length > 1 ? <Text color={theme.accent}>{`${ticked.length} apps: the questions are asked once, and each app gets its own Dockerfile in its folder.`}</Text> : null}
			{skipped.length > 0 ? (
				<Box marginTop={1} flexDirection="column">
					<Text dimColor>Left out, as they do not run in a container:</Text>
					{skipped.map(line => <Text key={line} dimColor wrap="wrap">  {shownText(line, {limit: 500})}</Text>)}
				</Box>
			) : null}
			<Box marginTop={1}><KeyHelp keys={['↑↓ move', 'space tick several', 'a all', 'enter choose', '? help', 'q quit']} /></Box>
		</Box>
	);
}
