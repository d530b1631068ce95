import {execa} from 'execa';
import type {Recommendation} from '../engine/recommend.js';
import type {BuildPlan} from './plan.js';

/** A check that failed: one sentence saying what is wrong and how to fix it. */
export class PreflightError extends Error {
	override name = 'PreflightError';
}

export type PreflightResult = {notes: string[]};

type Probe = {ok: boolean; stdout: string; stderr: string; missing: boolean};

async function probe(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Probe> {
	try {
		const result = await execa(command, args, {reject: false, timeout: 20_000, env, stdin: 'ignore'});
		const missing = (result as {code?: string}).code === 'ENOENT';
		return {ok: result.exitCode === 0, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? ''), missing};
	} catch {
		return {ok: false, stdout: '', stderr: '', missing: true};
	}
}

/** Platforms a buildx builder can run RUN steps for, from `docker buildx inspect`. */
export function builderPlatforms(inspect: string): string[] {
	const line = inspect.split('\n').find(text => /^\s*Platforms:/.test(text));
	return line ? line.replace(/^\s*Platforms:\s*/, '').split(',').map(platform => platform.trim().replace(/\*$/, '')).filter(Boolean) : [];
}

async function dockerPreflight(plan: BuildPlan, recommendation: Recommendation): Promise<PreflightResult> {
	const notes: string[] = [];
	const version = await probe('docker', ['--version']);
	if (version.missing) throw new PreflightError('docker is not installed: install Docker Desktop or Docker Engine with the buildx plugin, or use --builder sdk.');

	const info = await probe('docker', ['info', '--format', '{{json .DriverStatus}}']);
	if (!info.ok) {
		const reason = (info.stderr.split('\n').find(line => /daemon|connect/i.test(line)) ?? info.stderr.split('\n')[0] ?? '').trim();
		throw new PreflightError(`cannot reach the Docker daemon (${reason || 'docker info failed'}): start Docker, or point DOCKER_HOST at a running engine.`);
	}

	const buildx = await probe('docker', ['buildx', 'version']);
	if (!buildx.ok) throw new PreflightError('docker buildx is missing: install the docker-buildx plugin (Docker Desktop includes it).');

	const inspect = await probe('docker', ['buildx', 'inspect']);
	const supported = builderPlatforms(inspect.stdout);
	const unsupported = plan.platforms.filter(platform => supported.length > 0 && !supported.includes(platform));
	if (unsupported.length > 0) {
		if (recommendation.buildMode === 'emulated') {
			throw new PreflightError(`the builder cannot run ${unsupported.join(', ')} and this Native AOT build runs its SDK stage there: install QEMU emulation with "docker run --privileged --rm tonistiigi/binfmt --install all", or build on a machine of that architecture.`);
		}
		notes.push(`no emulation needed for ${unsupported.join(', ')}: the SDK stage runs on the build machine and the ${unsupported.length === 1 ? 'target' : 'targets\''} final stage runs no commands.`);
	}

	if (plan.platforms.length > 1 && plan.output === 'load') {
		const containerdStore = info.stdout.includes('io.containerd.snapshotter');
		if (!containerdStore) {
			throw new PreflightError(`the local image store cannot load a multi-platform image (${plan.platforms.join(', ')}): pass --push to send it to a registry, or --oci FILE for an OCI archive (or enable the containerd image store).`);
		}
	}
	return {notes};
}

async function sdkPreflight(recommendation: Recommendation): Promise<PreflightResult> {
	const version = await probe('dotnet', ['--version']);
	if (version.missing) throw new PreflightError('the .NET SDK (dotnet) is not installed: install the .NET SDK, or use --builder docker, which builds inside the sdk image.');
	if (!version.ok) throw new PreflightError(`dotnet --version failed: ${version.stderr.split('\n')[0]?.trim() ?? 'no output'}.`);
	const installed = version.stdout.trim();
	const major = Number.parseInt(installed, 10);
	const needed = Number.parseInt(recommendation.answers.dotnet, 10);
	if (!(major >= needed)) {
		throw new PreflightError(`the installed .NET SDK ${installed} cannot build .NET ${recommendation.answers.dotnet}: install SDK ${needed}.0 or later, or use --builder docker.`);
	}
	const notes = [];
	if (recommendation.answers.deploy === 'aot' && recommendation.answers.arch.length > 1) {
		notes.push('Native AOT publishes with this machine\'s C toolchain: a foreign architecture needs its cross toolchain installed here.');
	}
	return {notes};
}

/** Everything checked before a build starts; throws PreflightError with the fix. */
export async function preflight(plan: BuildPlan, recommendation: Recommendation): Promise<PreflightResult> {
	return plan.builder === 'docker' ? dockerPreflight(plan, recommendation) : sdkPreflight(recommendation);
}
