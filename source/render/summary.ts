import {activeCatalog, describeSource} from '../catalog/active.js';
import type {AnswerId} from '../engine/answers.js';
import type {Recommendation} from '../engine/recommend.js';
import type {Provenance} from '../engine/resolve.js';

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
		if (options.provenance) {
			lines.push('', 'Answers');
			for (const [id, {source, note}] of Object.entries(options.provenance)) {
				const value = answers[id as AnswerId];
				lines.push(`  ${answerLabels[id as AnswerId].padEnd(14)}${String(value).padEnd(16)}${source}${note ? ` (${note})` : ''}`);
			}
		}
		lines.push('', `Catalog  ${describeSource(activeCatalog().source)}`);
	} else {
		lines.push(`size     ≈ ${recommendation.tradeoffs.sizeMb} MB, ${recommendation.tradeoffs.shell ? 'with a shell' : 'no shell'}, ${recommendation.tradeoffs.nonRootByDefault ? 'non-root by default' : 'non-root via USER $APP_UID'}`);
	}
	if (warnings.length > 0) lines.push('', ...warnings.map(warning => `warning: ${warning.message}`));
	if (alternatives.length > 0) {
		lines.push('', 'Alternatives');
		for (const alternative of options.explain ? alternatives : alternatives.slice(0, 3)) {
			lines.push(`  ${alternative.runtime}  ≈ ${alternative.sizeMb} MB  ${alternative.summary}`);
		}
	}
	if (!options.explain) lines.push('', 'More: --explain. Files: --output all, or --write.');
	return lines.join('\n');
}
