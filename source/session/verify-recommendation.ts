import process from 'node:process';
import {platforms} from '../catalog/catalog.js';
import type {Verification, VerifyRequest} from '../catalog/verify.js';
import type {Architecture} from '../catalog/types.js';
import type {Recommendation} from '../engine/recommend.js';
import type {Registry} from '../registry/distribution.js';
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

/** One request per image and platform list: apps that share a base image ask for it once. */
const requestKey = (request: VerifyRequest) => `${request.role} ${request.reference} ${[...request.platforms].sort().join(',')}`;

/** Asks the registry (--verify, --pin and the wizard's pinning); network failures become one line in the caller. */
export async function verifyRecommendation(recommendation: Recommendation, registryAddress: string): Promise<Verification> {
	return (await verifyRecommendations([recommendation], registryAddress)).each[0]!;
}

/**
 * Several apps' recommendations asked of one registry in one run (one deadline for all): each
 * distinct base image once. `each` is every recommendation's own answer (as verifyRecommendation
 * gives it), `all` every image and problem once.
 */
export async function verifyRecommendations(recommendations: readonly Recommendation[], registryAddress: string, registry?: Registry): Promise<{all: Verification; each: Verification[]}> {
	const [distribution, {verifyImages}] = await Promise.all([registry ? undefined : import('../registry/distribution.js'), import('../catalog/verify.js')]);
	const asked = registry ?? new distribution!.Registry(registryAddress, {deadline: commandDeadline()});
	const requests = recommendations.map(recommendation => verifyRequests(recommendation));
	const distinct = [...new Map(requests.flat().map(request => [requestKey(request), request])).values()];
	let answers: Verification[];
	try {
		// One at a time: each answer is its own Verification, so a problem stays with its image.
		answers = await Promise.all(distinct.map(async request => verifyImages([request], asked, registryAddress)));
	} catch (error) {
		if (error instanceof NetworkError) throw new NetworkError(`cannot verify the tags at ${registryAddress}: ${error.message}`);
		throw error;
	}
	const byKey = new Map(distinct.map((request, index) => [requestKey(request), answers[index]!]));
	const joined = (parts: Verification[]): Verification => ({registry: registryAddress, images: parts.flatMap(part => part.images), problems: [...new Set(parts.flatMap(part => part.problems))]});
	return {all: joined(answers), each: requests.map(list => joined(list.map(request => byKey.get(requestKey(request))!)))};
}
