import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {theme} from '../theme.js';
import type {ListOption} from './OptionList.js';

/** A list where space toggles items and enter confirms the set (architectures, files to write). */
export function ToggleList({options, selected, onChange, onConfirm}: {options: ListOption[]; selected: string[]; onChange: (values: string[]) => void; onConfirm: () => void}) {
	const [cursor, setCursor] = useState(0);
	useInput((input, key) => {
		if (key.upArrow || input === 'k') setCursor(position => (position + options.length - 1) % options.length);
		if (key.downArrow || input === 'j') setCursor(position => (position + 1) % options.length);
		if (input === ' ') {
			const value = options[cursor]!.value;
			onChange(selected.includes(value) ? selected.filter(item => item !== value) : options.map(option => option.value).filter(item => item === value || selected.includes(item)));
		}
		if (key.return) onConfirm();
	});
	return (
		<Box flexDirection="column">
			{options.map((option, index) => (
				<Box key={option.value} flexDirection="column">
					<Text color={index === cursor ? theme.accent : undefined} bold={index === cursor}>
						{index === cursor ? '❯ ' : '  '}{selected.includes(option.value) ? '[x]' : '[ ]'} {option.label}
						{option.mark ? <Text color={theme.good}> ({option.mark})</Text> : null}
					</Text>
					{option.description ? <Text dimColor wrap="truncate">{`      ${option.description}`}</Text> : null}
				</Box>
			))}
		</Box>
	);
}
