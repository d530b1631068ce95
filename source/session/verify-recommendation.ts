import process from 'node:process';
import {platforms} from '../catalog/catalog.js';
import type {Verification, VerifyRequest} from '../catalog/verify.js';
import type {Architecture} from '../catalog/types.js';
import type {Recommendation} from '../engine/recommend.js';
import {commandDeadline, NetworkError} from '../registry/http.js';

const machineArchitectures: Partial<Record<string, Architecture>> = {x64: 'amd64', arm64: 'arm64', arm: 'arm'};

/**
 * What each image must serve: the runtime image every target platform; the build image the
 * build machine's own platform when it cross-compiles, else every target platform.
 */
export function verifyRequests(recommendation: Recommendation, machine: string = process.arch): VerifyRequest[] {
	const targets = recommendation.answers.arch.map(architecture => platforms[architecture].platform);
	const own = machineArchitectures[machine];
	const buildPlatforms = recommendation.buildMode === 'emulated' || !own ? targets : [platforms[own].platform];
	return [
		{role: 'build', reference: recommendation.build.reference, image: recommendation.build.image, platforms: buildPlatforms},
		{role: 'runtime', reference: recommendation.runtime.reference, image: recommendation.runtime.image, platforms: targets},
	];
}

/** Asks the registry (--verify, --pin and the wizard's pinning); network failures become one line in the caller. */
export async function verifyRecommendation(recommendation: Recommendation, registryAddress: string): Promise<Verification> {
	const [{Registry}, {verifyImages}] = await Promise.all([import('../registry/distribution.js'), import('../catalog/verify.js')]);
	try {
		return await verifyImages(verifyRequests(recommendation), new Registry(registryAddress, {deadline: commandDeadline()}), registryAddress);
	} catch (error) {
		if (error instanceof NetworkError) throw new NetworkError(`cannot verify the tags at ${registryAddress}: ${error.message}`);
		throw error;
	}
}
