import {platforms} from '../catalog/catalog.js';
import type {Recommendation} from '../engine/recommend.js';

/**
 * Where a buildx result goes: loaded into the local image store (one platform, or several with
 * the containerd image store), pushed to a registry, or written to an OCI archive.
 */
export type BuildOutput = 'load' | 'push' | {oci: string};

export type BuildxOptions = {image: string; output: BuildOutput; dockerfile?: string; context?: string};

export function platformList(recommendation: Recommendation): string {
	return recommendation.answers.arch.map(architecture => platforms[architecture].platform).join(',');
}

/** The exact argv after `docker`, never a shell string. */
export function buildxArguments(recommendation: Recommendation, options: BuildxOptions): string[] {
	const output = options.output === 'load' ? ['--load'] : options.output === 'push' ? ['--push'] : ['--output', `type=oci,dest=${options.output.oci}`];
	return [
		'buildx', 'build',
		'--platform', platformList(recommendation),
		'--tag', options.image,
		...(options.dockerfile ? ['--file', options.dockerfile] : []),
		...output,
		options.context ?? '.',
	];
}

export function buildxCommandLine(recommendation: Recommendation, options: BuildxOptions): string {
	return ['docker', ...buildxArguments(recommendation, options)].join(' ');
}

/**
 * `dotnet publish /t:PublishContainer` for the same choice: -a (or a musl -r) for one architecture;
 * several come from the RuntimeIdentifiers properties. `properties` are passed as -p: so the
 * command works without editing the .csproj (%3B is MSBuild's escaped ";").
 */
export function publishContainerArguments(recommendation: Recommendation, options: {project?: string; framework?: string; properties?: Record<string, string>}): string[] {
	const architectures = recommendation.answers.arch;
	const single = architectures.length === 1
		? recommendation.musl ? ['-r', recommendation.runtimeIdentifiers[0]!] : ['-a', platforms[architectures[0]!].rid]
		: [];
	const properties = Object.entries(options.properties ?? {})
		.filter(([name]) => architectures.length > 1 || name !== 'RuntimeIdentifier')
		.map(([name, value]) => `-p:${name}=${value.replaceAll(';', '%3B')}`);
	return ['publish', ...(options.project ? [options.project] : []), ...(options.framework ? ['-f', options.framework] : []), '-c', 'Release', '/t:PublishContainer', ...single, ...properties];
}

export function splitImage(image: string): [string, string | undefined] {
	const slash = image.lastIndexOf('/');
	const colon = image.lastIndexOf(':');
	return colon > slash ? [image.slice(0, colon), image.slice(colon + 1)] : [image, undefined];
}
