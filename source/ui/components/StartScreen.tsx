import {Box, Text} from 'ink';
import type {AnswerId, Answers} from '../../engine/answers.js';
import type {Provenance} from '../../engine/resolve.js';
import {answerPhrase, sourceMark} from '../../session/answer-words.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';

/** The fast path: the answers already known, and whether to take them or to go through each question. */
export function StartScreen({questions, answers, provenance, onChoose}: {questions: AnswerId[]; answers: Answers; provenance: Provenance; onChoose: (review: boolean) => void}) {
	return (
		<Box flexDirection="column">
			<Text color={theme.accent} bold>Some answers are already known</Text>
			<Box marginTop={1} flexDirection="column">
				{questions.map(id => {
					const mark = sourceMark(provenance[id]);
					return <Text key={id} wrap="truncate-end">  {answerPhrase(id, answers[id] as never)}{mark ? <Text dimColor> ({mark})</Text> : null}</Text>;
				})}
			</Box>
			<Box marginTop={1}>
				<OptionList
					options={[
						{value: 'use', label: 'Use these answers → summary', description: 'go straight to the recommended images; any answer can still be changed there'},
						{value: 'review', label: 'Review each question', description: 'one question per screen, these answers preselected'},
					]}
					onSelect={value => onChoose(value === 'review')}
				/>
			</Box>
			<Box marginTop={1}><KeyHelp keys={['↑↓ move', 'enter choose', '? help', 'q quit']} /></Box>
		</Box>
	);
}
