import type {Recommendation} from '../engine/recommend.js';
import {shownText} from '../grammar/shown-text.js';
import {commandRows} from './command-rows.js';
import type {NextStep} from './next-steps.js';

export type Ending = {
	recommendation?: Recommendation;
	/** Several apps: each one's images, in place of the one recommendation's. */
	apps?: Array<{name: string; recommendation: Recommendation}>;
	/** Full paths of the files written. */
	written: string[];
	steps: NextStep[];
	/** The build's outcome in words, when one ran. */
	built?: string[];
	/** Where the build's full output was saved. */
	log?: string;
	cancelled: boolean;
	/** The terminal's width: a longer command is broken into rows that paste as one. */
	columns?: number;
};

/**
 * What stays in the terminal when the session ends: the image tags, the files written (full
 * paths) and the next steps, each a comment and one command line, so a block pastes into a shell.
 */
export function finalSummary(ending: Ending): string {
	const {recommendation, apps, written, steps, built, log, cancelled, columns = Number.POSITIVE_INFINITY} = ending;
	if (cancelled && written.length === 0) return 'Cancelled: nothing was written.';
	const lines: string[] = [];
	if (cancelled) lines.push('Cancelled. Written before that:');
	if (apps && apps.length > 1) lines.push('Images', ...apps.flatMap(app => [`  ${app.name}`, `    build    ${app.recommendation.build.reference}`, `    runtime  ${app.recommendation.runtime.reference}`]));
	else if (recommendation) lines.push('Images', `  build    ${recommendation.build.reference}`, `  runtime  ${recommendation.runtime.reference}`);
	if (written.length > 0) lines.push(cancelled ? '' : 'Wrote', ...written.map(file => `  ${file}`));
	if (built && built.length > 0) lines.push('', 'Build', ...built.map(line => `  ${line}`), ...(log ? [`  full log: ${log}`] : []));
	if (steps.length > 0) {
		lines.push('', 'Next steps');
		for (const step of steps) lines.push(`  # ${step.what}`, ...commandRows(shownText(step.command, {limit: Number.POSITIVE_INFINITY}), columns - 1, {margin: '  '}));
	}
	// It stays in the terminal: paths and commands show their control characters escaped.
	return lines.filter((line, index) => !(line === '' && index === 0)).map(line => shownText(line, {limit: Number.POSITIVE_INFINITY})).join('\n');
}
