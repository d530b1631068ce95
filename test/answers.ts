// Shared builders for tests: a complete set of answers with overrides.
import type {Answers} from '../source/engine/answers.js';
import {recommend, type Recommendation} from '../source/engine/recommend.js';
import type {Refusal} from '../source/engine/refusals.js';

export const today = '2026-11-24';

export const baseAnswers: Answers = {
	dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: ['amd64', 'arm64'],
};

export function recommendationFor(overrides: Partial<Answers>, date = today): Recommendation {
	const outcome = recommend({...baseAnswers, ...overrides}, date);
	if (!outcome.ok) throw new Error(`expected a recommendation, got: ${outcome.refusal.message}`);
	return outcome.recommendation;
}

export function refusalFor(overrides: Partial<Answers>): Refusal {
	const outcome = recommend({...baseAnswers, ...overrides}, today);
	if (outcome.ok) throw new Error(`expected a refusal, got ${outcome.recommendation.runtime.reference}`);
	return outcome.refusal;
}
