// What a FROM line's image says in .NET terms: repository, .NET version, variant, and the catalog
// image it names (if any). Legacy names (microsoft/dotnet, dotnet/core/*) are recognised too.
import {activeCatalog} from '../catalog/active.js';
import {platforms} from '../catalog/catalog.js';
import type {Architecture, CatalogImage, Family, OsFamily} from '../catalog/types.js';

export type DotnetImage = {
	/** The repository as this tool's catalog names it. */
	repo: Family;
	/** The tag as written ('' when none, which means latest). */
	tag: string;
	/** The digest written after the tag (`tag@sha256:…`): what is pulled, whatever the tag now names. */
	digest?: string;
	/** Written under a name Microsoft no longer publishes to (microsoft/dotnet, dotnet/core/…). */
	legacy: boolean;
	/** major.minor, when the tag starts with a version. */
	dotnet?: string;
	/** A frozen patch version (8.0.11, 8.0.404), when the tag names one. */
	patch?: string;
	/** The architecture suffix of a per-architecture tag (-amd64, -arm64v8). */
	architecture?: Architecture;
	/** The catalog image, with a patch version read as its floating major.minor tag and without the architecture suffix. */
	catalog?: CatalogImage;
	/** The floating tag the image is known under in the catalog (the tag, minus patch and architecture). */
	floatingTag: string;
	os?: OsFamily;
	windows: boolean;
	/** No shell: chiseled Ubuntu or distroless Azure Linux. */
	distroless: boolean;
	extra: boolean;
	aot: boolean;
};

const families: Family[] = ['runtime-deps', 'runtime', 'aspnet', 'sdk'];
const legacyFamilies: Array<[string, Family]> = [['aspnetcore-runtime', 'aspnet'], ['runtime-deps', 'runtime-deps'], ['runtime', 'runtime'], ['sdk', 'sdk']];

function splitReference(image: string): {name: string; tag: string; digest?: string} {
	const [withoutDigest = '', digest] = image.split('@');
	const slash = withoutDigest.lastIndexOf('/');
	const colon = withoutDigest.lastIndexOf(':');
	const pinned = digest ? {digest} : {};
	return colon > slash ? {name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1), ...pinned} : {name: withoutDigest, tag: '', ...pinned};
}

function osOf(words: string[]): OsFamily | undefined {
	if (words.some(word => word.startsWith('alpine'))) return 'alpine';
	if (words.some(word => word.startsWith('azurelinux') || word.startsWith('cbl'))) return 'azurelinux';
	if (words.some(word => ['noble', 'jammy', 'focal', 'bionic', 'resolute'].includes(word))) return 'ubuntu';
	if (words.some(word => ['bookworm', 'bullseye', 'buster', 'trixie', 'stretch', 'slim'].includes(word))) return 'debian';
	return undefined;
}

const named = (repo: Family, tag: string) => activeCatalog().images.find(image => image.repo === repo && (image.tag === tag || image.aliases.includes(tag)));

/**
 * The catalog image of a tag. A bare "alpine" floats to the Alpine release the version's plain
 * -alpine tag points at (10.0-alpine-composite is 10.0-alpine3.24-composite), as the samples use it.
 */
function catalogImage(repo: Family, tag: string): CatalogImage | undefined {
	const exact = named(repo, tag);
	if (exact) return exact;
	const words = tag.split('-');
	if (!words.includes('alpine') || words.length < 3) return undefined;
	const release = named(repo, `${words[0]}-alpine`)?.codename;
	return release ? named(repo, words.map(word => (word === 'alpine' ? release : word)).join('-')) : undefined;
}

/** The .NET image an image reference names, or undefined for any other image. */
export function dotnetImage(reference: string): DotnetImage | undefined {
	const {name, tag, digest} = splitReference(reference.trim());
	const path = name.replace(/^(?:mcr\.microsoft\.com\/|docker\.io\/)/, '');
	let repo: Family | undefined;
	let legacy = false;
	let words = tag === '' ? [] : tag.split('-');
	const current = /^dotnet\/(runtime-deps|runtime|aspnet|sdk)$/.exec(path);
	const core = /^dotnet\/core\/(runtime-deps|runtime|aspnet|sdk)$/.exec(path);
	if (current) repo = current[1] as Family;
	else if (core) [repo, legacy] = [core[1] as Family, true];
	else if (path === 'microsoft/dotnet' || path === 'library/microsoft-dotnet') {
		legacy = true;
		const joined = words.slice(1).join('-');
		const family = legacyFamilies.find(([word]) => joined.startsWith(word) || joined.includes(`-${word}`));
		repo = family?.[1] ?? 'sdk';
	} else if (path === 'microsoft/aspnetcore') [repo, legacy] = ['aspnet', true];
	else if (path === 'microsoft/aspnetcore-build') [repo, legacy] = ['sdk', true];
	if (!repo || !families.includes(repo)) return undefined;

	const version = /^(\d+)\.(\d+)((?:\.\d+)*)$/.exec(words[0] ?? '');
	const suffixes = Object.entries(platforms).map(([architecture, platform]) => [architecture, platform.tagSuffix] as const);
	const architecture = suffixes.find(([, suffix]) => words.at(-1) === suffix)?.[0] as Architecture | undefined;
	if (architecture) words = words.slice(0, -1);
	const dotnet = version ? `${version[1]}.${version[2]}` : undefined;
	const patch = version?.[3] ? words[0] : undefined;
	const floatingTag = dotnet ? [dotnet, ...words.slice(1)].join('-') : words.join('-');
	const catalog = legacy ? undefined : catalogImage(repo, floatingTag);
	const windows = words.some(word => word.startsWith('nanoserver') || word.startsWith('windowsservercore'));
	return {
		repo,
		tag,
		...(digest ? {digest} : {}),
		legacy,
		...(dotnet ? {dotnet} : {}),
		...(patch ? {patch} : {}),
		...(architecture ? {architecture} : {}),
		...(catalog ? {catalog} : {}),
		floatingTag,
		...(catalog ? {os: catalog.os} : osOf(words) ? {os: osOf(words)!} : dotnet && !windows && !legacy ? {os: 'debian' as const} : {}),
		windows,
		distroless: catalog?.distroless ?? words.some(word => word === 'chiseled' || word === 'distroless'),
		extra: catalog?.extra ?? words.includes('extra'),
		aot: catalog?.aot ?? words.includes('aot'),
	};
}
