import {supportStatus} from '../catalog/lifecycle.js';
import type {AnswerId, Answers} from '../engine/answers.js';
import {questionFor, questions, type Option} from '../engine/questions.js';
import {recommend} from '../engine/recommend.js';
import type {Provenance} from '../engine/resolve.js';
import {answerPhrase, sourceMark} from './answer-words.js';

/** An option as it stands with the answers so far. */
export type OptionState = Option & {
	/** Why it cannot work with the earlier answers, whatever comes later; absent when it can. */
	disabled?: string;
	/** A consequence worth knowing before choosing it ("keeps a shell" after "no shell"). */
	tag?: string;
	/** The option the tool would pick for these answers. */
	recommended: boolean;
	/** Why the tool recommends it over what the project says (the project's .NET is past end of support). */
	recommendedBecause?: string;
};

/** The answers before anything was chosen in the session, and where each came from. */
export type Origin = {answers: Answers; provenance: Provenance};

/** Short names for the questions, as a fix says them: "Change distribution: Ubuntu / Alpine". */
export const topics: Record<AnswerId, string> = {
	dotnet: '.NET version',
	app: 'app kind',
	deploy: 'publishing',
	startup: 'start-up',
	shell: 'shell',
	globalization: 'globalization',
	os: 'distribution',
	arch: 'architectures',
};

const order = questions.map(question => question.id);
const later = (id: AnswerId) => order.slice(order.indexOf(id) + 1);

/** The value itself, or each single change of one later answer, works. */
function canWork(answers: Answers, id: AnswerId, today: string): boolean {
	if (recommend(answers, today).ok) return true;
	return later(id).some(next => candidatesFor(next, answers, today).some(value => recommend({...answers, [next]: value}, today).ok));
}

function candidatesFor(id: AnswerId, answers: Answers, today: string): Array<Answers[AnswerId]> {
	const values = questionFor(id).options(answers, today).map(option => option.value);
	return id === 'arch' ? values.map(value => [value]) as Array<Answers[AnswerId]> : values as Array<Answers[AnswerId]>;
}

const valuesOf = (value: Answers[AnswerId] | string): string[] => (Array.isArray(value) ? value : String(value).split(','));

/**
 * What the tool recommends for one question: what the project says (the detected answer), unless
 * a rule says otherwise, and then why; with nothing detected, the question's default.
 */
function recommendedFor(id: AnswerId, states: Array<Omit<OptionState, 'recommended'>>, answers: Answers, origin: Origin | undefined, today: string): {values: string[]; because?: string} {
	const fallback = {values: valuesOf(questionFor(id).defaultValue(answers, today))};
	if (origin?.provenance[id]?.source !== 'detected') return fallback;
	const detected = origin.answers[id];
	const values = valuesOf(detected);
	const phrase = answerPhrase(id, detected as never);
	if (!values.every(value => states.some(state => state.value === value && !state.disabled))) {
		return {...fallback, because: `the project's ${phrase} cannot work with the answers above`};
	}
	if (id === 'dotnet' && supportStatus(String(detected), today).phase === 'eol') {
		return {...fallback, because: `the project's ${phrase} is past end of support: retarget it`};
	}
	return {values};
}

/**
 * The options of one question, each checked against the other answers: disabled (with the
 * engine's reason) when no change to a later answer could make it work, tagged when it would
 * undo an earlier answer, and the recommended one marked: the detected answer unless a rule
 * says otherwise (see recommendedFor).
 */
export function optionStates(id: AnswerId, answers: Answers, today: string, origin?: Origin): OptionState[] {
	const question = questionFor(id);
	const states = question.options(answers, today).map(option => {
		const value = (id === 'arch' ? [option.value] : option.value) as Answers[AnswerId];
		const candidate = {...answers, [id]: value} as Answers;
		const outcome = recommend(candidate, today);
		const disabled = !outcome.ok && !canWork(candidate, id, today) ? outcome.refusal.message : undefined;
		const keepsShell = id !== 'shell' && answers.shell === 'no' && outcome.ok && outcome.recommendation.tradeoffs.shell;
		return {
			...option,
			...(disabled ? {disabled} : {}),
			...(keepsShell ? {tag: 'keeps a shell'} : {}),
		};
	});
	const {values, because} = recommendedFor(id, states, answers, origin, today);
	return states.map(state => {
		const recommended = values.includes(state.value);
		return {...state, recommended, ...(recommended && because ? {recommendedBecause: because} : {})};
	});
}

/**
 * An option's marks, as both faces show them: where the answer came from ("detected:
 * PublishAot true", "saved") on the option that holds it, and "recommended" (with the reason
 * when it is not what the project says).
 */
export function optionMarks(id: AnswerId, state: OptionState, origin: Origin): string[] {
	const mark = sourceMark(origin.provenance[id]);
	const held = valuesOf(origin.answers[id]).includes(state.value);
	return [
		...(mark && mark !== 'recommended' && held ? [mark] : []),
		...(state.recommended ? [state.recommendedBecause ? `recommended: ${state.recommendedBecause}` : 'recommended'] : []),
	];
}

/** A way out of a refusal: one question and the values of it that would work with the other answers. */
export type Fix = {id: AnswerId; topic: string; values: Array<{value: Answers[AnswerId]; label: string}>};

/** For answers the engine refuses, every question whose change alone would make them work. */
export function fixesFor(answers: Answers, today: string, asked: AnswerId[], cannotBuild: (id: AnswerId, value: string) => boolean = () => false): Fix[] {
	const fixes: Fix[] = [];
	for (const id of asked) {
		const question = questionFor(id);
		const options = question.options(answers, today);
		const tries: Array<{value: Answers[AnswerId]; label: string}> = id === 'arch'
			? answers.arch.map(drop => ({value: answers.arch.filter(architecture => architecture !== drop), label: `without ${options.find(option => option.value === drop)?.label ?? drop}`})).filter(entry => entry.value.length > 0)
			: options.filter(option => option.value !== answers[id]).map(option => ({value: option.value as Answers[AnswerId], label: option.label}));
		// A fix is a version still supported that the project can build, not merely one the engine accepts.
		const working = tries.filter(entry => {
			const outcome = recommend({...answers, [id]: entry.value} as Answers, today);
			return outcome.ok && !(id === 'dotnet' && (!outcome.recommendation.support.supported || cannotBuild(id, String(entry.value))));
		});
		if (working.length > 0) fixes.push({id, topic: topics[id], values: working});
	}
	return fixes;
}
