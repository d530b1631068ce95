import {describe, expect, it} from 'vitest';
import {resolveAnswers} from '../../source/engine/resolve.js';
import {fixesFor, optionStates} from '../../source/session/option-states.js';
import {today} from '../answers.js';

const answersWith = (values: Record<string, string>) => resolveAnswers([{source: 'flag', values}], today).answers;

describe('options built from the answers so far', () => {
	it('disable a distribution that has no images for the chosen .NET version, with the reason', () => {
		const states = optionStates('os', answersWith({dotnet: '10.0'}), today);
		const debian = states.find(state => state.value === 'debian')!;
		expect(debian.disabled).toMatch(/no Debian images for \.NET 10\.0/);
		expect(states.filter(state => state.disabled).map(state => state.value)).toEqual(['debian']);
		expect(optionStates('os', answersWith({dotnet: '9.0'}), today).every(state => !state.disabled)).toBe(true);
	});

	it('tag the distributions that keep a shell after "no shell"', () => {
		const states = optionStates('os', answersWith({dotnet: '9.0', shell: 'no'}), today);
		expect(states.filter(state => state.tag === 'keeps a shell').map(state => state.value)).toEqual(['debian', 'alpine']);
		expect(optionStates('os', answersWith({dotnet: '9.0', shell: 'yes'}), today).some(state => state.tag)).toBe(false);
	});

	it('mark the recommended .NET version and architectures', () => {
		expect(optionStates('dotnet', answersWith({}), today).filter(state => state.recommended).map(state => state.value)).toEqual(['10.0']);
		expect(optionStates('arch', answersWith({}), today).filter(state => state.recommended).map(state => state.value)).toEqual(['amd64', 'arm64']);
	});
});

describe('fixes for a refusal', () => {
	it('name each question whose change alone makes the answers work, with the values that do', () => {
		const fixes = fixesFor(answersWith({dotnet: '10.0', os: 'debian'}), today, ['dotnet', 'app', 'deploy', 'shell', 'globalization', 'os', 'arch']);
		// .NET 8.0 and 9.0 have Debian images but reached end of support on 2026-11-10: not a fix.
		expect(fixes.map(fix => fix.topic)).toEqual(['distribution']);
		expect(fixes.find(fix => fix.id === 'os')!.values.map(value => value.label)).toEqual(['Ubuntu', 'Alpine', 'Azure Linux']);
	});

	it('leave out a .NET version older than the project can be built with', () => {
		const answers = answersWith({dotnet: '10.0', os: 'debian'});
		const before = fixesFor(answers, '2026-06-01', ['dotnet', 'os']);
		expect(before.find(fix => fix.id === 'dotnet')!.values.map(value => value.value)).toEqual(['8.0', '9.0']);
		const fixes = fixesFor(answers, '2026-06-01', ['dotnet', 'os'], (id, value) => id === 'dotnet' && Number.parseFloat(value) < 9);
		expect(fixes.find(fix => fix.id === 'dotnet')!.values.map(value => value.value)).toEqual(['9.0']);
	});
});
