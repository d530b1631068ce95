import {recommend, type Outcome} from '../engine/recommend.js';
import {publishFramework, type Project} from '../project/project.js';

/** The newest .NET version a project targets (net8.0;net10.0 → 10.0), if it targets several. */
export function newestTarget(project: Project): string | undefined {
	const versions = (project.frameworks ?? []).flatMap(framework => /^net(\d+\.\d+)$/.exec(framework)?.[1] ?? []);
	if (versions.length < 2) return undefined;
	return versions.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))[0];
}

/**
 * A multi-targeted project restores every framework it targets, so its build stage needs the SDK
 * of the newest one (an older SDK stops with NETSDK1045); it then publishes `-f` the chosen
 * framework onto the chosen runtime image. The build image is swapped for that SDK, in the same
 * distribution and variant; where there is none, a warning says so in one sentence.
 */
export function buildableOutcome(outcome: Outcome, project: Project, today: string): Outcome {
	if (!outcome.ok) return outcome;
	const {recommendation} = outcome;
	const {answers} = recommendation;
	const newest = newestTarget(project);
	if (!newest || Number.parseFloat(newest) <= Number.parseFloat(answers.dotnet)) return outcome;
	const frameworks = project.frameworks!.join(';');
	const newer = recommend({...answers, dotnet: newest}, today);
	if (!newer.ok) {
		const warning = {code: 'target-framework' as const, message: `${project.name} targets ${frameworks}: restore needs the .NET ${newest} SDK, which has no image for these answers, and the .NET ${answers.dotnet} SDK cannot build net${newest} (NETSDK1045). Choose .NET ${newest}, or drop net${newest} from TargetFrameworks.`};
		return {ok: true, recommendation: {...recommendation, warnings: [warning, ...recommendation.warnings]}};
	}
	const {build} = newer.recommendation;
	const reason = `${project.name} targets ${frameworks}: restore needs the .NET ${newest} SDK (the .NET ${answers.dotnet} SDK stops with NETSDK1045), and publish -f ${publishFramework(project, answers.dotnet) ?? `net${answers.dotnet}`} targets the .NET ${answers.dotnet} runtime image`;
	return {ok: true, recommendation: {...recommendation, build: {...build, reasons: [reason, ...build.reasons]}}};
}
