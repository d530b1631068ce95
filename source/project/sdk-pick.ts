import {dotnetVersions, imagesWhere, osNames, reference} from '../catalog/catalog.js';
import type {CatalogImage} from '../catalog/types.js';
import type {Recommendation} from '../engine/recommend.js';

/** Our runtime image beside the one `dotnet publish /t:PublishContainer` would use for the project as it is. */
export type SdkComparison = {
	/** What the SDK's ComputeContainerBaseImage picks. */
	sdk: string;
	ours: string;
	agrees: boolean;
	/** Why ours differs, one phrase per difference. */
	because: string[];
	/** The property that makes the SDK build on our image. */
	toAgree?: {property: 'ContainerFamily' | 'ContainerBaseImage'; value: string};
};

/** The catalog image an image reference names (by tag or alias), if it is an official one. */
export function catalogImage(imageReference: string): CatalogImage | undefined {
	const match = /^mcr\.microsoft\.com\/dotnet\/([a-z-]+):([^@\s]+)$/.exec(imageReference.trim());
	if (!match) return undefined;
	const [, repo, tag] = match;
	return imagesWhere(image => image.repo === repo && (image.tag === tag || image.aliases.includes(tag!)))[0];
}

/**
 * An official image of a .NET version older than every version the catalog holds (aspnet:7.0):
 * it exists, and is past end of support. The catalog holds every supported version, so older
 * ones have ended.
 */
export function retiredImage(imageReference: string): {repository: string; tag: string; dotnet: string} | undefined {
	const match = /^mcr\.microsoft\.com\/dotnet\/(sdk|aspnet|runtime|runtime-deps):((\d+)\.(\d+)(?:-[a-z0-9.-]+)?)$/.exec(imageReference.trim());
	if (!match) return undefined;
	const [, repository, tag, major, minor] = match;
	const oldest = Math.min(...dotnetVersions().map(version => Number.parseFloat(version)));
	return Number.parseFloat(`${major}.${minor}`) < oldest ? {repository: repository!, tag: tag!, dotnet: `${major}.${minor}`} : undefined;
}

const variant = (image: CatalogImage) => (image.chiseled ? 'chiseled' : image.distroless ? 'distroless' : 'full');

/** "the chiseled Ubuntu 24.04 image rather than the full one", "Ubuntu 24.04 rather than Debian 12". */
function rather(ours: CatalogImage, sdk: CatalogImage): string {
	const distro = (image: CatalogImage) => `${osNames[image.os]} ${image.release}`;
	if (distro(ours) === distro(sdk)) return `the ${variant(ours)} ${distro(ours)} image rather than the ${variant(sdk)} one`;
	const named = (image: CatalogImage) => `${image.chiseled || image.distroless ? `${variant(image)} ` : ''}${distro(image)}`;
	return `${named(ours)} rather than ${named(sdk)}`;
}

/** How our runtime image differs from the SDK's pick, in the user's terms. */
function differences(sdk: CatalogImage, ours: CatalogImage, recommendation: Recommendation, aspnetThrough?: string): string[] {
	const {answers} = recommendation;
	const because: string[] = [];
	if (sdk.dotnet !== ours.dotnet) because.push(`the answers ask for .NET ${ours.dotnet} (the SDK follows the project's target framework, .NET ${sdk.dotnet})`);
	if (sdk.repo === 'runtime' && ours.repo === 'aspnet' && aspnetThrough) {
		because.push(`the app needs ASP.NET Core through ${aspnetThrough} (its FrameworkReference), which the SDK does not look at: it reads the project's own FrameworkReference only, and its runtime image would not start the app`);
	} else if (sdk.repo !== ours.repo) {
		const deploy = {framework: 'framework-dependent', 'self-contained': 'self-contained', aot: 'Native AOT'}[answers.deploy];
		because.push(`the app is published ${deploy}${answers.deploy === 'framework' ? ` as a ${answers.app === 'web' ? 'web' : 'console'} app` : ''}, which runs on ${ours.repo}`);
	}
	if (sdk.os !== ours.os || sdk.release !== ours.release || sdk.distroless !== ours.distroless) {
		because.push(`${rather(ours, sdk)}: ${ours.distroless ? 'no shell is wanted' : answers.shell === 'yes' ? 'a shell is wanted' : `the answers ask for ${osNames[ours.os]}`}`);
	}
	if (sdk.extra !== ours.extra) because.push(ours.extra ? 'ICU and time zones wanted (-extra)' : 'invariant globalization (no -extra)');
	if (sdk.composite !== ours.composite) because.push(ours.composite ? 'composite start-up wanted' : 'no composite image');
	return because;
}

/**
 * Sets our runtime image beside the SDK's own pick for the project: whether they are the same
 * image, why not, and which property (ContainerFamily where only the variant differs, else
 * ContainerBaseImage) makes the SDK build on ours. `aspnetThrough`: the referenced project that
 * brings ASP.NET Core to an app that does not reference it itself, which the SDK's pick misses.
 */
export function compareWithSdk(sdkReference: string, recommendation: Recommendation, aspnetThrough?: string): SdkComparison {
	const ours = recommendation.runtime.image;
	const oursReference = recommendation.runtime.reference;
	const sdk = catalogImage(sdkReference);
	if (!sdk) {
		const retired = retiredImage(sdkReference);
		const why = retired ? `the SDK's pick is the official ${retired.repository}:${retired.tag}, for .NET ${retired.dotnet}, which is past end of support (no more security fixes); ours is .NET ${ours.dotnet}` : 'the SDK\'s pick is not an official image this tool knows';
		return {sdk: sdkReference, ours: oursReference, agrees: false, because: [why], toAgree: {property: 'ContainerBaseImage', value: oursReference}};
	}
	if (reference(sdk) === oursReference) return {sdk: sdkReference, ours: oursReference, agrees: true, because: []};
	const family = ours.tag.startsWith(`${ours.dotnet}-`) ? ours.tag.slice(ours.dotnet.length + 1) : undefined;
	// The SDK builds its tag as <version>-<ContainerFamily> on the repository it picks.
	const toAgree = sdk.repo === ours.repo && sdk.dotnet === ours.dotnet && family
		? {property: 'ContainerFamily' as const, value: family}
		: {property: 'ContainerBaseImage' as const, value: oursReference};
	return {sdk: sdkReference, ours: oursReference, agrees: false, because: differences(sdk, ours, recommendation, aspnetThrough), toAgree};
}
