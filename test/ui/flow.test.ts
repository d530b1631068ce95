import {describe, expect, it} from 'vitest';
import {initialState, reduce, askedQuestions} from '../../source/ui/flow.js';
import {resolveAnswers} from '../../source/engine/resolve.js';
import {today} from '../answers.js';

function start(fixed: Record<string, string> = {}) {
	const {answers, provenance} = resolveAnswers([{source: 'flag', values: fixed}], today);
	return initialState({today, answers, provenance, fixed: Object.keys(fixed) as never[], needsProject: false});
}

describe('wizard flow', () => {
	it('asks only questions that apply and are not fixed by flags', () => {
		const state = start({os: 'alpine'});
		expect(askedQuestions(state)).toEqual(['dotnet', 'app', 'deploy', 'startup', 'shell', 'globalization', 'arch']);
		const aot = reduce(reduce(reduce(state, {type: 'answer', id: 'dotnet', value: '10.0'}), {type: 'answer', id: 'app', value: 'web'}), {type: 'answer', id: 'deploy', value: 'aot'});
		expect(aot.step).toEqual({kind: 'question', id: 'shell'});
	});

	it('goes back a step without losing later answers', () => {
		let state = start();
		state = reduce(state, {type: 'answer', id: 'dotnet', value: '9.0'});
		state = reduce(state, {type: 'answer', id: 'app', value: 'console'});
		state = reduce(state, {type: 'back'});
		state = reduce(state, {type: 'back'});
		expect(state.step).toEqual({kind: 'question', id: 'dotnet'});
		expect(state.answers).toMatchObject({dotnet: '9.0', app: 'console'});
	});

	it('keeps in the record only the answers that stand: going back takes out the answer given there and those after it', () => {
		let state = start({dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', globalization: 'icu'});
		const phrases = () => state.record.map(answered => `${answered.id}=${String(answered.value)}`);
		state = reduce(state, {type: 'answer', id: 'shell', value: 'no'});
		state = reduce(state, {type: 'answer', id: 'os', value: 'ubuntu'});
		expect(phrases()).toEqual(['shell=no', 'os=ubuntu']);
		state = reduce(state, {type: 'back'});
		state = reduce(state, {type: 'back'});
		expect(state.step).toEqual({kind: 'question', id: 'shell'});
		expect(phrases()).toEqual([]);
		state = reduce(state, {type: 'answer', id: 'shell', value: 'yes'});
		state = reduce(state, {type: 'answer', id: 'os', value: 'ubuntu'});
		expect(phrases()).toEqual(['shell=yes', 'os=ubuntu']);
		// A question reached from the summary: back on the summary, its answer leaves the record too.
		state = reduce(state, {type: 'answer', id: 'arch', value: ['amd64']});
		state = reduce(state, {type: 'jump', id: 'os'});
		state = reduce(state, {type: 'answer', id: 'os', value: 'alpine'});
		expect(state.step.kind).toBe('summary');
		expect(phrases()).toEqual(['shell=yes', 'os=ubuntu', 'arch=amd64', 'os=alpine']);
		state = reduce(state, {type: 'back'});
		expect(phrases()).toEqual(['shell=yes', 'os=ubuntu', 'arch=amd64']);
	});

	it('stays on the summary while the answers are impossible', () => {
		let state = start({dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'icu', arch: 'amd64'});
		state = reduce(state, {type: 'answer', id: 'os', value: 'debian'});
		expect(state.step.kind).toBe('summary');
		expect(reduce(state, {type: 'next'}).step.kind).toBe('summary');
	});

	it('needs at least one file before previewing', () => {
		let state = start({dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'icu', os: 'ubuntu', arch: 'amd64'});
		expect(state.step.kind).toBe('summary');
		state = reduce(state, {type: 'next'});
		state = reduce(state, {type: 'outputs', outputs: []});
		expect(reduce(state, {type: 'next'}).step.kind).toBe('files');
	});

	it('opens the full recommendation from the summary and comes back to it', () => {
		let state = start({dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'icu', os: 'ubuntu', arch: 'amd64'});
		state = reduce(state, {type: 'details'});
		expect(state.step.kind).toBe('details');
		state = reduce(state, {type: 'back'});
		expect(state.step.kind).toBe('summary');
		expect(reduce(state, {type: 'next'}).step.kind).toBe('files');
	});

	it('has no details for answers that are refused', () => {
		const state = start({dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'icu', os: 'debian', arch: 'amd64'});
		expect(reduce(state, {type: 'details'}).step.kind).toBe('summary');
	});

	it('keeps where an answer came from when the review keeps it, and says "chosen here" only for one changed', () => {
		const {answers, provenance} = resolveAnswers([{source: 'detected', values: {dotnet: '10.0', app: 'web'}, origin: () => 'TargetFramework net10.0'}], today);
		let state = initialState({today, answers, provenance, fixed: [], needsProject: false});
		state = reduce(state, {type: 'start', review: true});
		state = reduce(state, {type: 'answer', id: 'dotnet', value: '10.0'});
		state = reduce(state, {type: 'answer', id: 'app', value: 'console'});
		expect(state.provenance.dotnet.source).toBe('detected');
		expect(state.provenance.app).toEqual({source: 'flag', note: 'chosen here'});
	});

	it('opens a question from a fix with the fix\'s answer in place', () => {
		const {answers, provenance} = resolveAnswers([{source: 'flag', values: {dotnet: '10.0', os: 'alpine', arch: 'amd64,arm'}}], today);
		let state = initialState({today, answers, provenance, fixed: [], needsProject: false});
		state = {...state, step: {kind: 'summary'}};
		state = reduce(state, {type: 'jump', id: 'arch', value: ['amd64']});
		expect(state.step).toEqual({kind: 'question', id: 'arch'});
		expect(state.answers.arch).toEqual(['amd64']);
	});
});
