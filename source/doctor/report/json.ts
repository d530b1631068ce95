// Findings as JSON for scripts: the same fields as the human report, edits left out.
import type {Finding} from '../finding.js';

export type ReaderNote = {file: string; reader: string};

export function jsonReport(findings: readonly Finding[], context: {files: string[]; projects: ReaderNote[]; notes: string[]}): string {
	return `${JSON.stringify({
		files: context.files,
		projects: context.projects,
		findings: findings.map(({edits, ...finding}) => ({...finding, fixable: edits.length > 0})),
		notes: context.notes,
	}, null, 2)}\n`;
}
