import process from 'node:process';
import {platforms} from '../../catalog/catalog.js';
import type {Recommendation} from '../../engine/recommend.js';
import {InputError} from '../../engine/resolve.js';
import {imageToBuild} from '../../grammar/image-name.js';
import {msbuildPropertyArgument} from '../../grammar/msbuild.js';
import {formatImageReference} from '../../grammar/oci-reference.js';
import {publishContainerArguments, splitImage} from '../../render/build-command.js';
import {containerProperties, listProperties} from '../../render/csproj.js';
import {mirrored, registryOf} from '../base-registry.js';
import {PreflightError} from '../preflight-error.js';
import {probe} from '../probe.js';
import {atLeast, parseVersion} from './version.js';
import {imagePlatforms, reachRegistry} from './registry-probe.js';
import type {BuildRequest, Engine, EngineCommands, PreflightContext} from './engine.js';

// The -p: grammar lives in grammar/msbuild.ts; these names stay for the tests and callers that use them.
export {msbuildList, msbuildValue} from '../../grammar/msbuild.js';

/** `-p:Name=value`, a list property (RuntimeIdentifiers …) in the quoted form MSBuild splits into items. */
export function propertyArgument(name: string, value: string): string {
	return msbuildPropertyArgument(name, listProperties.has(name) ? value.split(';') : value);
}

/** The registries to speak plain HTTP to, in the SDK's own variable (it also always allows localhost). */
function insecureRegistries(request: BuildRequest, pushRegistry: string | undefined): Record<string, string> {
	if (!request.insecure) return {};
	const hosts = [pushRegistry, request.baseRegistry ? registryOf(`${request.baseRegistry}/x`) : undefined].filter((host): host is string => Boolean(host));
	const existing = request.environment['DOTNET_CONTAINER_INSECURE_REGISTRIES']?.split(';').filter(Boolean) ?? [];
	const all = [...new Set([...existing, ...hosts])];
	return all.length > 0 ? {DOTNET_CONTAINER_INSECURE_REGISTRIES: all.join(';')} : {};
}

