import {PreflightError} from '../preflight-error.js';
import {probe} from '../probe.js';
import {buildah} from './buildah.js';
import {buildx} from './buildx.js';
import type {Engine, EngineName} from './engine.js';
import {podman} from './podman.js';
import {sdk} from './sdk.js';

/** Every engine, in the order detection tries them. */
export const engines: Record<EngineName, Engine> = {docker: buildx, podman, buildah, sdk};

export {parseEngine} from './engine.js';

/** `fallback`: why the engines before it cannot build ("docker's daemon does not answer, podman is not installed"). */
export type Detected = {engine: EngineName; note: string; fallback?: string};

/**
 * The engine to use when none is named: docker when its daemon answers, else podman, else
 * buildah (both build without a daemon), else the .NET SDK.
 */
export async function detectEngine(environment: NodeJS.ProcessEnv): Promise<Detected> {
	const passed: string[] = [];
	const docker = await probe('docker', ['info', '--format', '{{.ServerVersion}}'], {env: environment});
	if (docker.ok) return {engine: 'docker', note: ''};
	passed.push(docker.missing ? 'docker is not installed' : 'docker\'s daemon does not answer');
	for (const name of ['podman', 'buildah', 'sdk'] as const) {
		const version = await probe(engines[name].program, engines[name].versionArgs, {env: environment});
		if (version.ok) return {engine: name, note: `building with ${name === 'sdk' ? 'the .NET SDK (dotnet publish)' : name} (${passed.join(', ')}); --engine picks another.`, fallback: passed.join(', ')};
		passed.push(`${name} is not installed`);
	}
	throw new PreflightError('no build engine found: install Docker with buildx, podman, buildah or the .NET SDK, or leave out --build to only generate the files.');
}
