import {platforms} from '../../catalog/catalog.js';
import {platformList} from '../../render/build-command.js';
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
export type ContainersTool = {program: 'buildah' | 'podman'; copyLinkSince: string};

function globalFlags(request: BuildRequest): string[] {
	const driver = request.environment['STORAGE_DRIVER'];
	return driver ? ['--storage-driver', driver] : [];
}

const tlsFlags = (request: BuildRequest) => (request.insecure ? ['--tls-verify=false'] : []);

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
		'--platform', platformList(request.recommendation),
		...(multiPlatform ? ['--manifest', request.image] : ['--tag', request.image]),
		...tlsFlags(request),
		...(request.dockerfile ? ['--file', request.dockerfile] : []),
		...(request.ignoreFile ? ['--ignorefile', request.ignoreFile] : []),
		'.',
	]));
	const push = multiPlatform ? ['manifest', 'push', '--all'] : ['push'];
	if (request.output === 'push') steps.push(run([...push, ...tlsFlags(request), request.image, `docker://${request.image}`]));
	if (typeof request.output === 'object') steps.push(run([...push, request.image, `oci-archive:${request.output.oci}`]));
	return {steps, env: {}};
}

export function containersDialect(tool: ContainersTool): (version: string) => DockerfileDialect {
	return version => ({copyLink: atLeast(version, tool.copyLinkSince)});
}


export async function containersPreflight(tool: ContainersTool, {request}: PreflightContext): Promise<string[]> {
	const {recommendation} = request;
	const info = await probe(tool.program, [...globalFlags(request), 'info']);
	if (/database configuration mismatch/.test(info.stderr)) {
		throw new PreflightError(`${tool.program}'s database was made with another storage driver than this run's (${firstLine(info.stderr)}): build with the STORAGE_DRIVER it was made with, or start afresh with "${tool.program} system reset" (it removes every image and container).`);
	}
	if (!info.ok) throw new PreflightError(`${tool.program} info failed (${firstLine(info.stderr) || 'no output'}): check its storage configuration, e.g. STORAGE_DRIVER=vfs where overlay is not available.`);
	const foreign = recommendation.answers.arch.filter(architecture => architecture !== hostArchitecture());
	const notes: string[] = [];
	if (foreign.length > 0) {
		const names = foreign.map(architecture => platforms[architecture].platform).join(', ');
		// Native AOT that would run under QEMU was refused already (runner/platform-plan.ts).
		notes.push(`no emulation needed for ${names}: the SDK stage runs on the build machine and the final stage runs no commands.`);
	}
	return notes;
}
