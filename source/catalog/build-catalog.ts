/*
 * Turns dotnet-docker's manifest.json + manifest.versions.json and the .NET releases-index.json
 * into the catalog: `npm run catalog` (the embedded snapshot) and `--refresh` both build it here.
 */
import {previewGaDate} from './ga-date.js';
import type {Architecture, CatalogImage, Family, Lifecycle, OsFamily} from './types.js';

/** A source document that is not what its official location serves: the message names it and what is wrong. */
export class CatalogDataError extends Error {
	override name = 'CatalogDataError';
}

export type CatalogDocuments = {
	/** dotnet-docker's manifest.json */
	manifest: unknown;
	/** dotnet-docker's manifest.versions.json */
	versions: unknown;
	/** the .NET releases-index.json */
	releasesIndex: unknown;
};

type ManifestPlatform = {os: string; osVersion: string; architecture?: string};
type ManifestImage = {productVersion: string; sharedTags?: Record<string, unknown>; platforms: ManifestPlatform[]};
type ManifestRepo = {id: string; images: ManifestImage[]};
export type ReleasesEntry = {'channel-version': string; 'release-type': string; 'support-phase': string; 'eol-date'?: string; 'latest-release-date'?: string};

export const families: readonly Family[] = ['runtime-deps', 'runtime', 'aspnet', 'sdk'];
const archNames: Record<string, Architecture> = {amd64: 'amd64', arm64: 'arm64', arm: 'arm'};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value);

function manifestRepos(manifest: unknown): ManifestRepo[] {
	if (!isObject(manifest) || !Array.isArray(manifest['repos'])) throw new CatalogDataError('manifest.json is not a dotnet-docker manifest: it has no "repos" list');
	const repos = manifest['repos'] as unknown[];
	return families.map(family => {
		const repo = repos.find(candidate => isObject(candidate) && candidate['id'] === family);
		if (!isObject(repo) || !Array.isArray(repo['images'])) throw new CatalogDataError(`manifest.json has no images for the repository ${family}`);
		for (const image of repo['images'] as unknown[]) {
			const valid = isObject(image) && typeof image['productVersion'] === 'string' && Array.isArray(image['platforms']) && image['platforms'].length > 0
				&& (image['platforms'] as unknown[]).every(platform => isObject(platform) && typeof platform['os'] === 'string' && typeof platform['osVersion'] === 'string')
				&& (image['sharedTags'] === undefined || isObject(image['sharedTags']));
			if (!valid) throw new CatalogDataError(`manifest.json: an image of ${family} lacks its productVersion, platforms or tags`);
		}
		return repo as unknown as ManifestRepo;
	});
}

function manifestVariables(versions: unknown): Record<string, string> {
	const variables = isObject(versions) ? versions['variables'] : undefined;
	if (!isObject(variables) || !Object.values(variables).every(value => typeof value === 'string' || typeof value === 'number')) {
		throw new CatalogDataError('manifest.versions.json is not dotnet-docker\'s: it has no "variables" of strings');
	}
	return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, String(value)]));
}

function releasesEntries(index: unknown): ReleasesEntry[] {
	const entries = isObject(index) ? index['releases-index'] : undefined;
	if (!Array.isArray(entries)) throw new CatalogDataError('releases-index.json is not a .NET releases index: it has no "releases-index" list');
	for (const entry of entries as unknown[]) {
		const valid = isObject(entry) && typeof entry['channel-version'] === 'string' && typeof entry['release-type'] === 'string' && typeof entry['support-phase'] === 'string'
			&& (entry['eol-date'] === undefined || isDate(entry['eol-date']));
		if (!valid) throw new CatalogDataError('releases-index.json: an entry lacks its channel-version, release-type or support-phase, or has an eol-date that is not a date');
	}
	return entries as ReleasesEntry[];
}

/** Resolves `$(name)` references against the versions file, as dotnet-docker's image builder does. */
function resolver(variables: Record<string, string>) {
	return (text: string): string => {
		let previous;
		let rounds = 0;
		while (previous !== text) {
			if (++rounds > 20) throw new CatalogDataError(`manifest.versions.json: the variables in ${text} refer to each other in a circle`);
			previous = text;
			text = text.replaceAll(/\$\(([^)]+)\)/g, (_match, name: string) => {
				const value = variables[name];
				if (value === undefined) throw new CatalogDataError(`manifest.versions.json does not define ${name}, which manifest.json uses`);
				return value;
			});
		}
		return text;
	};
}

const distroTable: Record<string, [OsFamily, string]> = {
	bookworm: ['debian', '12'], trixie: ['debian', '13'],
	jammy: ['ubuntu', '22.04'], noble: ['ubuntu', '24.04'], resolute: ['ubuntu', '26.04'],
};

