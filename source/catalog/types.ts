export type Family = 'runtime-deps' | 'runtime' | 'aspnet' | 'sdk';
export type Architecture = 'amd64' | 'arm64' | 'arm';
export type OsFamily = 'ubuntu' | 'debian' | 'alpine' | 'azurelinux';

/** One official image (a multi-arch manifest list) and the floating tags that name it. */
export type CatalogImage = {
	repo: Family;
	dotnet: string;
	tag: string;
	aliases: string[];
	os: OsFamily;
	release: string;
	codename: string;
	chiseled: boolean;
	distroless: boolean;
	extra: boolean;
	composite: boolean;
	aot: boolean;
	architectures: Architecture[];
};

export type Lifecycle = {
	dotnet: string;
	releaseType: 'lts' | 'sts' | string;
	supportPhase: string;
	eolDate: string | null;
	runtimeVersion: string;
	sdkVersion: string;
	minorTag: string;
	/** For a preview: the day it is due to become a supported release, when the index tells. */
	gaDate: string | null;
};

/** Where a catalog came from and the day its data is as of. */
export type CatalogSource = {
	/** embedded: the snapshot built into this version; refreshed: downloaded with --refresh. */
	kind: 'embedded' | 'refreshed';
	/** YYYY-MM-DD: the snapshot's commit date, or the day it was downloaded. */
	date: string;
	/** The manifest and releases index it was built from, in words or as URLs. */
	manifest: string;
	releases: string;
	/** When it was downloaded (ISO 8601), for a refreshed catalog. */
	fetchedAt?: string;
};

/** Everything the engine reads about images: tags, lifecycle and where they came from. */
export type Catalog = {
	images: readonly CatalogImage[];
	lifecycle: readonly Lifecycle[];
	source: CatalogSource;
};
