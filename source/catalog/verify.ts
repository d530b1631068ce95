import type {Manifest, PlatformImage, Registry} from '../registry/distribution.js';
import {nearestTag} from './nearest-tag.js';
import type {CatalogImage} from './types.js';

/** One recommended image and the platforms it must serve (linux/amd64, linux/arm/v7 …). */
export type VerifyRequest = {role: 'build' | 'runtime'; reference: string; image: CatalogImage; platforms: string[]};

export type VerifiedImage = {
	role: 'build' | 'runtime';
	reference: string;
	/** The manifest list's digest: `reference@digest` pins exactly what was checked. */
	digest: string;
	mediaType: string;
	/** The platforms that were asked for, each with its own image digest. */
	platforms: PlatformImage[];
	/** Further platforms the tag also serves. */
	others: string[];
};

export type Verification = {registry: string; images: VerifiedImage[]; problems: string[]};

/** linux/arm64 is served as linux/arm64/v8; every other variant must match. */
function serves(served: string, wanted: string): boolean {
	if (served === wanted) return true;
	const [os, architecture, variant] = served.split('/');
	return variant === 'v8' && architecture === 'arm64' && `${os}/${architecture}` === wanted;
}

async function vanished(request: VerifyRequest, registry: Registry): Promise<string> {
	const repository = `dotnet/${request.image.repo}`;
	const nearest = nearestTag(request.image.tag, await registry.tags(repository));
	const instead = nearest ? `; the nearest tag that exists is ${nearest}` : `; ${registry.host} has no tags for ${repository}`;
	return `${request.reference} is not in the registry (${registry.host}) any more${instead}. Run \`dotnet-image-wizard --refresh\` for current tags.`;
}

function check(request: VerifyRequest, manifest: Manifest): {image: VerifiedImage; problem?: string} {
	const platforms = request.platforms.map(wanted => ({wanted, found: manifest.platforms.find(entry => serves(entry.platform, wanted))}));
	const missing = platforms.filter(entry => !entry.found).map(entry => entry.wanted);
	const image: VerifiedImage = {
		role: request.role,
		reference: request.reference,
		digest: manifest.digest,
		mediaType: manifest.mediaType,
		platforms: platforms.flatMap(entry => (entry.found ? [{platform: entry.wanted, digest: entry.found.digest}] : [])),
		others: manifest.platforms.map(entry => entry.platform).filter(platform => !request.platforms.some(wanted => serves(platform, wanted))),
	};
	if (missing.length === 0) return {image};
	const has = manifest.platforms.map(entry => entry.platform);
	return {image, problem: `${request.reference} has no image for ${missing.join(', ')} (it serves ${has.length > 0 ? has.join(', ') : 'no platform'}), which the ${request.role} stage needs.`};
}

/** Asks the registry for each image's manifest list: is the tag there, with every platform? */
export async function verifyImages(requests: readonly VerifyRequest[], registry: Registry, registryAddress: string): Promise<Verification> {
	const results = await Promise.all(requests.map(async request => {
		const manifest = await registry.manifest(`dotnet/${request.image.repo}`, request.image.tag);
		return manifest ? check(request, manifest) : {problem: await vanished(request, registry)};
	}));
	return {
		registry: registryAddress,
		images: results.flatMap(result => ('image' in result && result.image ? [result.image] : [])),
		problems: results.flatMap(result => (result.problem ? [result.problem] : [])),
	};
}
