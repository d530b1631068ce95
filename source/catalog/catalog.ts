import {activeCatalog} from './active.js';
import type {Architecture, CatalogImage, Family, OsFamily} from './types.js';

export const registry = 'mcr.microsoft.com';

/** Docker platform names and the per-architecture tag suffixes dotnet-docker publishes. */
export const platforms: Record<Architecture, {platform: string; tagSuffix: string; rid: string; label: string}> = {
	amd64: {platform: 'linux/amd64', tagSuffix: 'amd64', rid: 'x64', label: 'x64 (amd64)'},
	arm64: {platform: 'linux/arm64', tagSuffix: 'arm64v8', rid: 'arm64', label: 'Arm64'},
	arm: {platform: 'linux/arm/v7', tagSuffix: 'arm32v7', rid: 'arm', label: 'Arm32 (v7)'},
};

export const architectures = Object.keys(platforms) as Architecture[];

export const osNames: Record<OsFamily, string> = {ubuntu: 'Ubuntu', debian: 'Debian', alpine: 'Alpine', azurelinux: 'Azure Linux'};

export type ImageQuery = {
	repo: Family;
	dotnet: string;
	os: OsFamily;
	codename: string;
	distroless: boolean;
	extra: boolean;
	composite: boolean;
	aot: boolean;
};

export function findImage(query: ImageQuery): CatalogImage | undefined {
	return activeCatalog().images.find(image =>
		image.repo === query.repo
		&& image.dotnet === query.dotnet
		&& image.os === query.os
		&& image.codename === query.codename
		&& image.distroless === query.distroless
		&& image.extra === query.extra
		&& image.composite === query.composite
		&& image.aot === query.aot);
}

export function imagesWhere(predicate: (image: CatalogImage) => boolean): CatalogImage[] {
	return activeCatalog().images.filter(predicate);
}

export function dotnetVersions(): string[] {
	return [...new Set(activeCatalog().images.map(image => image.dotnet))];
}

export function reference(image: CatalogImage, architecture?: Architecture): string {
	const tag = architecture ? `${image.tag}-${platforms[architecture].tagSuffix}` : image.tag;
	return `${registry}/dotnet/${image.repo}:${tag}`;
}

/** Is there an image, under any of its names, with this exact repository and tag? */
export function tagExists(repo: Family, tag: string): boolean {
	return activeCatalog().images.some(image => image.repo === repo && (image.tag === tag || image.aliases.includes(tag)));
}

/**
 * The distro releases of one OS family for a .NET version, best first: the release the bare
 * version tag points at (the one Microsoft defaults to), then newer releases before older ones.
 */
export function releasesFor(dotnet: string, os: OsFamily): string[] {
	const catalog = activeCatalog();
	let known = releasesKnown.get(catalog);
	if (!known) releasesKnown.set(catalog, known = new Map());
	const key = `${dotnet} ${os}`;
	let releases = known.get(key);
	if (!releases) known.set(key, releases = releasesIn(catalog.images, dotnet, os));
	return [...releases];
}

/** releasesFor's answers, per catalog: a recommendation asks them for every alternative it weighs. */
const releasesKnown = new WeakMap<object, Map<string, string[]>>();

function releasesIn(images: readonly CatalogImage[], dotnet: string, os: OsFamily): string[] {
	const candidates = images.filter(image => image.dotnet === dotnet && image.os === os);
	const bare = images.find(image => image.dotnet === dotnet && image.repo === 'sdk' && image.aliases.some(alias => !alias.includes('-')));
	const byRelease = [...candidates].sort((a, b) => compareRelease(b.release, a.release));
	const codenames = [...new Set(byRelease.map(image => image.codename))];
	return bare && codenames.includes(bare.codename)
		? [bare.codename, ...codenames.filter(codename => codename !== bare.codename)]
		: codenames;
}

function compareRelease(a: string, b: string): number {
	const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
	const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
	return aMajor - bMajor || aMinor - bMinor;
}
