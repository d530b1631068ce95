import {Box, Text} from 'ink';
import {shownText} from '../../grammar/shown-text.js';
import type {PlatformPlan} from '../../runner/platform-plan.js';
import {platformPlanLines, platformPlanTitle} from '../../session/platform-plan.js';
import {textRows} from '../text-rows.js';
import {theme} from '../theme.js';

/** The build plan's lines: the title, then one per platform (how it builds, what it costs). */
export function platformPlanTexts(plan: PlatformPlan | undefined): string[] {
	return plan ? [platformPlanTitle(plan), ...platformPlanLines(plan).map(line => `  ${line}`)].map(text => shownText(text, {limit: 1000})) : [];
}

/** How many rows the plan takes at this width, for a screen that budgets its rows. */
export const platformPlanRowCount = (plan: PlatformPlan | undefined, width: number) => platformPlanTexts(plan).reduce((sum, text) => sum + textRows(text, width).length, 0);

/** The build screen's per-platform lines: native ones plain, cross-compiled dim, emulated in the warning colour. */
export function PlatformPlanRows({plan}: {plan: PlatformPlan | undefined}) {
	if (!plan) return null;
	const [title, ...lines] = platformPlanTexts(plan);
	return (
		<Box flexDirection="column">
			<Text dimColor wrap="wrap">{title}</Text>
			{lines.map((line, index) => {
				const verdict = plan.platforms[index]?.verdict;
				return <Text key={line} wrap="wrap" dimColor={verdict === 'cross'} {...(verdict === 'emulated' ? {color: theme.warn} : {})}>{line}</Text>;
			})}
		</Box>
	);
}