/** osVersion in the manifest names the distro release; the words after it name variants. */
export function parseDistro(osVersion: string): {os: OsFamily; release: string; codename: string} {
	const base = osVersion.replace(/-(chiseled|distroless|slim)$/, '');
	const known = distroTable[base];
	if (known) return {os: known[0], release: known[1], codename: base};
	let match = /^alpine(\d+\.\d+)$/.exec(base);
	if (match) return {os: 'alpine', release: match[1]!, codename: base};
	match = /^azurelinux(\d+\.\d+)$/.exec(base);
	if (match) return {os: 'azurelinux', release: match[1]!, codename: base};
	throw new CatalogDataError(`manifest.json: unknown distro release ${osVersion}`);
}

/**
 * The name a person would write: it names the distro, follows Alpine's floating version, and
 * leaves out aliases such as runtime-deps' `-aot`.
 */
function canonicalTag(tags: string[], minorTag: string, distro: {os: OsFamily; codename: string}): string {
	const named = tags.filter(tag => tag !== minorTag);
	const distroWord = distro.os === 'alpine' ? 'alpine' : distro.codename;
	const rank = (tag: string) => (tag.includes(distroWord) ? 0 : 4) + (/alpine\d/.test(tag) ? 2 : 0) + (/-aot$/.test(tag) ? 1 : 0);
	return [...named].sort((a, b) => rank(a) - rank(b) || a.length - b.length)[0] ?? minorTag;
}

function imagesOf(repos: ManifestRepo[], resolve: (text: string) => string): CatalogImage[] {
	const images: CatalogImage[] = [];
	for (const repo of repos) {
		for (const image of repo.images) {
			const first = image.platforms[0]!;
			if (first.os !== 'linux') continue;
			const channel = /\|(\d+\.\d+)\|/.exec(image.productVersion)?.[1];
			if (!channel) throw new CatalogDataError(`manifest.json: no .NET version in ${image.productVersion}`);
			const minorTag = resolve(`$(dotnet|${channel}|minor-tag)`);
			const floating = Object.keys(image.sharedTags ?? {}).filter(tag => tag.includes('|minor-tag)')).map(resolve);
			if (floating.length === 0) continue;
			const distro = parseDistro(first.osVersion);
			const tag = canonicalTag(floating, minorTag, distro);
			const variantWords = tag.slice(minorTag.length + 1).split('-');
			const architectures = image.platforms.map(platform => archNames[platform.architecture ?? 'amd64']);
			if (architectures.some(architecture => architecture === undefined)) throw new CatalogDataError(`manifest.json: ${repo.id}:${tag} names an unknown architecture`);
			images.push({
				repo: repo.id as Family,
				dotnet: channel,
				tag,
				aliases: floating.filter(alias => alias !== tag).sort(),
				os: distro.os,
				release: distro.release,
				codename: distro.codename,
				chiseled: first.osVersion.endsWith('-chiseled'),
				distroless: first.osVersion.endsWith('-distroless') || first.osVersion.endsWith('-chiseled'),
				extra: variantWords.includes('extra'),
				composite: variantWords.includes('composite'),
				aot: variantWords.includes('aot'),
				architectures: [...new Set(architectures as Architecture[])].sort(),
			});
		}
	}
	return images;
}

/** What a catalog must hold as a whole (the support data when given): for every .NET version with images, all four families and its support data. */
export function checkComplete(images: readonly CatalogImage[], where: string, lifecycle?: readonly Lifecycle[]): void {
	const channels = [...new Set(images.map(image => image.dotnet))];
	if (channels.length === 0) throw new CatalogDataError(`${where} lists no Linux images with floating tags`);
	for (const channel of channels) {
		for (const family of families) {
			if (!images.some(image => image.dotnet === channel && image.repo === family)) throw new CatalogDataError(`${where} has no ${family} tags for .NET ${channel}`);
		}
		if (lifecycle && !lifecycle.some(entry => entry.dotnet === channel)) throw new CatalogDataError(`${where} has no support data for .NET ${channel}`);
	}
}

const byVersion = (a: string, b: string) => Number.parseFloat(a) - Number.parseFloat(b);

/** Builds the catalog; throws CatalogDataError when a document is of the wrong shape or incomplete. */
export function buildCatalog(documents: CatalogDocuments): {images: CatalogImage[]; lifecycle: Lifecycle[]} {
	const repos = manifestRepos(documents.manifest);
	const resolve = resolver(manifestVariables(documents.versions));
	const entries = releasesEntries(documents.releasesIndex);
	const images = imagesOf(repos, resolve);
	checkComplete(images, 'manifest.json');
	const channels = [...new Set(images.map(image => image.dotnet))].sort(byVersion);
	const lifecycle = channels.map(channel => {
		const entry = entries.find(candidate => candidate['channel-version'] === channel);
		if (!entry) throw new CatalogDataError(`releases-index.json has no .NET ${channel}, which manifest.json has images for`);
		return {
			dotnet: channel,
			releaseType: entry['release-type'],
			supportPhase: entry['support-phase'],
			eolDate: entry['eol-date'] ?? null,
			runtimeVersion: resolve(`$(dotnet|${channel}|product-version)`),
			sdkVersion: resolve(`$(sdk|${channel}|product-version)`),
			minorTag: resolve(`$(dotnet|${channel}|minor-tag)`),
			gaDate: previewGaDate(entry, entries),
		};
	});
	return {images, lifecycle};
}
