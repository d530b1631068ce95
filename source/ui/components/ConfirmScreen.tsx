import {Box, Text} from 'ink';
import {shownText} from '../../grammar/shown-text.js';
import {besideSuffix, type FileChange} from '../../session/file-changes.js';
import {diffLineColor} from '../diff-colors.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';
import {ScrolledText} from './ScrolledText.js';

export type WriteMode = 'replace' | 'beside';

type Props = {changes: FileChange[] | undefined; folder: string; error?: string; width: number; rows: number; viewing: boolean; onView: (viewing: boolean) => void; onWrite: (mode: WriteMode) => void; onBack: () => void};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Where the files go, which are new, unchanged or changed (+12 −3), the changes themselves, and a choice before anything is replaced. */
export function ConfirmScreen({changes, folder, error, width, rows, viewing, onView, onWrite, onBack}: Props) {
	if (!changes) return <Text dimColor>Checking which files exist…</Text>;
	const changed = changes.filter(change => change.status === 'changed');
	const fresh = changes.filter(change => change.status === 'new');
	if (viewing) {
		return (
			<Box flexDirection="column">
				<Text color={theme.accent} bold>What would change</Text>
				<ScrolledText content={changed.map(change => `${change.file.shown ?? change.file.name}  +${change.added} −${change.removed}\n${change.diff}`).join('\n\n')} width={width} height={Math.max(5, rows - 8)} colorOf={diffLineColor} />
				<KeyHelp keys={['↑↓ scroll', 'enter/esc back']} />
			</Box>
		);
	}
	const toWrite = changed.length + fresh.length;
	return (
		<Box flexDirection="column">
			<Text color={theme.accent} bold>Write these files?</Text>
			<Text dimColor wrap="wrap">into {shownText(folder, {limit: 500})}</Text>
			<Box marginTop={1} flexDirection="column">
				{changes.map(change => (
					<Text key={change.target} wrap="truncate-end">
						{'  '}{shownText(change.file.shown ?? change.file.name)}
						{change.status === 'new' ? <Text dimColor>  new</Text> : change.status === 'unchanged' ? <Text dimColor>  exists, unchanged</Text> : <Text color={theme.warn}>  exists, changed (+{change.added} −{change.removed})</Text>}
					</Text>
				))}
			</Box>
			{error ? <Box marginTop={1}><Text color={theme.bad} wrap="wrap">{shownText(error, {limit: 1000})}</Text></Box> : null}
			<Box marginTop={1}>
				<OptionList
					key={changed.length}
					options={[
						{value: 'replace', label: toWrite === 0 ? 'Go on: every file is unchanged' : changed.length > 0 ? `Write, replacing ${plural(changed.length, 'changed file')}` : `Write ${plural(toWrite, 'file')}`},
						...(changed.length > 0 ? [
							{value: 'beside', label: `Keep ${changed.length === 1 ? 'it' : 'them'}: write ${changed.map(change => (change.file.merge ? `${change.file.name} (merged)` : `${change.file.name}${besideSuffix}`)).join(', ')} beside`},
							{value: 'diff', label: 'Show the changes'},
						] : []),
						{value: 'back', label: 'Go back'},
					]}
					initial={changed.length > 0 ? 'back' : 'replace'}
					onSelect={value => (value === 'diff' ? onView(true) : value === 'back' ? onBack() : onWrite(value as WriteMode))}
				/>
			</Box>
			<KeyHelp keys={['enter choose', 'esc back', 'q quit without writing']} />
		</Box>
	);
}
