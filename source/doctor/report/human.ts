// Findings for a person: grouped by file, worst first within a line, each with file:line, the
// sentence and the fix; colour only when asked (a terminal without NO_COLOR, and not --plain).
import {shownText} from '../../grammar/shown-text.js';
import {severities, type Finding, type Severity} from '../finding.js';

// Text from the user's files (image names, paths) is shown with control characters escaped.
const safe = (text: string) => shownText(text, {limit: 2000});

const paint = {error: '\u001B[31m', warning: '\u001B[33m', note: '\u001B[36m', dim: '\u001B[2m', bold: '\u001B[1m', reset: '\u001B[0m'};

export type HumanOptions = {color: boolean; /** Files checked, so a clean one says so. */ files: string[]; notes: string[]};

export function humanReport(findings: readonly Finding[], options: HumanOptions): string {
	const tint = (code: keyof typeof paint, text: string) => (options.color ? `${paint[code]}${text}${paint.reset}` : text);
	const lines: string[] = [];
	const files = [...new Set([...options.files, ...findings.map(finding => finding.file)])];
	for (const file of files) {
		const own = findings.filter(finding => finding.file === file);
		if (own.length === 0 && !options.files.includes(file)) continue;
		lines.push(tint('bold', safe(file)));
		if (own.length === 0) lines.push(`  ${tint('dim', 'no findings')}`);
		for (const finding of own) {
			const label = tint(finding.severity, finding.severity.padEnd(7));
			lines.push(`  ${safe(file)}:${finding.line}  ${label} ${finding.code}  ${safe(finding.message)}`);
			lines.push(`  ${' '.repeat(`${safe(file)}:${finding.line}`.length)}  ${tint('dim', `fix: ${safe(finding.fix)}${finding.edits.length > 0 ? ' (--fix does this)' : ''}`)}`);
		}
		lines.push('');
	}
	for (const note of options.notes) lines.push(`note: ${safe(note)}`);
	lines.push(summaryLine(findings));
	return `${lines.join('\n')}\n`;
}

export function summaryLine(findings: readonly Finding[]): string {
	const counts = severities.map(severity => [severity, findings.filter(finding => finding.severity === severity).length] as [Severity, number]).filter(([, count]) => count > 0);
	const fixable = findings.filter(finding => finding.edits.length > 0).length;
	if (counts.length === 0) return 'no findings';
	return `${counts.map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`).join(', ')}${fixable > 0 ? `; ${fixable} fixable with --fix` : ''}`;
}
