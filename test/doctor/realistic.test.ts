// A dozen Dockerfiles in the styles teams actually have, each with the findings a .NET container
// expert would give (expected.txt beside it): exactly those, at those lines.
import {readdirSync, readFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {diagnose} from '../../source/doctor/doctor.js';
import {gatherInput, type DoctorOptions} from '../../source/doctor/inputs.js';
import {today} from './check.js';

export const realistic = fileURLToPath(new URL('../fixtures/doctor/realistic/', import.meta.url));
export const realisticCases = readdirSync(realistic, {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();

export function optionsFor(name: string): DoctorOptions {
	const folder = path.join(realistic, name);
	const extra = existsSync(path.join(folder, 'options.json')) ? JSON.parse(readFileSync(path.join(folder, 'options.json'), 'utf8')) as Partial<DoctorOptions> : {};
	return {cwd: folder, today, detect: 'xml', ...extra};
}

describe('realistic Dockerfiles', () => {
	it('are at least a dozen', () => {
		expect(realisticCases.length).toBeGreaterThanOrEqual(12);
	});

	it.each(realisticCases)('%s: the expected findings, no others', async name => {
		const folder = path.join(realistic, name);
		const {input} = await gatherInput(path.join(folder, 'Dockerfile'), optionsFor(name));
		const findings = diagnose(input);
		const expected = readFileSync(path.join(folder, 'expected.txt'), 'utf8').trim().split('\n').sort();
		expect(findings.map(finding => `${finding.code} ${finding.line}`).sort(), findings.map(finding => `${finding.code} ${finding.line} ${finding.message}`).join('\n')).toEqual(expected);
	});
});
