import {describe, expect, it} from 'vitest';
import {architectures, dotnetVersions, imagesWhere, tagExists} from '../source/catalog/catalog.js';
import type {Architecture, OsFamily} from '../source/catalog/types.js';
import {recommend, runtimeFamily} from '../source/engine/recommend.js';
import {allAnswers, subsets, today} from './answers.js';

describe('every combination of answers', () => {
	const combinations = allAnswers();

	it('covers the whole answer space', () => {
		expect(subsets(architectures)).toHaveLength(7);
		expect(combinations).toHaveLength(dotnetVersions().length * 2 * 3 * 3 * 2 * 2 * 4 * 7);
	});

	it('either recommends tags that exist for every requested architecture, or refuses with a way out', () => {
		let recommended = 0;
		for (const answers of combinations) {
			const outcome = recommend(answers, today);
			const label = JSON.stringify(answers);
			if (!outcome.ok) {
				expect(outcome.refusal.message, label).toMatch(/\.$/);
				expect(outcome.refusal.suggestion, label).toMatch(/--[a-z]/);
				continue;
			}
			recommended++;
			const {runtime, build} = outcome.recommendation;
			expect(tagExists(runtime.image.repo, runtime.image.tag), label).toBe(true);
			expect(tagExists('sdk', build.image.tag), label).toBe(true);
			expect(runtime.image.repo, label).toBe(runtimeFamily(answers));
			expect(build.image.repo, label).toBe('sdk');
			expect([runtime.image.dotnet, build.image.dotnet], label).toEqual([answers.dotnet, answers.dotnet]);
			expect([runtime.image.os, build.image.os], label).toEqual([answers.os, answers.os]);
			for (const architecture of answers.arch) expect(runtime.image.architectures, label).toContain(architecture);
			expect(build.image.architectures, label).toEqual(expect.arrayContaining(['amd64', 'arm64']));
			if (answers.deploy === 'aot') for (const architecture of answers.arch) expect(build.image.architectures, label).toContain(architecture);
			expect(runtime.image.composite, label).toBe(answers.startup === 'composite');
			expect(runtime.image.distroless, label).toBe(answers.shell === 'no' && (answers.os === 'ubuntu' || answers.os === 'azurelinux'));
			expect(runtime.image.extra, label).toBe(answers.globalization === 'icu' && (runtime.image.distroless || answers.os === 'alpine'));
			expect(outcome.recommendation.musl, label).toBe(answers.os === 'alpine');
			for (const alternative of outcome.recommendation.alternatives) expect(alternative.runtime, label).not.toBe(runtime.reference);
		}
		expect(recommended).toBeGreaterThan(combinations.length / 4);
	});

	it('refuses a missing image only when the catalog really has none', () => {
		for (const answers of combinations) {
			const outcome = recommend(answers, today);
			if (outcome.ok || outcome.refusal.code === 'combination') continue;
			const distroless = answers.shell === 'no' && (answers.os === 'ubuntu' || answers.os === 'azurelinux');
			const runtimeExists = imagesWhere(image => image.repo === runtimeFamily(answers) && image.dotnet === answers.dotnet && image.os === answers.os as OsFamily
				&& image.distroless === distroless && image.composite === (answers.startup === 'composite')
				&& image.extra === (answers.globalization === 'icu' && (distroless || answers.os === 'alpine'))
				&& answers.arch.every((architecture: Architecture) => image.architectures.includes(architecture)));
			// Where the runtime image exists, only the build side (the SDK) can be what is missing.
			if (runtimeExists.length > 0) expect(`${outcome.refusal.message}`, JSON.stringify(answers)).toMatch(/sdk|Native AOT/);
		}
	});
});
