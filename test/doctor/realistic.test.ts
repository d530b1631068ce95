// A dozen Dockerfiles in the styles teams actually have, each with the findings a .NET container
// expert would give (expected.txt beside it): exactly those, at those lines.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {diagnose} from '../../source/doctor/doctor.js';
import {gatherInput} from '../../source/doctor/inputs.js';
import {optionsFor, realistic, realisticCases} from './check.js';


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
