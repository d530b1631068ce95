import {platforms} from '../../catalog/catalog.js';
import {buildxArguments} from '../../render/build-command.js';
import {buildkitDialect} from '../../render/dockerfile-dialect.js';
import {PreflightError} from '../preflight-error.js';
import {firstLine, probe} from '../probe.js';
import type {Engine, PreflightContext} from './engine.js';

/** Platforms a buildx builder can run RUN steps for, from `docker buildx inspect`. */
export function builderPlatforms(inspect: string): string[] {
	const line = inspect.split('\n').find(text => /^\s*Platforms:/.test(text));
	return line ? line.replace(/^\s*Platforms:\s*/, '').split(',').map(platform => platform.trim().replace(/\*$/, '')).filter(Boolean) : [];
}

const platformsOf = (context: PreflightContext) => context.request.recommendation.answers.arch.length;

async function preflight(context: PreflightContext): Promise<string[]> {
	const {request} = context;
	const {recommendation} = request;
	const notes: string[] = [];
	const info = await probe('docker', ['info', '--format', '{{json .DriverStatus}}']);
	if (!info.ok) {
		const reason = (info.stderr.split('\n').find(line => /daemon|connect/i.test(line)) ?? firstLine(info.stderr)).trim();
		throw new PreflightError(`cannot reach the Docker daemon (${reason || 'docker info failed'}): start Docker, or point DOCKER_HOST at a running engine (or build with --engine podman or buildah).`);
	}

	const buildx = await probe('docker', ['buildx', 'version']);
	if (!buildx.ok) throw new PreflightError('docker buildx is missing: install the docker-buildx plugin (Docker Desktop includes it).');

	const inspect = await probe('docker', ['buildx', 'inspect', ...(request.builder ? [request.builder] : [])]);
	if (request.builder && !inspect.ok) throw new PreflightError(`there is no buildx builder "${request.builder}" (${firstLine(inspect.stderr)}): create it with "docker buildx create --name ${request.builder}", or leave out --builder.`);
	const supported = builderPlatforms(inspect.stdout);
	const targets = recommendation.answers.arch.map(architecture => platforms[architecture].platform);
	const unsupported = targets.filter(platform => supported.length > 0 && !supported.includes(platform));
	if (unsupported.length > 0) {
		if (recommendation.buildMode === 'emulated') {
			throw new PreflightError(`the builder cannot run ${unsupported.join(', ')} and this Native AOT build runs its SDK stage there: install QEMU emulation with "docker run --privileged --rm tonistiigi/binfmt --install all", or build on a machine of that architecture.`);
		}
		notes.push(`no emulation needed for ${unsupported.join(', ')}: the SDK stage runs on the build machine and the ${unsupported.length === 1 ? 'target' : 'targets\''} final stage runs no commands.`);
	}

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
};
