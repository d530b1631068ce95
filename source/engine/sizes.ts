import type {CatalogImage} from '../catalog/types.js';
import type {Deployment} from './answers.js';

// Approximate compressed sizes in MB, derived from the official dotnet-docker image size report
// (releasesapi sample, .NET 10, November 2025): base image first, then what the published app adds.
// Images the report does not list are estimated from their nearest measured neighbour.
const baseImage: Record<string, Record<'full' | 'chiseled' | 'distroless' | 'alpine', number>> = {
	'runtime-deps': {full: 44, chiseled: 5, distroless: 8, alpine: 4},
	runtime: {full: 78, chiseled: 38, distroless: 41, alpine: 37},
	aspnet: {full: 88, chiseled: 48, distroless: 51, alpine: 47},
};
const debianDelta = -2;
const extraDelta = 15;
const appLayer: Record<Deployment, number> = {framework: 5, 'self-contained': 17, aot: 7};

export function flavorOf(image: CatalogImage): 'full' | 'chiseled' | 'distroless' | 'alpine' {
	if (image.chiseled) return 'chiseled';
	if (image.distroless) return 'distroless';
	return image.os === 'alpine' ? 'alpine' : 'full';
}

export function estimatedSize(runtime: CatalogImage, deploy: Deployment): number {
	const base = baseImage[runtime.repo]?.[flavorOf(runtime)] ?? 0;
	return base + (runtime.extra ? extraDelta : 0) + (runtime.os === 'debian' ? debianDelta : 0) + appLayer[deploy];
}
