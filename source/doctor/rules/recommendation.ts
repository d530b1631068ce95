import type {Answers} from '../../engine/answers.js';
import {recommend} from '../../engine/recommend.js';
import type {Rule} from '../finding.js';
import {environment, finalDotnet} from '../stage-facts.js';

/** Where the engine, given what the project says, would pick another runtime image: what and why. */
export const recommendation: Rule = {
	code: 'DIW023',
	severity: 'note',
	title: 'We would pick another image',
	fix: 'Run dotnet-image-wizard in the project to see the full recommendation and generate a Dockerfile.',
	check(input) {
		const final = finalDotnet(input.dockerfile);
		const project = input.project;
		if (!final?.image.catalog || !project?.answers.app || final.image.repo === 'sdk') return [];
		const {image} = final;
		const said = project.answers;
		const invariantEnv = environment(final.stage).get('DOTNET_SYSTEM_GLOBALIZATION_INVARIANT')?.value.toLowerCase();
		const answers: Answers = {
			dotnet: said.dotnet ?? image.catalog!.dotnet,
			app: said.app as Answers['app'],
			deploy: (said.deploy as Answers['deploy'] | undefined) ?? (image.repo === 'runtime-deps' ? 'self-contained' : 'framework'),
			startup: (said.startup as Answers['startup'] | undefined) ?? (image.catalog!.composite ? 'composite' : 'jit'),
			shell: image.distroless ? 'no' : 'yes',
			globalization: invariantEnv === 'false' || invariantEnv === '0' ? 'icu' : (said.globalization as Answers['globalization'] | undefined) ?? (image.extra ? 'icu' : 'invariant'),
			os: image.os ?? 'ubuntu',
			arch: input.architectures,
		};
		const outcome = recommend(answers, input.today);
		if (!outcome.ok) return [];
		const picked = outcome.recommendation.runtime.image;
		if (picked.repo === image.repo && (picked.tag === image.catalog!.tag)) return [];
		return [{
			range: final.stage.from.getImageRange() ?? final.stage.from.getRange(),
			message: `for this project we would pick ${picked.repo}:${picked.tag} instead of ${image.repo}:${image.tag}: ${outcome.recommendation.runtime.reasons.join('; ')}.`,
		}];
	},
};
