import type {Rule, RuleHit} from '../finding.js';
import {buildStages, dotnetCommands, finalDotnet, option, startCommand} from '../stage-facts.js';

const selfContainedWords = (words: string[]) => option(words, ['--self-contained', '--sc']) !== undefined && option(words, ['--self-contained', '--sc']) !== 'false'
	|| words.some(word => /^[-/]p(?:roperty)?:(?:PublishAot|SelfContained|PublishSelfContained)=true$/i.test(word));

/** The runtime repository does not fit the app: ASP.NET Core on runtime, a console app on aspnet, `dotnet` on runtime-deps. */
export const runtimeRepository: Rule = {
	code: 'DIW012',
	severity: 'error',
	title: 'Runtime image does not fit the app',
	fix: 'aspnet for an ASP.NET Core app, runtime for a console or worker app, runtime-deps for self-contained and Native AOT apps.',
	check(input) {
		const final = finalDotnet(input.dockerfile);
		if (!final || final.image.repo === 'sdk') return [];
		const {stage, image} = final;
		const range = stage.from.getImageRange() ?? stage.from.getRange();
		const app = input.project?.answers.app;
		const deploy = input.project?.answers.deploy;
		const start = startCommand(stage);
		const hits: RuleHit[] = [];
		if (image.repo === 'runtime-deps') {
			const runsDotnet = start?.words[0] === 'dotnet';
			const publishedSelfContained = buildStages(input.dockerfile).some(build => dotnetCommands(build).some(command => command.verb === 'publish' && selfContainedWords(command.words)));
			if (runsDotnet) hits.push({range: start!.instruction.getRange(), message: `${start!.instruction.getKeyword()} runs "dotnet", but runtime-deps has no .NET runtime: the container cannot start.`, fix: 'Publish self-contained (or Native AOT) and start ./App, or use the runtime/aspnet image.'});
			else if (deploy === 'framework' && !publishedSelfContained) hits.push({range, message: `${input.project!.file} publishes framework-dependent, and runtime-deps has no .NET runtime to run it.`, fix: `Use ${app === 'web' ? 'aspnet' : 'runtime'}:${image.floatingTag}, or publish self-contained (--self-contained).`});
		} else if (image.repo === 'runtime' && app === 'web' && deploy !== 'aot' && deploy !== 'self-contained') {
			hits.push({range, message: `${input.project!.file} is an ASP.NET Core app, and the runtime image has no ASP.NET Core framework: the app fails at start-up.`, fix: `Use aspnet:${image.floatingTag}.`});
		} else if (image.repo === 'aspnet' && app === 'console' && deploy === 'framework') {
			hits.push({range, severity: 'warning', message: `${input.project!.file} is a console app: the aspnet image carries ASP.NET Core, which it never loads.`, fix: `Use runtime:${image.floatingTag} (smaller, fewer packages to patch).`});
		}
		return hits;
	},
};
