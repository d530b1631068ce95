import {Box, Text} from 'ink';
import {useState} from 'react';
import type {Finding} from '../../doctor/finding.js';
import {shownText} from '../../grammar/shown-text.js';
import {diffLineColor} from '../diff-colors.js';
import {theme} from '../theme.js';
import {KeyHelp} from './KeyHelp.js';
import {OptionList} from './OptionList.js';

export type DoctorChoice = 'apply' | 'generate' | 'quit';

const severityColor = {error: theme.bad, warning: theme.warn, note: theme.accent} as const;

/**
 * The project already has a Dockerfile: check it (its findings with their fixes, and the diff
 * --fix would write, which can be applied here) or generate a new one.
 */
export function DoctorScreen({file, findings, diff, onChoose}: {file: string; findings: Finding[]; diff: string; onChoose: (choice: DoctorChoice) => void}) {
	const [checking, setChecking] = useState(false);
	if (!checking) {
		return (
			<Box flexDirection="column">
				<Text color={theme.accent} bold>This project already has a Dockerfile: {shownText(file)}</Text>
				<Box marginTop={1}>
					<OptionList
						options={[
							{value: 'check', label: 'Check the existing Dockerfile', description: 'findings in .NET terms, each with its fix; the safe fixes can be applied'},
							{value: 'generate', label: 'Generate a new one', description: 'answer the questions and get a new Dockerfile (the existing one is kept unless you overwrite it)'},
						]}
						onSelect={value => (value === 'check' ? setChecking(true) : onChoose('generate'))}
					/>
				</Box>
				<Box marginTop={1}><KeyHelp keys={['↑↓ move', 'enter choose', 'q quit']} /></Box>
			</Box>
		);
	}
	const fixable = diff !== '';
	return (
		<Box flexDirection="column">
			<Text color={theme.accent} bold>{shownText(file)}: {findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}</Text>
			<Box marginTop={1} flexDirection="column">
				{findings.map(finding => (
					<Box key={`${finding.code}:${finding.line}:${finding.message}`} flexDirection="column">
						<Text wrap="wrap"><Text color={severityColor[finding.severity]}>{finding.severity}</Text> {finding.code} line {finding.line}: {shownText(finding.message, {limit: 500})}</Text>
						<Text dimColor wrap="wrap">  fix: {shownText(finding.fix, {limit: 500})}</Text>
					</Box>
				))}
			</Box>
			{fixable ? (
				<Box marginTop={1} flexDirection="column">
					<Text bold>What the safe fixes change:</Text>
					{diff.trimEnd().split('\n').map((line, index) => (
						<Text key={index} color={diffLineColor(line)}>{shownText(line, {limit: 500})}</Text>
					))}
				</Box>
			) : null}
			<Box marginTop={1}>
				<OptionList
					options={[
						...(fixable ? [{value: 'apply', label: 'Apply these fixes', description: `rewrite ${file} as shown (comments and order kept)`}] : []),
						{value: 'generate', label: 'Generate a new one instead', description: 'go on to the questions'},
						{value: 'quit', label: 'Done', description: 'leave the Dockerfile as it is'},
					]}
					onSelect={value => onChoose(value as DoctorChoice)}
				/>
			</Box>
		</Box>
	);
}
