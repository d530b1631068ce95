/** Where the catalog's documents and the images live, and how a mirror replaces each. */
export type SourceUrls = {manifest: string; versions: string; releases: string; registry: string};

export type SourceBases = {manifestBase?: string; releasesBase?: string; registry?: string};

/** The official locations: dotnet-docker's main branch, .NET's release metadata, Microsoft's registry. */
export const officialBases: Required<SourceBases> = {
	manifestBase: 'https://raw.githubusercontent.com/dotnet/dotnet-docker/main/',
	releasesBase: 'https://builds.dotnet.microsoft.com/dotnet/release-metadata/',
	registry: 'https://mcr.microsoft.com',
};

/** Each base by flag, else environment variable, else the official one. */
export const baseSettings = [
	{key: 'manifestBase', flag: '--manifest-base', env: 'DOTNET_IMAGE_WIZARD_MANIFEST_BASE'},
	{key: 'releasesBase', flag: '--releases-base', env: 'DOTNET_IMAGE_WIZARD_RELEASES_BASE'},
	{key: 'registry', flag: '--registry', env: 'DOTNET_IMAGE_WIZARD_REGISTRY'},
] as const;

/** A bad base names where it came from; the caller turns it into exit code 2. */
export class SourceUrlError extends Error {
	override name = 'SourceUrlError';
}

function checkedBase(value: string, origin: string): URL {
	let url;
	try {
		url = new URL(value);
	} catch {
		throw new SourceUrlError(`${origin}: "${value}" is not a URL (like https://mirror.example/dotnet-docker/).`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SourceUrlError(`${origin}: "${value}" is not an http or https URL.`);
	if (url.search || url.hash) throw new SourceUrlError(`${origin}: "${value}" is a base address: leave out ?query and #fragment.`);
	if (url.username || url.password) throw new SourceUrlError(`${origin}: "${value}" carries credentials; the catalog's sources are read anonymously.`);
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url;
}

/** The three document URLs and the registry, from flags, the environment and the official bases. */
export function sourceUrls(given: SourceBases, env: NodeJS.ProcessEnv): SourceUrls {
	const bases = Object.fromEntries(baseSettings.map(({key, flag, env: name}) => {
		const value = given[key] ?? env[name];
		const origin = given[key] !== undefined ? flag : name;
		return [key, value === undefined || value === '' ? new URL(officialBases[key]) : checkedBase(value, origin)];
	})) as Record<keyof SourceBases, URL>;
	return {
		manifest: new URL('manifest.json', bases.manifestBase).href,
		versions: new URL('manifest.versions.json', bases.manifestBase).href,
		releases: new URL('releases-index.json', bases.releasesBase).href,
		registry: bases.registry.href.replace(/\/$/, ''),
	};
}
