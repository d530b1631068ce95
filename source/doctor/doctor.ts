// Runs every rule over one Dockerfile's input: findings sorted by line, each with file:line, its
// sentence and its fix. Pure: the I/O (reading files, the project) is in inputs.ts.
import type {DoctorInput, Finding} from './finding.js';
import {rules} from './rules/rules.js';

export function diagnose(input: DoctorInput): Finding[] {
	const findings: Finding[] = [];
	for (const rule of rules) {
		for (const hit of rule.check(input)) {
			findings.push({
				code: rule.code,
				severity: hit.severity ?? rule.severity,
				file: hit.file ?? input.file,
				line: hit.range.start.line + 1,
				column: hit.range.start.character + 1,
				message: hit.message,
				fix: hit.fix ?? rule.fix,
				edits: hit.edits ?? [],
			});
		}
	}
	return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code));
}
