import {platforms} from '../../catalog/catalog.js';
import {nugetSecretArguments, platformList} from '../../render/build-command.js';
import type {DockerfileDialect} from '../../render/dockerfile-dialect.js';
import {hostArchitecture} from '../build-machine.js';
import {PreflightError} from '../preflight-error.js';
import {firstLine, probe} from '../probe.js';
import {atLeast} from './version.js';
import type {BuildRequest, BuildStep, EngineCommands, PreflightContext} from './engine.js';

/**
 * What buildah and podman share: both build into containers/storage and take the same build,
 * manifest and push flags. Their own environment variables are honoured by turning them into
 * flags on every call, since not every subcommand reads them (STORAGE_DRIVER → --storage-driver,
 * BUILDAH_ISOLATION → --isolation); storage.conf and registries.conf they read themselves.
 */
export type ContainersTool = {
	program: 'buildah' | 'podman';
	copyLinkSince: string;
	/** RUN --mount=type=cache and type=secret, as this tool relies on them */
	runMountsSince: string;
	/** `build --sbom`: buildah 1.31, podman 4.6 (it runs a scanner image, syft by default). */
	sbomSince: string;
};

/** What an image that leaves the machine carries from this engine: buildx's SBOM and provenance have no full equivalent here. */
export function attestationNote(tool: ContainersTool, version: string): string {
	const sbom = atLeast(version, tool.sbomSince)
		? `${tool.program} ${version} can add an SBOM with "build --sbom syft", which runs a scanner image (not passed: it pulls ghcr.io/anchore/syft)`
		: `${tool.program} ${version} makes no SBOM (build --sbom came with ${tool.program} ${tool.sbomSince})`;
	return `${sbom}, and ${tool.program} makes no provenance attestation: build with --engine docker for both.`;
}

function globalFlags(request: BuildRequest): string[] {
	const driver = request.environment['STORAGE_DRIVER'];
	return driver ? ['--storage-driver', driver] : [];
}

const tlsFlags = (request: BuildRequest) => (request.insecure ? ['--tls-verify=false'] : []);

/**
 * Layer caching, so that a rebuild after a code change reuses the restore layer: podman caches
 * layers by default, buildah only with --layers. On vfs storage every cached layer is a full copy
 * of the file system (the sdk image's ~900 MB), which costs more than it saves: there buildah
 * builds without it and restore reruns from the NuGet cache mount (measured: see the README).
 */
export function layerFlags(tool: ContainersTool, request: BuildRequest): string[] {
	return tool.program === 'buildah' && request.environment['STORAGE_DRIVER'] !== 'vfs' ? ['--layers'] : [];
}

export function containersCommands(tool: ContainersTool, request: BuildRequest): EngineCommands {
	const run = (args: string[], mayFail = false): BuildStep => ({command: tool.program, args: [...globalFlags(request), ...args], ...(mayFail ? {mayFail} : {})});
	const multiPlatform = request.recommendation.answers.arch.length > 1;
	const isolation = request.environment['BUILDAH_ISOLATION'];
	const steps: BuildStep[] = [];
	// --manifest adds to an existing list of that name: start from an empty one, as --tag replaces.
	if (multiPlatform) steps.push(run(['manifest', 'rm', request.image], true));
	steps.push(run([
		'build',
		...(isolation ? ['--isolation', isolation] : []),
		...layerFlags(tool, request),
		'--platform', platformList(request.recommendation),
		...(multiPlatform ? ['--manifest', request.image] : ['--tag', request.image]),
		...tlsFlags(request),
		...(request.dockerfile ? ['--file', request.dockerfile] : []),
		...(request.ignoreFile ? ['--ignorefile', request.ignoreFile] : []),
		...nugetSecretArguments(request.nugetSecret),
		'.',
	]));
	const push = multiPlatform ? ['manifest', 'push', '--all'] : ['push'];
	if (request.output === 'push') steps.push(run([...push, ...tlsFlags(request), request.image, `docker://${request.image}`]));
	if (typeof request.output === 'object') steps.push(run([...push, request.image, `oci-archive:${request.output.oci}`]));
	return {steps, env: {}};
}

export function containersDialect(tool: ContainersTool): (version: string) => DockerfileDialect {
	return version => ({copyLink: atLeast(version, tool.copyLinkSince), runMounts: atLeast(version, tool.runMountsSince)});
}


export async function containersPreflight(tool: ContainersTool, {request, version}: PreflightContext): Promise<string[]> {
	const {recommendation} = request;
	const info = await probe(tool.program, [...globalFlags(request), 'info']);
	if (/database configuration mismatch/.test(info.stderr)) {
		throw new PreflightError(`${tool.program}'s database was made with another storage driver than this run's (${firstLine(info.stderr)}): build with the STORAGE_DRIVER it was made with, or start afresh with "${tool.program} system reset" (it removes every image and container).`);
	}
	if (!info.ok) throw new PreflightError(`${tool.program} info failed (${firstLine(info.stderr) || 'no output'}): check its storage configuration, e.g. STORAGE_DRIVER=vfs where overlay is not available.`);
	const foreign = recommendation.answers.arch.filter(architecture => architecture !== hostArchitecture());
	const notes: string[] = [];
	if (request.output !== 'load') notes.push(attestationNote(tool, version));
	if (tool.program === 'buildah' && request.environment['STORAGE_DRIVER'] === 'vfs') notes.push('no --layers on vfs storage: each cached layer would be a full copy of the file system, slower than restoring again from the NuGet cache mount.');
	if (foreign.length > 0) {
		const names = foreign.map(architecture => platforms[architecture].platform).join(', ');
		// Native AOT that would run under QEMU was refused already (runner/platform-plan.ts).
		notes.push(`no emulation needed for ${names}: the SDK stage runs on the build machine and the final stage runs no commands.`);
	}
	return notes;
}
