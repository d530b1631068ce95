import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useState} from 'react';
import {shownText} from '../../grammar/shown-text.js';
import {theme} from '../theme.js';

export type ListOption = {
	value: string;
	label: string;
	description?: string;
	/** Where the option's value came from and what it is: "detected: TargetFramework net10.0", "recommended". */
	marks?: string[];
	/** A consequence of choosing it, shown after the marks: "keeps a shell". */
	tag?: string;
	/** Why it cannot be chosen with the earlier answers; shown in place of the description. */
	disabled?: string;
};

/** The highlight mark, in the theme's accent (none under NO_COLOR) instead of ink-select-input's own blue. */
export function Pointer({isSelected = false}: {isSelected?: boolean}) {
	return <Box marginRight={1} flexShrink={0}><Text color={theme.accent}>{isSelected ? '❯' : ' '}</Text></Box>;
}

/** How an option's label reads: its marks in brackets, then its tag. */
export function OptionLabel({option, isSelected}: {option: ListOption; isSelected: boolean}) {
	return (
		<Text color={isSelected && !option.disabled ? theme.accent : undefined} bold={isSelected} dimColor={Boolean(option.disabled)}>
			{shownText(option.label)}
			{option.marks && option.marks.length > 0 ? <Text color={theme.good}> ({option.marks.join(' · ')})</Text> : null}
			{option.tag ? <Text color={theme.warn}>  {option.tag}</Text> : null}
			{option.disabled ? <Text>  unavailable</Text> : null}
		</Text>
	);
}

/** ink-select-input with a one-line explanation, marks and a disabled state per option. */
export function OptionList({options, initial, onSelect, onHighlight, isFocused = true}: {options: ListOption[]; initial?: string; onSelect: (value: string) => void; onHighlight?: (value: string) => void; isFocused?: boolean}) {
	const [refused, setRefused] = useState<ListOption | undefined>();
	const byLabel = new Map(options.map(option => [option.label, option]));
	const initialIndex = Math.max(0, options.findIndex(option => option.value === initial));
	return (
		<Box flexDirection="column">
			<SelectInput
				isFocused={isFocused}
				items={options.map(option => ({key: option.value, label: option.label, value: option.value}))}
				initialIndex={initialIndex}
				indicatorComponent={Pointer}
				onHighlight={item => {
					setRefused(undefined);
					onHighlight?.(item.value);
				}}
				onSelect={item => {
					const option = byLabel.get(item.label)!;
					if (option.disabled) setRefused(option);
					else onSelect(item.value);
				}}
				itemComponent={({isSelected, label}) => {
					const option = byLabel.get(label)!;
					const line = option.disabled ?? option.description;
					return (
						<Box flexDirection="column">
							<OptionLabel option={option} isSelected={Boolean(isSelected)} />
							{line ? <Text dimColor wrap="truncate">{`  ${shownText(line, {limit: 500})}`}</Text> : null}
						</Box>
					);
				}}
			/>
			{refused ? <Text color={theme.warn} wrap="wrap">{shownText(refused.label)} cannot be chosen: {shownText(refused.disabled ?? '', {limit: 500})}</Text> : null}
		</Box>
	);
}
