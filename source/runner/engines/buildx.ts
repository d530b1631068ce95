import {buildxArguments, platformList} from '../../render/build-command.js';
import {buildkitDialect} from '../../render/dockerfile-dialect.js';
import {parseBuilderInspect, thisMachine, type BuildMachine} from '../build-machine.js';
import {PreflightError} from '../preflight-error.js';
import {firstLine, probe} from '../probe.js';
import type {Engine, PreflightContext} from './engine.js';

/** Platforms a buildx builder can run RUN steps for, from `docker buildx inspect`. */
export function builderPlatforms(inspect: string): string[] {
	return [...new Set(parseBuilderInspect(inspect).nodes.flatMap(node => node.platforms))];
}

/**
 * The builder --builder names (else the current one) as `docker buildx inspect` describes it: its
 * driver and nodes (docker, docker-container, remote, kubernetes; one node or several). A local
 * builder that has not started yet lists no platforms: it runs on this machine.
 */
export async function inspectBuilder(builder: string | undefined, environment: NodeJS.ProcessEnv): Promise<BuildMachine> {
	const inspect = await probe('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], {env: environment});
	if (inspect.missing && builder) throw new PreflightError(`--builder ${builder} names a docker buildx builder, and docker is not installed here: install Docker with buildx, or leave out --builder.`);
	if (builder && !inspect.ok) throw new PreflightError(`there is no buildx builder "${builder}" (${firstLine(inspect.stderr)}): create it with "docker buildx create --name ${builder}", or leave out --builder.`);
	const described = parseBuilderInspect(inspect.stdout);
	const unknown = described.nodes.every(node => node.platforms.length === 0);
	return unknown && ['docker', 'docker-container'].includes(described.driver) ? {...described, nodes: thisMachine().nodes} : described;
}

const machine = async ({request}: PreflightContext) => inspectBuilder(request.builder, request.environment);

const platformsOf = (context: PreflightContext) => context.request.recommendation.answers.arch.length;

async function preflight(context: PreflightContext): Promise<string[]> {
	const {request} = context;
	const notes: string[] = [];
	const info = await probe('docker', ['info', '--format', '{{json .DriverStatus}}']);
	if (!info.ok) {
		const reason = (info.stderr.split('\n').find(line => /daemon|connect/i.test(line)) ?? firstLine(info.stderr)).trim();
		throw new PreflightError(`cannot reach the Docker daemon (${reason || 'docker info failed'}): start Docker, or point DOCKER_HOST at a running engine (or build with --engine podman or buildah).`);
	}

	const buildx = await probe('docker', ['buildx', 'version']);
	if (!buildx.ok) throw new PreflightError('docker buildx is missing: install the docker-buildx plugin (Docker Desktop includes it).');

	const targets = platformList(request.recommendation).split(',');
	if (platformsOf(context) > 1 && request.output === 'load') {
		const containerdStore = info.stdout.includes('io.containerd.snapshotter');
		if (!containerdStore) {
			throw new PreflightError(`the local image store cannot load a multi-platform image (${targets.join(', ')}): pass --push to send it to a registry, or --oci FILE for an OCI archive (or enable the containerd image store).`);
		}
	}
	if (request.insecure) notes.push('docker buildx takes a plain-HTTP registry from its builder\'s configuration, not from --insecure: list it under [registry."HOST"] with http = true in buildkitd.toml.');
	return notes;
}

/** docker buildx (BuildKit): the Dockerfile as generated, every instruction flag allowed. */
export const buildx: Engine = {
	name: 'docker',
	title: 'docker buildx',
	program: 'docker',
	versionArgs: ['--version'],
	missing: 'docker is not installed: install Docker Desktop or Docker Engine with the buildx plugin, or use --engine podman, buildah or sdk.',
	dialect: () => buildkitDialect,
	commands: request => ({
		steps: [{
			command: 'docker',
			args: buildxArguments(request.recommendation, {
				image: request.image,
				output: request.output,
				context: '.',
				...(request.dockerfile ? {dockerfile: request.dockerfile} : {}),
				...(request.builder ? {builder: request.builder} : {}),
				...(request.nugetSecret ? {nugetSecret: request.nugetSecret} : {}),
			}),
		}],
		env: {BUILDKIT_PROGRESS: 'plain'},
	}),
	preflight,
	machine,
};
