// Shared builders for tests: a complete set of answers with overrides.
import {architectures, dotnetVersions} from '../source/catalog/catalog.js';
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

export function subsets<T>(items: readonly T[]): T[][] {
	return items.flatMap((_item, index) => subsets(items.slice(index + 1)).map(rest => [items[index]!, ...rest]).concat([[items[index]!]]))
		.filter((subset, index, all) => all.findIndex(other => other.join() === subset.join()) === index);
}

export function allAnswers(): Answers[] {
	const combinations: Answers[] = [];
	for (const dotnet of dotnetVersions()) {
		for (const app of ['web', 'console'] as const) {
			for (const deploy of ['framework', 'self-contained', 'aot'] as const) {
				for (const startup of ['jit', 'readytorun', 'composite'] as const) {
					for (const shell of ['yes', 'no'] as const) {
						for (const globalization of ['invariant', 'icu'] as const) {
							for (const os of ['ubuntu', 'debian', 'alpine', 'azurelinux'] as const) {
								for (const arch of subsets(architectures)) {
									combinations.push({dotnet, app, deploy, startup, shell, globalization, os, arch});
								}
							}
						}
					}
				}
			}
		}
	}
	return combinations;
}
