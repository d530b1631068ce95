import {describe, expect, it} from 'vitest';
import {resolveAnswers} from '../../source/engine/resolve.js';
import {fixesFor, optionMarks, optionStates, type Origin} from '../../source/session/option-states.js';
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

/** Answers as a project's detection gives them: each value detected, with the property that said it. */
function detected(values: Record<string, string>, notes: Record<string, string> = {}): Origin {
	return resolveAnswers([{source: 'detected', values, notes}], today);
}

const recommendedOf = (id: Parameters<typeof optionStates>[0], origin: Origin) => optionStates(id, origin.answers, today, origin).filter(state => state.recommended);

describe('the recommended option', () => {
	it('is what the project says: a console app (OutputType Exe) and Native AOT (PublishAot true), not the web and framework-dependent defaults', () => {
		const origin = detected({dotnet: '10.0', app: 'console', deploy: 'aot'}, {app: 'OutputType Exe', deploy: 'PublishAot true'});
		expect(recommendedOf('app', origin).map(state => state.value)).toEqual(['console']);
		expect(recommendedOf('deploy', origin).map(state => state.value)).toEqual(['aot']);
		const aot = optionStates('deploy', origin.answers, today, origin).find(state => state.value === 'aot')!;
		expect(optionMarks('deploy', aot, origin)).toEqual(['detected: PublishAot true', 'recommended']);
	});

	it('is the detected architectures, all of them', () => {
		const origin = detected({dotnet: '10.0', arch: 'arm64'});
		expect(recommendedOf('arch', origin).map(state => state.value)).toEqual(['arm64']);
	});

	it('is a supported .NET version, with the reason, when the project targets one past end of support', () => {
		const origin = detected({dotnet: '9.0'}, {dotnet: 'TargetFramework net9.0'});
		const [recommended] = recommendedOf('dotnet', origin);
		expect(recommended!.value).toBe('10.0');
		expect(optionMarks('dotnet', recommended!, origin)).toEqual(['recommended: the project\'s .NET 9.0 is past end of support: retarget it']);
		const nine = optionStates('dotnet', origin.answers, today, origin).find(state => state.value === '9.0')!;
		expect(optionMarks('dotnet', nine, origin)).toEqual(['detected: TargetFramework net9.0']);
	});

	it('is the default, with the reason, when what the project says cannot work with the answers above', () => {
		// A Debian ContainerFamily on a .NET 10 project: no Debian images from .NET 10 on.
		const origin = detected({dotnet: '10.0', os: 'debian'}, {os: 'ContainerFamily bookworm-slim'});
		const [recommended] = recommendedOf('os', origin);
		expect(recommended!.value).toBe('ubuntu');
		expect(recommended!.recommendedBecause).toBe('the project\'s Debian cannot work with the answers above');
	});

	it('is the default when nothing was detected, and a saved answer is not a recommendation', () => {
		const saved = resolveAnswers([{source: 'config', values: {app: 'console'}}], today);
		expect(recommendedOf('app', saved).map(state => state.value)).toEqual(['web']);
		expect(optionMarks('app', optionStates('app', saved.answers, today, saved).find(state => state.value === 'console')!, saved)).toEqual(['saved']);
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
