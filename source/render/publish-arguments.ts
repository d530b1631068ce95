import type {Recommendation} from '../engine/recommend.js';

/** MSBuild properties the publish needs, shared by the Dockerfile, zerops.yml and csproj renderers. */
export function publishProperties(recommendation: Recommendation): Record<string, string> {
	const {answers} = recommendation;
	const properties: Record<string, string> = {};
	if (answers.deploy === 'aot') properties.PublishAot = 'true';
	if (answers.deploy === 'self-contained') properties.SelfContained = 'true';
	if (answers.deploy !== 'aot' && answers.startup !== 'jit') properties.PublishReadyToRun = 'true';
	properties.InvariantGlobalization = answers.globalization === 'invariant' ? 'true' : 'false';
	return properties;
}

/**
 * `-p:Name=value` arguments, for properties that change what restore must fetch as well: a
 * self-contained publish needs the runtime packs restored for it (else NETSDK1112).
 */
export function restoreProperties(recommendation: Recommendation): string[] {
	const properties = publishProperties(recommendation);
	return ['PublishAot', 'SelfContained', 'PublishReadyToRun'].filter(name => properties[name]).map(name => `-p:${name}=true`);
}

/**
 * Restore evaluates the project as the publish does: the Dockerfile publishes Release with
 * --no-restore, and a package referenced only under Configuration=='Release' must be restored.
 */
export const restoreConfiguration = '-p:Configuration=Release';
