import {Box, Text} from 'ink';
import type {AnswerId, Answers} from '../../engine/answers.js';
import type {Outcome} from '../../engine/recommend.js';
import type {Provenance} from '../../engine/resolve.js';
import {answerPhrase, inSessionWords, warningsToShow} from '../../session/answer-words.js';
import type {Fix} from '../../session/option-states.js';
import {moreText} from '../../grammar/shown-list.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';
import {rowCount, Rows, type Line} from './Rows.js';

type Props = {
	outcome: Outcome;
	answers: Answers;
	provenance: Provenance;
	/** The questions that apply, in order: the number before each answer jumps to it. */
	questions: AnswerId[];
	fixes: Fix[];
	rows: number;
	width: number;
	onFix: (id: AnswerId) => void;
	/** Warnings from the project itself, shown before the recommendation's own. */
	projectWarnings?: string[];
	/** With no project there are no files to write (as on the command line): enter does nothing. */
	noFiles?: boolean;
};

type Section = {name: string; lines: Line[]};

/** Each answer with the key that goes back to its question: "1 .NET 10.0 · 2 web app · …". */
function answerLines(questions: AnswerId[], answers: Answers): Line[] {
	return [
		{text: 'Answers (press a number to change one)', bold: true},
		{text: `  ${questions.map((id, index) => `${index + 1} ${answerPhrase(id, answers[id] as never)}`).join(' · ')}`},
	];
}

/**
 * The recommendation at a glance, within the screen's rows: the images, then warnings that say an
 * answer will not hold, the answers, trade-offs, more warnings, the reasons and alternatives, as
 * many as fit; what does not fit is counted and waits behind `d`. Long lines wrap, never "…".
 */
export function SummaryScreen({outcome, answers, provenance, questions, fixes, rows, width, onFix, projectWarnings = [], noFiles = false}: Props) {
	// The header above, and the key line below, each with a blank row.
	const budget = Math.max(8, rows - 5);
	if (!outcome.ok) {
		return (
			<Box flexDirection="column">
				<Text color={theme.bad} bold>These answers do not fit together</Text>
				<Box marginTop={1} flexDirection="column"><Rows width={width} lines={[{text: inSessionWords(outcome.refusal.message)}]} /></Box>
				{fixes.length > 0 ? (
					<Box marginTop={1} flexDirection="column">
						<Text bold>Change one answer</Text>
						<OptionList options={fixes.map(fix => ({value: fix.id, label: `Change ${fix.topic}: ${fix.values.map(value => value.label).join(' / ')}`}))} onSelect={id => onFix(id as AnswerId)} />
					</Box>
				) : null}
				<Box marginTop={1} flexDirection="column"><Rows width={width} lines={answerLines(questions, answers)} /></Box>
				<Box marginTop={1}><KeyHelp keys={['enter change it', `1-${questions.length} change an answer`, 'esc back', '? help', 'q quit']} /></Box>
			</Box>
		);
	}
	const {recommendation: {build, runtime, tradeoffs, warnings, alternatives, support, runtimeIdentifiers}} = outcome;
	const shown = [...projectWarnings.map(message => ({message})), ...warningsToShow(warnings, provenance)];
	const images: Section = {name: 'images', lines: [
		{text: 'Recommended images', bold: true, color: theme.accent},
		{text: `  build    ${build.reference}`},
		{text: `  runtime  ${runtime.reference}`, color: theme.good},
		{text: `  for      ${answerPhrase('arch', answers.arch)} (${runtimeIdentifiers.join(', ')})`},
		{text: `  ${support.summary}`, dim: true},
	]};
	const warning = (index: number): Section => ({name: 'warnings', lines: [{text: `! ${shown[index]!.message}`, color: theme.warn}]});
	const candidates: Section[] = [
		images,
		...(shown.length > 0 ? [warning(0)] : []),
		{name: 'answers', lines: answerLines(questions, answers)},
		{name: 'tradeoffs', lines: [
			{text: 'Trade-offs', bold: true},
			{text: `  ≈ ${tradeoffs.sizeMb} MB · ${tradeoffs.shell ? `shell + ${tradeoffs.packageManager}` : 'no shell'} · ${tradeoffs.nonRootByDefault ? 'non-root by default' : 'non-root via USER $APP_UID'} · attack surface ${tradeoffs.attackSurface}`},
			{text: `  start-up ${tradeoffs.startup}`},
		]},
		...shown.slice(1).map((_, index) => warning(index + 1)),
		{name: 'why', lines: [{text: 'Why', bold: true}, ...runtime.reasons.map(reason => ({text: `  · ${reason}`}))]},
		...(alternatives.length > 0 ? [{name: 'alternatives', lines: [{text: 'Alternatives', bold: true}, ...alternatives.slice(0, 4).map(alternative => ({text: `  ≈${String(alternative.sizeMb).padStart(3)} MB  ${alternative.runtime.replace('mcr.microsoft.com/dotnet/', '')}  ${alternative.summary}`}))]}] : []),
	];
	// Sections take the rows in this order of importance while they fit; one blank row between sections.
	const taken = new Set<Section>();
	let used = 0;
	const more = (count: number) => (count > 0 ? 1 : 0);
	for (const section of candidates) {
		const cost = rowCount(section.lines, width, '    ') + (taken.size > 0 && !(section.name === 'warnings' && [...taken].some(other => other.name === 'warnings')) ? 1 : 0);
		const warningsLeft = shown.length - [...taken].filter(other => other.name === 'warnings').length - (section.name === 'warnings' ? 1 : 0);
		if (used + cost + more(warningsLeft) <= budget) {
			taken.add(section);
			used += cost;
		}
	}
	const hidden = shown.length - [...taken].filter(section => section.name === 'warnings').length;
	const order = ['images', 'warnings', 'tradeoffs', 'why', 'alternatives', 'answers'];
	const groups = order.map(name => candidates.filter(section => section.name === name && taken.has(section))).filter(group => group.length > 0);
	return (
		<Box flexDirection="column">
			{groups.map((group, index) => (
				<Box key={group[0]!.name} flexDirection="column" marginTop={index === 0 ? 0 : 1}>
					<Rows width={width} lines={group.flatMap(section => section.lines)} />
					{group[0]!.name === 'warnings' && hidden > 0 ? <Text color={theme.warn}>{moreText(hidden, {one: 'warning', many: 'warnings', where: 'd'})}</Text> : null}
				</Box>
			))}
			{hidden > 0 && !groups.some(group => group[0]!.name === 'warnings') ? <Text color={theme.warn}>{hidden} warning{hidden === 1 ? '' : 's'} (d)</Text> : null}
			<Box marginTop={1}><KeyHelp keys={[...(noFiles ? [] : ['enter choose files']), `1-${questions.length} change an answer`, 'd details', 'esc back', '? help', 'q quit']} /></Box>
		</Box>
	);
}
