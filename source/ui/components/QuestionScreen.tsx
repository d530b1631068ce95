import {Box, Text} from 'ink';
import {useState} from 'react';
import type {AnswerId, Answers} from '../../engine/answers.js';
import {questionFor} from '../../engine/questions.js';
import type {Provenance} from '../../engine/resolve.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList, type ListOption} from './OptionList.js';
import {ToggleList} from './ToggleList.js';

const sourceMarks: Record<string, string> = {detected: 'detected', config: 'saved', default: 'recommended'};

function markFor(provenance: Provenance[AnswerId]): string | undefined {
	const mark = sourceMarks[provenance.source];
	if (!mark) return undefined;
	return provenance.note && provenance.source === 'detected' ? `${mark}: ${provenance.note}` : mark;
}

type Props = {
	id: AnswerId;
	answers: Answers;
	provenance: Provenance;
	today: string;
	progress: string;
	wide: boolean;
	onAnswer: (id: AnswerId, value: Answers[AnswerId]) => void;
};

/** One question: its options with explanations, the current answer preselected, and why it matters. */
export function QuestionScreen({id, answers, provenance, today, progress, wide, onAnswer}: Props) {
	const question = questionFor(id);
	const current = answers[id];
	const mark = markFor(provenance[id]);
	const options: ListOption[] = question.options(answers, today).map(option => ({
		...option,
		mark: (Array.isArray(current) ? current.includes(option.value as never) : current === option.value) ? mark : undefined,
	}));
	const [selected, setSelected] = useState<string[]>(Array.isArray(current) ? current : []);
	const help = (
		<Box borderStyle="round" borderColor={theme.muted} paddingX={1} flexDirection="column" width={wide ? 44 : undefined} marginLeft={wide ? 2 : 0} marginTop={wide ? 0 : 1}>
			<Text bold>Why it matters</Text>
			<Text wrap="wrap">{question.why}</Text>
		</Box>
	);
	return (
		<Box flexDirection="column">
			<Text>
				<Text color={theme.accent} bold>{question.prompt}</Text>
				<Text dimColor>  {progress}</Text>
			</Text>
			<Box flexDirection={wide ? 'row' : 'column'} marginTop={1}>
				<Box flexDirection="column" flexGrow={1}>
					{question.multiple
						? <ToggleList options={options} selected={selected} onChange={setSelected} onConfirm={() => selected.length > 0 && onAnswer(id, selected as Answers[AnswerId])} />
						: <OptionList key={id} options={options} initial={String(current)} onSelect={value => onAnswer(id, value as Answers[AnswerId])} />}
				</Box>
				{help}
			</Box>
			<Box marginTop={1}>
				<KeyHelp keys={question.multiple ? ['↑↓ move', 'space toggle', 'enter confirm', 'esc back', 'ctrl-c quit'] : ['↑↓ move', 'enter choose', 'esc/← back', 'ctrl-c quit']} />
			</Box>
		</Box>
	);
}
