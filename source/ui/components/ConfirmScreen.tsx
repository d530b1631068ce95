import {Box, Text} from 'ink';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';

export type Target = {path: string; exists: boolean};

/** Lists what will be written, says which files already exist, and asks before overwriting. */
export function ConfirmScreen({targets, error, onConfirm, onBack}: {targets: Target[]; error?: string; onConfirm: () => void; onBack: () => void}) {
	const existing = targets.filter(target => target.exists);
	if (targets.length === 0) return <Text dimColor>Checking which files exist…</Text>;
	return (
		<Box flexDirection="column">
			<Text color={theme.accent} bold>Write these files?</Text>
			{targets.map(target => (
				<Text key={target.path}>  {target.path}{target.exists ? <Text color={theme.warn}>  exists: will be replaced</Text> : <Text dimColor>  new</Text>}</Text>
			))}
			{error ? <Box marginTop={1}><Text color={theme.bad} wrap="wrap">{error}</Text></Box> : null}
			<Box marginTop={1}>
				<OptionList
					key={existing.length}
					options={[
						{value: 'write', label: existing.length > 0 ? `Write, replacing ${existing.length} existing file${existing.length === 1 ? '' : 's'}` : `Write ${targets.length} file${targets.length === 1 ? '' : 's'}`},
						{value: 'back', label: 'Go back'},
					]}
					initial={existing.length > 0 ? 'back' : 'write'}
					onSelect={value => (value === 'write' ? onConfirm() : onBack())}
				/>
			</Box>
			<KeyHelp keys={['enter choose', 'esc back', 'ctrl-c quit without writing']} />
		</Box>
	);
}
