import {activeCatalog, describeSource} from '../catalog/active.js';
import type {AnswerId} from '../engine/answers.js';
import type {Recommendation} from '../engine/recommend.js';
import type {Provenance} from '../engine/resolve.js';
import {cutList, moreText} from '../grammar/shown-list.js';
import {shownText} from '../grammar/shown-text.js';
import type {ProjectReport} from '../project/project-warnings.js';

const answerLabels: Record<AnswerId, string> = {
	dotnet: '.NET', app: 'app', deploy: 'deploy', startup: 'startup', shell: 'shell', globalization: 'globalization', os: 'os', arch: 'arch',
};

export function tradeoffLines(recommendation: Recommendation): string[] {
	const {tradeoffs} = recommendation;
	return [
		`size        ≈ ${tradeoffs.sizeMb} MB compressed (estimate)`,
		`shell       ${tradeoffs.shell ? `yes, with ${tradeoffs.packageManager}` : 'none, no package manager'}`,
		`user        ${tradeoffs.nonRootByDefault ? 'non-root by default (app, UID 1654)' : 'non-root via USER $APP_UID in the Dockerfile'}`,
		`surface     ${tradeoffs.attackSurface}`,
		`start-up    ${tradeoffs.startup}`,
		`debugging   ${tradeoffs.debugging}`,
	];
}

/** How the project was read, and our runtime image beside the one the SDK would pick. */
export function projectLines(report: ProjectReport): string[] {
	const lines = [report.reader === 'msbuild'
		? `read with MSBuild (dotnet msbuild, as a Release publish evaluates ${report.file})`
		: `read with the XML reader${report.readerReason ? ` (${report.readerReason})` : ''}: imports it cannot follow, SDK defaults and item globs are not seen`];
	if (report.unseen.length > 0) lines.push(`not seen: ${report.unseen.map(entry => shownText(entry)).join('; ')}`);
	if (report.framework) lines.push(`publishes ${report.framework} (-f ${report.framework}) of the project's target frameworks`);
	const {sdk} = report;
	if (sdk?.agrees) lines.push(`the SDK would pick the same image (dotnet publish /t:PublishContainer: ${sdk.sdk})`);
	else if (sdk) {
		lines.push(`the SDK would pick ${sdk.sdk}; we pick ${sdk.ours}${sdk.because.length > 0 ? ` because ${sdk.because.join('; ')}` : ''}`);
		if (sdk.toAgree) lines.push(`to make dotnet publish /t:PublishContainer agree, set ${sdk.toAgree.property}=${sdk.toAgree.value}`);
	} else if (report.reader === 'xml') {
		lines.push('the SDK\'s own pick is not known without MSBuild');
	}
	return lines;
}

/** The human-readable recommendation: short by default, everything with explain. */
export function renderSummary(recommendation: Recommendation, options: {explain: boolean; provenance?: Provenance}): string {
	const {build, runtime, warnings, alternatives, answers} = recommendation;
	const lines = [
		`build    ${build.reference}`,
		`runtime  ${runtime.reference}`,
		`for      ${answers.arch.join(', ')}${recommendation.musl ? ' (musl: ' : ' ('}${recommendation.runtimeIdentifiers.join(', ')})`,
		`support  ${recommendation.support.summary}`,
	];
	if (options.explain) {
		lines.push('', 'Why the runtime image', ...runtime.reasons.map(reason => `  - ${reason}`));
		lines.push('', 'Why the build image', ...build.reasons.map(reason => `  - ${reason}`));
		lines.push('', 'Trade-offs', ...tradeoffLines(recommendation).map(line => `  ${line}`));
		if (recommendation.project) lines.push('', 'Project', ...projectLines(recommendation.project).map(line => `  ${line}`));
		if (options.provenance) {
			lines.push('', 'Answers');
			for (const [id, {source, note}] of Object.entries(options.provenance)) {
				const value = answers[id as AnswerId];
				lines.push(`  ${answerLabels[id as AnswerId].padEnd(14)}${String(value).padEnd(16)}${source}${note ? ` (${shownText(note)})` : ''}`);
			}
		}
		lines.push('', `Catalog  ${describeSource(activeCatalog().source)}`);
	} else {
		lines.push(`size     ≈ ${recommendation.tradeoffs.sizeMb} MB, ${recommendation.tradeoffs.shell ? 'with a shell' : 'no shell'}, ${recommendation.tradeoffs.nonRootByDefault ? 'non-root by default' : 'non-root via USER $APP_UID'}`);
	}
	if (warnings.length > 0) lines.push('', ...warnings.map(warning => `warning: ${warning.message}`));
	if (alternatives.length > 0) {
		lines.push('', 'Alternatives');
		const {shown, more} = cutList(alternatives, options.explain ? alternatives.length : 3);
		for (const alternative of shown) lines.push(`  ${alternative.runtime}  ≈ ${alternative.sizeMb} MB  ${alternative.summary}`);
		if (more > 0) lines.push(`  ${moreText(more, {one: 'alternative', many: 'alternatives', where: '--explain'})}`);
	}
	if (!options.explain) lines.push('', 'More: --explain. Files: --output all, or --write.');
	// Values from the project and the flags are in these lines: each shows its control characters escaped.
	return lines.map(line => shownText(line, {limit: Number.POSITIVE_INFINITY})).join('\n');
}
