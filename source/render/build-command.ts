import {platforms} from '../catalog/catalog.js';
import type {Recommendation} from '../engine/recommend.js';
import {InputError} from '../engine/resolve.js';
import {ociOutput, secretSource} from '../grammar/buildx-output.js';
import {builderNamePattern, pathArgument} from '../grammar/command-argument.js';
import {shellCommand} from '../grammar/posix-shell.js';
import {shownValue} from '../grammar/shown-text.js';
import {nugetSecretId} from './run-mounts.js';

/**
 * Where a buildx result goes: loaded into the local image store (one platform, or several with
 * the containerd image store), pushed to a registry, or written to an OCI archive.
 */
export type BuildOutput = 'load' | 'push' | {oci: string};

/**
 * CI jobs add: pushing by digest alone (one architecture of an index a later job assembles), a
 * build cache, and the metadata file the digest is read from.
 */
export type BuildxOutput = BuildOutput | 'digest';

export type BuildxOptions = {
	image: string; output: BuildxOutput; dockerfile?: string; context?: string; /** a buildx builder instance */ builder?: string;
	/** The NuGet.config with feed credentials, relative to the context: passed as a build secret. */
	nugetSecret?: string;
	/** The platforms to build, when not the recommendation's (one job of a per-architecture CI matrix). */
	platforms?: string;
	/** More tags for the same image. */
	moreTags?: string[];
	cache?: {from: string; to: string};
	metadataFile?: string;
};

/** The image exporter's options that push one platform by digest, under its name and no tag. */
export const pushByDigest = 'type=image,push-by-digest=true,name-canonical=true,push=true';

/**
 * An image that leaves the machine (pushed, or an OCI archive) carries BuildKit's SBOM (an SPDX
 * document of the packages it finds) and SLSA provenance with the full build record. The local
 * image store cannot hold attestations: a loaded image gets none.
 */
export function attestationArguments(output: BuildxOutput): string[] {
	return output === 'load' ? [] : ['--sbom=true', '--provenance=mode=max'];
}

/** `--secret id=nugetconfig,src=FILE`: the same words for buildx, buildah and podman; none without one. */
export function nugetSecretArguments(file: string | undefined): string[] {
	return file === undefined ? [] : ['--secret', secretSource(nugetSecretId, pathArgument(file))];
}

export function platformList(recommendation: Recommendation): string {
	return recommendation.answers.arch.map(architecture => platforms[architecture].platform).join(',');
}

/** A buildx builder instance name, or a one-line refusal naming --builder. */
export function checkBuilderName(name: string): string {
	if (!builderNamePattern.test(name)) throw new InputError(`--builder: ${shownValue(name)} is not a buildx builder name (a letter, then letters, digits, ".", "-" and "_").`);
	return name;
}

/**
 * The exact argv after `docker`, never a shell string. Each value is in buildx's grammar: the tag
 * as given (checked where it is read), the builder a builder name, the OCI destination a CSV field, paths never
 * read as flags.
 */
export function buildxArguments(recommendation: Recommendation, options: BuildxOptions): string[] {
	const output = options.output === 'load' ? ['--load'] : options.output === 'push' ? ['--push'] : options.output === 'digest' ? ['--output', pushByDigest] : ['--output', ociOutput(options.output.oci)];
	return [
		'buildx', 'build',
		...(options.builder ? ['--builder', checkBuilderName(options.builder)] : []),
		'--platform', options.platforms ?? platformList(recommendation),
		'--tag', options.image,
		...(options.moreTags ?? []).flatMap(tag => ['--tag', tag]),
		...(options.dockerfile ? ['--file', pathArgument(options.dockerfile)] : []),
		...nugetSecretArguments(options.nugetSecret),
		...attestationArguments(options.output),
		...output,
		...(options.cache ? ['--cache-from', options.cache.from, '--cache-to', options.cache.to] : []),
		...(options.metadataFile ? ['--metadata-file', pathArgument(options.metadataFile)] : []),
		pathArgument(options.context ?? '.'),
	];
}

/** `docker buildx imagetools create`: one multi-platform index, with these tags, from images pushed by digest. */
export function imagetoolsCreateArguments(tags: string[], sources: string[]): string[] {
	return ['buildx', 'imagetools', 'create', ...tags.flatMap(tag => ['--tag', tag]), ...sources];
}

/**
 * The registry a person names before pushing, where the image name has none: a word for a
 * Dockerfile engine, a host name for the SDK, which reads an image's first part as a registry host.
 */
export function registryPlaceholder(engine: 'dockerfile' | 'sdk' = 'dockerfile'): string {
	return engine === 'sdk' ? 'registry.example.com' : 'REGISTRY';
}

/**
 * The image a printed push command names: the image as given when it says where it goes (a
 * registry or a namespace), else under the placeholder, never a bare name that would go to
 * Docker Hub's library namespace.
 */
export function imageToPush(image: string, placeholder = registryPlaceholder()): string {
	return image.includes('/') ? image : `${placeholder}/${image}`;
}

/** The buildx command as one line to paste into a POSIX shell: every argument quoted as it needs. */
export function buildxCommandLine(recommendation: Recommendation, options: BuildxOptions): string {
	return shellCommand(['docker', ...buildxArguments(recommendation, options)]);
}

/**
 * The buildx command a person is told to run (the Dockerfile's `# Build:` line, the command
 * line's `Build:` hint): one platform loaded locally, or every platform pushed, under the
 * registry placeholder when the image names none.
 */
export function shownBuildxLine(recommendation: Recommendation, options: Omit<BuildxOptions, 'output'>): string {
	const push = recommendation.answers.arch.length > 1;
	return buildxCommandLine(recommendation, {...options, image: push ? imageToPush(options.image) : options.image, output: push ? 'push' : 'load'});
}

/** What the person must do before running a shown push command, when it names the placeholder. */
export function placeholderNote(recommendation: Recommendation, image: string): string | undefined {
	return recommendation.answers.arch.length > 1 && imageToPush(image) !== image ? `replace ${registryPlaceholder()} with your registry: the build pushes the image there` : undefined;
}

/**
 * `dotnet publish /t:PublishContainer` for the same choice: -a (or a musl -r) for one architecture;
 * several come from the RuntimeIdentifiers properties, which the sdk engine passes as -p: values.
 */
export function publishContainerArguments(recommendation: Recommendation, options: {project?: string; framework?: string}): string[] {
	const architectures = recommendation.answers.arch;
	const single = architectures.length === 1
		? recommendation.musl ? ['-r', recommendation.runtimeIdentifiers[0]!] : ['-a', platforms[architectures[0]!].rid]
		: [];
	return ['publish', ...(options.project ? [options.project] : []), ...(options.framework ? ['-f', options.framework] : []), '-c', 'Release', '/t:PublishContainer', ...single];
}

/** An image reference as [name (with its registry), tag]: the tag is what follows the last ":" after the last "/". */
export function splitImage(image: string): [string, string | undefined] {
	const slash = image.lastIndexOf('/');
	const colon = image.lastIndexOf(':');
	return colon > slash ? [image.slice(0, colon), image.slice(colon + 1)] : [image, undefined];
}
