import type {AnswerId, Answers} from '../engine/answers.js';
import {questions} from '../engine/questions.js';
import {recommend, type Outcome} from '../engine/recommend.js';
import type {Provenance} from '../engine/resolve.js';
import {fileKinds} from '../render/files.js';
import type {Output} from '../session/planned-files.js';

/** One screen of the wizard. */
export type Step =
	| {kind: 'project'}
	| {kind: 'question'; id: AnswerId}
	| {kind: 'summary'}
	/** The recommendation in full: every reason, trade-off, warning and alternative. */
	| {kind: 'details'}
	| {kind: 'files'}
	| {kind: 'preview'}
	| {kind: 'confirm'}
	| {kind: 'writing'}
	| {kind: 'done'}
	| {kind: 'build'};

export type WizardState = {
	today: string;
	answers: Answers;
	provenance: Provenance;
	/** Answers given as flags: not asked again. */
	fixed: AnswerId[];
	needsProject: boolean;
	history: Step[];
	step: Step;
	outputs: Output[];
	written: string[];
	error?: string;
};

export type Action =
	| {type: 'project-chosen'}
	| {type: 'answer'; id: AnswerId; value: Answers[AnswerId]}
	| {type: 'next'}
	| {type: 'details'}
	| {type: 'back'}
	| {type: 'outputs'; outputs: Output[]}
	| {type: 'write'}
	| {type: 'written'; files: string[]}
	| {type: 'failed'; message: string}
	| {type: 'reset'; answers: Answers; provenance: Provenance}
	| {type: 'build'};

export const defaultOutputs: Output[] = [...fileKinds.filter(kind => kind !== 'csproj'), 'config'];

export function initialState(input: {today: string; answers: Answers; provenance: Provenance; fixed: AnswerId[]; needsProject: boolean}): WizardState {
	const base = {...input, history: [], outputs: defaultOutputs, written: [], step: {kind: 'summary'} as Step};
	return {...base, step: input.needsProject ? {kind: 'project'} : firstQuestion(base)};
}

/** Questions that apply to the answers so far, minus those fixed by flags. */
export function askedQuestions(state: Pick<WizardState, 'answers' | 'fixed'>): AnswerId[] {
	return questions.filter(question => !state.fixed.includes(question.id) && question.applies(state.answers)).map(question => question.id);
}

function firstQuestion(state: Pick<WizardState, 'answers' | 'fixed'>): Step {
	const [first] = askedQuestions(state);
	return first ? {kind: 'question', id: first} : {kind: 'summary'};
}

function stepAfter(state: WizardState): Step {
	const {step} = state;
	switch (step.kind) {
		case 'project': return firstQuestion(state);
		case 'question': {
			const asked = askedQuestions(state);
			const order = questions.map(question => question.id);
			const next = asked.find(id => order.indexOf(id) > order.indexOf(step.id));
			return next ? {kind: 'question', id: next} : {kind: 'summary'};
		}
		case 'summary': return {kind: 'files'};
		case 'files': return {kind: 'preview'};
		case 'preview': return {kind: 'confirm'};
		default: return step;
	}
}

export function outcomeOf(state: Pick<WizardState, 'answers' | 'today'>): Outcome {
	return recommend(state.answers, state.today);
}

export function reduce(state: WizardState, action: Action): WizardState {
	const forward = (next: WizardState): WizardState => ({...next, history: [...state.history, state.step], step: stepAfter(next)});
	switch (action.type) {
		case 'answer': {
			const provenance = {...state.provenance, [action.id]: {source: 'flag' as const, note: 'chosen here'}};
			return forward({...state, answers: {...state.answers, [action.id]: action.value}, provenance});
		}
		case 'project-chosen':
		case 'next':
			if (state.step.kind === 'summary' && !outcomeOf(state).ok) return state;
			if (state.step.kind === 'files' && state.outputs.length === 0) return state;
			return forward(state);
		case 'details':
			if (state.step.kind !== 'summary' || !outcomeOf(state).ok) return state;
			return {...state, history: [...state.history, state.step], step: {kind: 'details'}};
		case 'back': {
			const previous = state.history.at(-1);
			if (!previous || ['writing', 'done', 'build'].includes(state.step.kind)) return state;
			return {...state, history: state.history.slice(0, -1), step: previous, error: undefined};
		}
		case 'outputs': return {...state, outputs: action.outputs};
		case 'write': return {...state, history: [...state.history, state.step], step: {kind: 'writing'}, error: undefined};
		case 'written': return {...state, step: {kind: 'done'}, written: action.files};
		case 'failed': return {...state, step: state.history.at(-1) ?? {kind: 'confirm'}, history: state.history.slice(0, -1), error: action.message};
		case 'reset': return {...state, answers: action.answers, provenance: action.provenance};
		case 'build': return {...state, history: [...state.history, state.step], step: {kind: 'build'}};
	}
}

/** "2 of 7" for the question being asked. */
export function progress(state: WizardState): string {
	if (state.step.kind !== 'question') return '';
	const asked = askedQuestions(state);
	const {id} = state.step;
	return `${asked.indexOf(id) + 1} of ${asked.length}`;
}
