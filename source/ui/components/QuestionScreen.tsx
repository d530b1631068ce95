import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import type {AnswerId, Answers} from '../../engine/answers.js';
import {questionFor} from '../../engine/questions.js';
import type {Provenance} from '../../engine/resolve.js';
import {optionMarks, optionStates} from '../../session/option-states.js';
import {shownText} from '../../grammar/shown-text.js';
import {useTerminalSize} from '../terminal-size.js';
import {textRows} from '../text-rows.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList, type ListOption} from './OptionList.js';
import {ToggleList} from './ToggleList.js';

type Props = {
	id: AnswerId;
	answers: Answers;
	/** The answers before anything was chosen here, and where each came from: their marks stay. */
	origin: {answers: Answers; provenance: Provenance};
	today: string;
	progress: string;
	wide: boolean;
	onAnswer: (id: AnswerId, value: Answers[AnswerId]) => void;
	/** A consequence the project itself gives an option ("older than the project's net10.0"). */
	projectTag?: (id: AnswerId, value: string) => string | undefined;
};

/** The current answer, unless it no longer works (then the recommended option, or the first that works). */
function startAt(options: ListOption[], current: string): string | undefined {
	const usable = options.filter(option => !option.disabled);
	return (usable.find(option => option.value === current) ?? usable.find(option => option.marks?.some(mark => mark.startsWith('recommended'))) ?? usable[0])?.value;
}

/** One question: its options with explanations, the current answer preselected, and why it matters. */
export function QuestionScreen({id, answers, origin, today, progress, wide, onAnswer, projectTag}: Props) {
	const question = questionFor(id);
	const current = answers[id];
	const states = useMemo(() => optionStates(id, answers, today, origin), [id, answers, today, origin]);
	const options: ListOption[] = states.map(state => {
		const marks = optionMarks(id, state, origin);
		const tag = projectTag?.(id, state.value) ?? state.tag;
		return {value: state.value, label: state.label, description: state.description, marks, ...(tag ? {tag} : {}), ...(state.disabled ? {disabled: state.disabled} : {})};
	});
	const [selected, setSelected] = useState<string[]>(Array.isArray(current) ? current : []);
	const initial = startAt(options, String(current));
	const [highlighted, setHighlighted] = useState(initial);
	// An explanation longer than the option column is cut there: the panel shows the highlighted one whole.
	const {columns, rows} = useTerminalSize();
	const optionColumns = Math.min(columns - 1, 120) - (wide ? 46 : 0);
	const chosen = options.find(option => option.value === highlighted);
	const explanation = chosen ? chosen.disabled ?? chosen.description : undefined;
	const whole = explanation && explanation.length + 2 > optionColumns ? `${chosen!.label}: ${shownText(explanation, {limit: 500})}` : undefined;
	// The panel goes where the screen is too short for it beside the options: the question's title must stay in view.
	const panelRows = wide ? 0 : 3 + textRows(question.why, Math.min(columns - 1, 120) - 4).length + (whole ? 1 + textRows(whole, Math.min(columns - 1, 120) - 4).length : 0);
	const optionRows = options.reduce((sum, option) => sum + 1 + ((option.disabled ?? option.description) ? 1 : 0), 0) + (question.multiple ? 1 : 0);
	const fits = 2 /* header */ + 2 /* title */ + 1 + optionRows + panelRows + 3 /* keys */ <= rows;
	const help = !fits ? null : (
		<Box borderStyle="round" borderColor={theme.muted} paddingX={1} flexDirection="column" width={wide ? 44 : undefined} flexShrink={0} marginLeft={wide ? 2 : 0} marginTop={wide ? 0 : 1}>
			<Text bold>Why it matters</Text>
			<Text wrap="wrap">{question.why}</Text>
			{whole ? <Box marginTop={1}><Text wrap="wrap" dimColor>{whole}</Text></Box> : null}
		</Box>
	);
	return (
		<Box flexDirection="column">
			<Text>
				<Text color={theme.accent} bold>{question.prompt}</Text>
				<Text dimColor>  {progress}</Text>
			</Text>
			<Box flexDirection={wide ? 'row' : 'column'} marginTop={1}>
				{/* The options keep to their column: a gap of two stays between them and the panel. */}
				<Box flexDirection="column" flexGrow={1} width={help && wide ? optionColumns : undefined}>
					{question.multiple
						? <ToggleList options={options} selected={selected} onChange={setSelected} nothingChosen="Choose at least one: space ticks the highlighted one." onConfirm={() => onAnswer(id, selected as Answers[AnswerId])} />
						: <OptionList key={id} options={options} initial={initial} onHighlight={setHighlighted} onSelect={value => onAnswer(id, value as Answers[AnswerId])} />}
				</Box>
				{help}
			</Box>
			<Box marginTop={1}>
				<KeyHelp keys={question.multiple ? ['↑↓ move', 'space toggle', 'enter confirm', 'esc back', '? help', 'q quit'] : ['↑↓ move', 'enter choose', 'esc/← back', '? help', 'q quit']} />
			</Box>
		</Box>
	);
}
