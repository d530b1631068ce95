import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {theme} from '../theme.js';
import {OptionLabel, Pointer, type ListOption} from './OptionList.js';

/**
 * A list where space toggles items and enter confirms the set (architectures, files to write).
 * Given the rows it may use, a list whose descriptions do not fit shows only the highlighted one's.
 */
export function ToggleList({options, selected, onChange, onConfirm, nothingChosen, rows}: {options: ListOption[]; selected: string[]; onChange: (values: string[]) => void; onConfirm: () => void; nothingChosen: string; rows?: number}) {
	const compact = rows !== undefined && options.length * 2 > rows;
	const [cursor, setCursor] = useState(0);
	const [nudge, setNudge] = useState<string | undefined>();
	useInput((input, key) => {
		if (key.upArrow || input === 'k') setCursor(position => (position + options.length - 1) % options.length);
		if (key.downArrow || input === 'j') setCursor(position => (position + 1) % options.length);
		if (key.upArrow || key.downArrow || input === 'k' || input === 'j') setNudge(undefined);
		if (input === ' ') {
			const option = options[cursor]!;
			if (option.disabled && !selected.includes(option.value)) {
				setNudge(`${option.label} cannot be chosen: ${option.disabled}`);
				return;
			}
			setNudge(undefined);
			onChange(selected.includes(option.value) ? selected.filter(item => item !== option.value) : options.map(candidate => candidate.value).filter(item => item === option.value || selected.includes(item)));
		}
		if (key.return) {
			// Enter with nothing ticked says so instead of doing nothing.
			if (selected.length === 0) setNudge(nothingChosen);
			else onConfirm();
		}
	});
	return (
		<Box flexDirection="column">
			{options.map((option, index) => (
				<Box key={option.value} flexDirection="column">
					<Box>
						<Pointer isSelected={index === cursor} />
						<Text>{selected.includes(option.value) ? '[x] ' : '[ ] '}</Text>
						<OptionLabel option={option} isSelected={index === cursor} />
					</Box>
					{(option.disabled ?? option.description) && (!compact || index === cursor) ? <Text dimColor wrap="truncate">{`      ${option.disabled ?? option.description}`}</Text> : null}
				</Box>
			))}
			{nudge ? <Text color={theme.warn} wrap="wrap">{nudge}</Text> : null}
		</Box>
	);
}