function commands(request: BuildRequest): EngineCommands {
	const {recommendation, output} = request;
	// The same split as container.props: ContainerRegistry / ContainerRepository / ContainerImageTag.
	const image = imageToBuild(request.image, '--image');
	const {registry} = image;
	const tag = image.tag ?? 'latest';
	if (output === 'push' && !registry) {
		const example = formatImageReference({registry: 'registry.example.com', repository: image.repository, tag});
		// When the SDK was not asked for, the message says why it builds: the user never passed --engine sdk.
		throw new InputError(request.fallback
			? `--push needs a registry in --image, like ${example}, when the .NET SDK builds; it builds here because no other engine can (${request.fallback}): add the registry, or name another engine with --engine.`
			: `--push with --engine sdk needs a registry in --image, like ${example}.`);
	}
	const single = recommendation.answers.arch.length === 1;
	const {ContainerRegistry: _registry, ContainerImageTag: _tag, ...imageProperties} = containerProperties(recommendation, request.image);
	const properties: Record<string, string> = {
		...imageProperties,
		ContainerBaseImage: mirrored(recommendation.runtime.reference, request.baseRegistry),
		ContainerImageTag: tag,
		// Without ContainerRegistry the SDK loads the image into the local Docker or Podman.
		...(registry && output === 'push' ? {ContainerRegistry: registry} : {}),
		...(typeof output === 'object' ? {ContainerArchiveOutputPath: output.oci} : {}),
	};
	const args = [
		...publishContainerArguments(recommendation, {...(request.projectFile ? {project: request.projectFile} : {}), ...(request.framework ? {framework: request.framework} : {})}),
		...Object.entries(properties)
			.filter(([name]) => !(single && name === 'RuntimeIdentifier'))
			.map(([name, value]) => propertyArgument(name, value)),
	];
	return {
		steps: [{command: 'dotnet', args}],
		env: {DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', ...insecureRegistries(request, output === 'push' ? registry : undefined)},
	};
}

/** Multi-platform container images (ContainerRuntimeIdentifiers) came with these SDKs. */
function multiPlatformSupported(version: string): boolean {
	const [major = 0] = parseVersion(version) ?? [];
	if (major === 8) return atLeast(version, '8.0.405');
	if (major === 9) return atLeast(version, '9.0.102');
	return major >= 10;
}

async function registryReachable(host: string, request: BuildRequest, what: string): Promise<'https' | 'http'> {
	// The SDK always speaks plain HTTP to localhost; elsewhere only when told (--insecure).
	const allowHttp = request.insecure || host === 'localhost' || host.startsWith('localhost:');
	const reach = await reachRegistry(host, allowHttp);
	if (reach.ok) return reach.scheme;
	if (reach.httpOnly) throw new PreflightError(`${what} ${host} answers only plain HTTP, which the SDK refuses unless told: pass --insecure (it sets DOTNET_CONTAINER_INSECURE_REGISTRIES), or serve it over HTTPS.`);
	throw new PreflightError(`cannot reach ${what} ${host} (${reach.reason}): check that it runs and that the name and port are right.`);
}

/** The C library this machine's programs link against: Native AOT links with it. */
export function hostLibc(): 'glibc' | 'musl' {
	const header = (process.report?.getReport() as {header?: {glibcVersionRuntime?: string}} | undefined)?.header;
	return header?.glibcVersionRuntime ? 'glibc' : 'musl';
}

/**
 * Why `dotnet publish /t:PublishContainer` on this machine cannot give the image the Dockerfile
 * gives, or undefined when it can. Native AOT links with the machine's own C library.
 */
export function sdkLimitation(recommendation: Recommendation, libc: 'glibc' | 'musl'): string | undefined {
	if (recommendation.answers.deploy !== 'aot') return undefined;
	const target = recommendation.musl ? 'musl' : 'glibc';
	if (target === libc) return undefined;
	return `Native AOT for ${target === 'musl' ? 'Alpine (musl)' : 'a glibc distribution'} cannot be published by the SDK on this ${libc} machine, since it links with the machine's C library: use --engine docker, podman or buildah (the Dockerfile compiles in the matching sdk image)${target === 'musl' ? ', or --os ubuntu' : ''}.`;
}

async function preflight({request, version}: PreflightContext): Promise<string[]> {
	const {recommendation} = request;
	const limitation = sdkLimitation(recommendation, hostLibc());
	if (limitation) throw new PreflightError(limitation);
	// The SDK of the build image: a multi-targeted project needs the one of its newest framework.
	const needed = Number.parseInt(recommendation.build.image.dotnet || recommendation.answers.dotnet, 10);
	const [major = 0] = parseVersion(version) ?? [];
	if (!(major >= needed)) throw new PreflightError(`the installed .NET SDK ${version} cannot build .NET ${needed}.0: install SDK ${needed}.0 or later, or use --engine docker, podman or buildah, which build inside the sdk image.`);
	const multiPlatform = recommendation.answers.arch.length > 1;
	if (multiPlatform && !multiPlatformSupported(version)) {
		throw new PreflightError(`the installed .NET SDK ${version} cannot publish a multi-platform image (ContainerRuntimeIdentifiers needs SDK 8.0.405, 9.0.102 or later): update the SDK, or build one --arch at a time.`);
	}
	const notes: string[] = [];
	// dotnet publish restores here, reading NuGet.config where it is: nothing to pass as a secret.
	if (request.nugetSecret) notes.push(`${request.nugetSecret} holds feed credentials: the .NET SDK restores on this machine and reads it in place, so no build secret is needed (and none reaches the image).`);
	if (recommendation.answers.deploy === 'aot' && multiPlatform) {
		notes.push('Native AOT publishes with this machine\'s C toolchain: a foreign architecture needs its cross toolchain installed here.');
	}
	if (request.output === 'push') {
		const {registry} = imageToBuild(request.image, '--image');
		if (registry) await registryReachable(registry, request, 'the registry');
	}
	if (request.baseRegistry) {
		const reference = mirrored(recommendation.runtime.reference, request.baseRegistry);
		const host = registryOf(reference)!;
		const scheme = await registryReachable(host, request, 'the base-image registry');
		// A pinned reference (tag@sha256:…) is checked by its tag, the digest being what the registry served for it.
		const [repository, tag = 'latest'] = splitImage(reference.slice(host.length + 1).replace(/@.*$/, ''));
		const available = await imagePlatforms(`${scheme}://${host}`, repository, tag).catch((error: Error) => {
			throw new PreflightError(`cannot read the base image ${reference} (${error.message}): check --base-registry.`);
		});
		if (!available) throw new PreflightError(`the base image ${reference} is not in ${host}: mirror ${recommendation.runtime.reference} there, or leave out --base-registry.`);
		const missing = recommendation.answers.arch.map(architecture => platforms[architecture].platform).filter(platform => !available.includes(platform));
		if (missing.length > 0) throw new PreflightError(`the base image ${reference} has no ${missing.join(', ')} image (it has ${available.join(', ') || 'none'}): mirror every platform of ${recommendation.runtime.reference}, or leave ${missing.length === 1 ? 'that architecture' : 'those architectures'} out of --arch.`);
	}
	if (request.output === 'load') {
		const docker = await probe('docker', ['info', '--format', '{{.ServerVersion}}']);
		const podman = docker.ok ? docker : await probe('podman', ['--version']);
		if (!podman.ok) throw new PreflightError('the SDK loads the image into Docker or Podman, and neither is running here: pass --push with a registry in --image, or --oci FILE for an archive.');
	}
	return notes;
}

/** `dotnet --version` in a folder whose global.json pins an SDK that is not installed. */
function versionFailure(output: string): string | undefined {
	if (!/A compatible \.NET SDK was not found/.test(output)) return undefined;
	const requested = /Requested SDK version: (\S+)/.exec(output)?.[1];
	const file = /global\.json file: (.+)/.exec(output)?.[1]?.trim();
	return `${file ?? 'global.json'} asks for .NET SDK ${requested ?? 'a version'} that is not installed: install it, or change its "version" or "rollForward" to match an installed SDK (dotnet --list-sdks).`;
}

/** dotnet publish /t:PublishContainer: no Dockerfile; the same base image and properties as -p: values. */
export const sdk: Engine = {
	name: 'sdk',
	title: 'the .NET SDK',
	program: 'dotnet',
	versionArgs: ['--version'],
	missing: 'the .NET SDK (dotnet) is not installed: install the .NET SDK, or use --engine docker, podman or buildah, which build inside the sdk image.',
	versionFailure,
	commands,
	preflight,
};
