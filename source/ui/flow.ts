import type {AnswerId, Answers} from '../engine/answers.js';
import {questions} from '../engine/questions.js';
import {recommend, type Outcome} from '../engine/recommend.js';
import type {Provenance} from '../engine/resolve.js';
import {fileKinds} from '../render/files.js';
import type {Output} from '../session/planned-files.js';

/** One screen of the wizard. */
export type Step =
	| {kind: 'project'}
	/** Known answers (detected or saved): take them to the summary, or review each question. */
	| {kind: 'start'}
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

/** One answered question, as the record above the screen keeps it; `at`: where its question stands in the history. */
export type Answered = {key: number; id: AnswerId; value: Answers[AnswerId]; at: number};

export type WizardState = {
	today: string;
	answers: Answers;
	provenance: Provenance;
	/** The answers and their sources before anything was chosen here: their marks stay on the options. */
	origin: {answers: Answers; provenance: Provenance};
	/** Answers given as flags: not asked again. */
	fixed: AnswerId[];
	needsProject: boolean;
	history: Step[];
	step: Step;
	outputs: Output[];
	written: string[];
	/** Each answer given here, in order. */
	record: Answered[];
	/** A question reached from the summary goes back to the summary once answered. */
	returnToSummary: boolean;
	error?: string;
};

export type Action =
	| {type: 'project-chosen'}
	| {type: 'start'; review: boolean}
	| {type: 'answer'; id: AnswerId; value: Answers[AnswerId]}
	/** To a question from the summary; `value` is a fix's answer, preselected ("without Arm32"). */
	| {type: 'jump'; id: AnswerId; value?: Answers[AnswerId]}
	| {type: 'next'}
	| {type: 'details'}
	| {type: 'back'}
	| {type: 'outputs'; outputs: Output[]}
	| {type: 'write'}
	| {type: 'written'; files: string[]}
	| {type: 'failed'; message: string}
	| {type: 'reset'; answers: Answers; provenance: Provenance}
	| {type: 'build'}
	| {type: 'built'};

export const defaultOutputs: Output[] = [...fileKinds.filter(kind => kind !== 'csproj' && kind !== 'compose'), 'config'];

type Input = {today: string; answers: Answers; provenance: Provenance; fixed: AnswerId[]; needsProject: boolean; outputs?: Output[]};

export function initialState(input: Input): WizardState {
	const {outputs = defaultOutputs, ...rest} = input;
	const base: WizardState = {...rest, origin: {answers: input.answers, provenance: input.provenance}, history: [], outputs, written: [], record: [], returnToSummary: false, step: {kind: 'summary'}};
	return {...base, step: input.needsProject ? {kind: 'project'} : opening(base)};
}

/** Questions that apply to the answers so far, minus those fixed by flags. */
export function askedQuestions(state: Pick<WizardState, 'answers' | 'fixed'>): AnswerId[] {
	return questions.filter(question => !state.fixed.includes(question.id) && question.applies(state.answers)).map(question => question.id);
}

/** Whether some question to ask already has an answer from the project or a saved file. */
export function hasKnownAnswers(state: Pick<WizardState, 'answers' | 'fixed' | 'provenance'>): boolean {
	return askedQuestions(state).some(id => ['detected', 'config'].includes(state.provenance[id].source));
}

function firstQuestion(state: Pick<WizardState, 'answers' | 'fixed'>): Step {
	const [first] = askedQuestions(state);
	return first ? {kind: 'question', id: first} : {kind: 'summary'};
}

function opening(state: WizardState): Step {
	const first = firstQuestion(state);
	return first.kind === 'question' && hasKnownAnswers(state) ? {kind: 'start'} : first;
}

function stepAfter(state: WizardState): Step {
	const {step} = state;
	switch (step.kind) {
		case 'project': return opening(state);
		case 'question': {
			if (state.returnToSummary) return {kind: 'summary'};
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
			if (state.step.kind !== 'question' || state.step.id !== action.id) return state;
			// An answer kept as it was keeps where it came from (detected, saved, default); a changed one was chosen here.
			const kept = JSON.stringify(state.origin.answers[action.id]) === JSON.stringify(action.value);
			const provenance = {...state.provenance, [action.id]: kept ? state.origin.provenance[action.id] : {source: 'flag' as const, note: 'chosen here'}};
			const record = [...state.record, {key: (state.record.at(-1)?.key ?? -1) + 1, id: action.id, value: action.value, at: state.history.length}];
			const next = forward({...state, answers: {...state.answers, [action.id]: action.value}, provenance, record});
			return next.step.kind === 'summary' ? {...next, returnToSummary: false} : next;
		}
		case 'start':
			if (state.step.kind !== 'start') return state;
			return {...state, history: [...state.history, state.step], step: action.review ? firstQuestion(state) : {kind: 'summary'}};
		case 'jump':
			if (state.step.kind !== 'summary') return state;
			return {...state, ...(action.value === undefined ? {} : {answers: {...state.answers, [action.id]: action.value}}), history: [...state.history, state.step], step: {kind: 'question', id: action.id}, returnToSummary: true};
		case 'project-chosen':
		case 'next':
			if (!['project', 'summary', 'files', 'preview'].includes(state.step.kind)) return state;
			if (state.step.kind === 'summary' && !outcomeOf(state).ok) return state;
			if (state.step.kind === 'files' && state.outputs.length === 0) return state;
			return forward(state);
		case 'details':
			if (state.step.kind !== 'summary' || !outcomeOf(state).ok) return state;
			return {...state, history: [...state.history, state.step], step: {kind: 'details'}};
		case 'back': {
			const previous = state.history.at(-1);
			if (!previous || ['writing', 'done', 'build'].includes(state.step.kind)) return state;
			// The answer given on the step gone back to, and those after it, leave the record: it holds the answers that stand.
			const history = state.history.slice(0, -1);
			const record = state.record.filter(answered => answered.at < history.length);
			return {...state, history, record, step: previous, error: undefined, returnToSummary: previous.kind === 'summary' ? false : state.returnToSummary};
		}
		case 'outputs': return {...state, outputs: action.outputs};
		case 'write': return {...state, history: [...state.history, state.step], step: {kind: 'writing'}, error: undefined};
		case 'written': return {...state, step: {kind: 'done'}, written: action.files};
		case 'failed': return {...state, step: state.history.at(-1) ?? {kind: 'confirm'}, history: state.history.slice(0, -1), error: action.message};
		case 'reset': return {...state, answers: action.answers, provenance: action.provenance, origin: {answers: action.answers, provenance: action.provenance}};
		case 'build': return state.step.kind === 'done' ? {...state, history: [...state.history, state.step], step: {kind: 'build'}} : state;
		case 'built': return state.step.kind === 'build' ? {...state, history: state.history.slice(0, -1), step: {kind: 'done'}} : state;
	}
}

/** "2 of 7" for the question being asked. */
export function progress(state: WizardState): string {
	if (state.step.kind !== 'question') return '';
	const asked = askedQuestions(state);
	const {id} = state.step;
	const index = asked.indexOf(id);
	return index === -1 ? '' : `${index + 1} of ${asked.length}`;
}
