// SARIF 2.1.0 for code scanning (GitHub uploads it with github/codeql-action/upload-sarif): one
// run, our rules as its driver's rules, each finding a result at file:line.
import {rules} from '../rules/rules.js';
import type {Finding, Severity} from '../finding.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', note: 'note'};

export function sarifReport(findings: readonly Finding[], tool: {version: string}): string {
	const index = new Map(rules.map((rule, position) => [rule.code, position]));
	const log = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [{
			tool: {
				driver: {
					name: 'dotnet-image-wizard doctor',
					version: tool.version,
					rules: rules.map(rule => ({
						id: rule.code,
						name: rule.title.replaceAll(/[^A-Za-z0-9]+(.)?/g, (_match, next: string | undefined) => (next ?? '').toUpperCase()),
						shortDescription: {text: rule.title},
						help: {text: rule.fix},
						defaultConfiguration: {level: level[rule.severity]},
					})),
				},
			},
			results: findings.map(finding => ({
				ruleId: finding.code,
				ruleIndex: index.get(finding.code) ?? 0,
				level: level[finding.severity],
				message: {text: `${finding.message} Fix: ${finding.fix}`},
				locations: [{physicalLocation: {artifactLocation: {uri: finding.file.split('\\').join('/')}, region: {startLine: finding.line, startColumn: finding.column}}}],
			})),
		}],
	};
	return `${JSON.stringify(log, null, 2)}\n`;
}
