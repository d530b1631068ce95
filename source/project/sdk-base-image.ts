/**
 * The base image `dotnet publish /t:PublishContainer` would use for a project, worked out from its
 * evaluated properties as the SDK's ComputeContainerBaseImage target and its
 * ComputeDotnetBaseImageAndTag task decide it (dotnet/sdk, src/Containers), without running any
 * target of the project: the project's own targets could hook the SDK's (BeforeTargets) and run.
 * test/real/sdk-base-image.test.ts holds it against the real target on projects of our own.
 */

/** The properties (as MSBuild evaluates them for a Release publish) and FrameworkReference items the pick reads. */
export const sdkPickProperties = [
	'ContainerBaseImage', 'ContainerFamily', 'ContainerRuntimeIdentifier', 'ContainerRuntimeIdentifiers', 'RuntimeIdentifier', 'RuntimeIdentifiers',
	'IsRidAgnostic', 'NETCoreSdkVersion', 'NETCoreSdkPortableRuntimeIdentifier', '_TargetFrameworkVersionWithoutV',
	'SelfContained', 'PublishSelfContained', 'PublishAot', 'PublishTrimmed', 'InvariantGlobalization',
] as const;

export type SdkPickInput = Partial<Record<(typeof sdkPickProperties)[number], string>> & {frameworkReferences: string[]};

// The first .NET whose images have -extra variants and channel-aware preview tags.
const firstVersionWithNewTags = 8;

type Version = {major: number; minor: number; patch: number; labels: string[]};

/** A SemVer 2 version as NuGet parses it (major.minor.patch, release labels after '-'), or undefined. */
function parseVersion(text: string): Version | undefined {
	const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
	if (!match) return undefined;
	return {major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), labels: match[4] ? match[4].split('.') : []};
}

const isPrerelease = (version: Version) => version.labels.length > 0;

/** Whether `version` is at least 8.0.300 (the first SDK whose default Ubuntu is noble). */
function atLeastNobleSdk(version: Version): boolean {
	const {major, minor, patch} = version;
	if (major !== 8) return major > 8;
	if (minor !== 0) return minor > 0;
	// 8.0.300-preview sorts before 8.0.300.
	return patch > 300 || (patch === 300 && !isPrerelease(version));
}

/** A task's boolean parameter as MSBuild converts it: true, on, yes (any case). */
const isTrue = (value: string | undefined) => /^(true|on|yes)$/i.test(value?.trim() ?? '');

/** A property list as an item Include splits it: at `;`, trimmed, empty parts dropped. */
const items = (value: string | undefined) => (value ?? '').split(';').map(part => part.trim()).filter(Boolean);

/** The runtime identifiers the target hands the task: the container's RID, else its RIDs, else the SDK machine's architecture on Linux. */
function targetRuntimeIdentifiers(input: SdkPickInput): string[] {
	let single = input.ContainerRuntimeIdentifier || input.RuntimeIdentifier || '';
	const many = input.ContainerRuntimeIdentifiers || (isTrue(input.IsRidAgnostic) ? '' : input.RuntimeIdentifiers ?? '');
	if (!single && !many) single = `linux-${(input.NETCoreSdkPortableRuntimeIdentifier ?? '').split('-')[1] ?? ''}`;
	return single ? items(single) : items(many);
}

/** The version part of the tag: the target framework's major.minor, or the SDK's for its own framework (with preview channels). */
function versionPart(input: SdkPickInput): {tag: string; version: Version; extras: boolean} | undefined {
	const framework = parseVersion(`${input._TargetFrameworkVersionWithoutV ?? ''}.0`);
	if (framework && framework.major < firstVersionWithNewTags) return {tag: `${framework.major}.${framework.minor}`, version: framework, extras: false};
	const sdk = parseVersion(input.NETCoreSdkVersion ?? '');
	if (!sdk) return undefined;
	if (framework && (framework.major < sdk.major || framework.minor < sdk.minor)) return {tag: `${framework.major}.${framework.minor}`, version: sdk, extras: true};
	if (!isPrerelease(sdk) || sdk.major < firstVersionWithNewTags || sdk.patch !== 100) return {tag: `${sdk.major}.${sdk.minor}`, version: sdk, extras: true};
	const [channel, increment] = sdk.labels;
	if (channel === 'rtm' || channel === 'servicing') return {tag: `${sdk.major}.${sdk.minor}`, version: sdk, extras: true};
	if ((channel === 'rc' || channel === 'preview') && increment !== undefined) return {tag: `${sdk.major}.${sdk.minor}.0-${channel}.${increment}`, version: sdk, extras: true};
	if (channel === 'alpha' || channel === 'dev' || channel === 'ci') return {tag: `${sdk.major}.${sdk.minor}-preview`, version: sdk, extras: true};
	return undefined;
}

/**
 * The SDK's pick: the project's ContainerBaseImage when set; else runtime-deps (self-contained),
 * aspnet (a FrameworkReference to Microsoft.AspNetCore.App in the project itself) or runtime, tagged
 * with the version, the ContainerFamily (plus -extra for a globalized app on a chiseled family), or
 * -alpine for musl, chiseled (+ -extra unless invariant) for Native AOT and trimmed apps.
 * Undefined where the SDK stops with an error (musl and glibc RIDs mixed, an SDK version it cannot read).
 */
export function sdkBaseImage(input: SdkPickInput): string | undefined {
	if (input.ContainerBaseImage) return input.ContainerBaseImage;
	const rids = targetRuntimeIdentifiers(input);
	const musl = rids.filter(rid => rid.startsWith('linux-musl')).length;
	if (musl > 0 && musl !== rids.length) return undefined;
	const isMusl = musl > 0;
	const part = versionPart(input);
	if (!part) return undefined;
	const selfContained = isTrue(input.SelfContained) || isTrue(input.PublishSelfContained);
	const aspnet = input.frameworkReferences.some(reference => reference.toLowerCase() === 'microsoft.aspnetcore.app');
	const repository = selfContained ? 'runtime-deps' : aspnet ? 'aspnet' : 'runtime';
	const invariant = isTrue(input.InvariantGlobalization);
	const aot = isTrue(input.PublishAot);
	const trimmed = isTrue(input.PublishTrimmed);
	let tag = part.tag;
	const family = input.ContainerFamily ?? '';
	if (family.trim()) {
		tag += `-${family}`;
		// A globalized app on the default (chiseled) family gets ICU: stable .NET 8 and later only.
		if (!isMusl && family.endsWith('-chiseled') && !invariant && part.extras && !isPrerelease(part.version) && part.version.major >= firstVersionWithNewTags) tag += '-extra';
	} else if (!part.extras) {
		if (isMusl) tag += '-alpine';
	} else {
		if (isMusl) tag += '-alpine';
		else if (aot || trimmed) tag += `-${atLeastNobleSdk(part.version) ? 'noble' : 'jammy'}-chiseled`;
		if ((aot || trimmed) && !invariant) tag += '-extra';
	}
	return `mcr.microsoft.com/dotnet/${repository}:${tag}`;
}
