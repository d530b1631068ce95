import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {theme} from '../theme.js';

export type ListOption = {value: string; label: string; description?: string; mark?: string};

/** ink-select-input with a one-line explanation and an optional mark (detected, saved…) per option. */
export function OptionList({options, initial, onSelect, isFocused = true}: {options: ListOption[]; initial?: string; onSelect: (value: string) => void; isFocused?: boolean}) {
	const byLabel = new Map(options.map(option => [option.label, option]));
	const initialIndex = Math.max(0, options.findIndex(option => option.value === initial));
	return (
		<SelectInput
			isFocused={isFocused}
			items={options.map(option => ({key: option.value, label: option.label, value: option.value}))}
			initialIndex={initialIndex}
			onSelect={item => onSelect(item.value)}
			itemComponent={({isSelected, label}) => {
				const option = byLabel.get(label)!;
				return (
					<Box flexDirection="column">
						<Text color={isSelected ? theme.accent : undefined} bold={isSelected}>
							{label}{option.mark ? <Text color={theme.good}> ({option.mark})</Text> : null}
						</Text>
						{option.description ? <Text dimColor wrap="truncate">{`  ${option.description}`}</Text> : null}
					</Box>
				);
			}}
		/>
	);
}
