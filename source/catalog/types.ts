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
};
