/**
 * Why a build failed, read from its output: the lines that are errors (MSBuild's `error XX0000:`,
 * NuGet's `NU…`, BuildKit's and buildah's step errors), the step they belong to, and what such
 * an error usually means. Rules are data: a pattern and a sentence, the first match wins.
 */

/** An error line as a person reads it: the tool's prefixes and the project it repeats left out. */
export function errorText(line: string): string | undefined {
	// BuildKit's "#8 1.934 " and a progress timestamp.
	const text = line.replace(/^#\d+ (?:\d+\.\d+ )?/, '').trim();
	if (!isError(text)) return undefined;
	// A .NET stack trace under "error MSB4018:" (its "at …" frames, "--- End of inner exception") is for the log.
	if (/error [A-Z]+\d+: +(?:at |---)|error [A-Z]+\d+:\s+--->/.test(text)) return undefined;
	return text
		// BuildKit says the failing step twice: "#8 ERROR: process …" and "ERROR: failed to solve: process …".
		.replace(/^ERROR: failed to solve: (process ")/, 'ERROR: $1')
		// MSBuild repeats the project at the end: " [/source/SampleApi.csproj]".
		.replace(/\s+\[[^\]]+\.(?:cs|fs|vb)proj(?:::TargetFramework=[^\]]*)?\]$/, '')
		// A target file of the SDK or a package says nothing to a person; a source file does.
		.replace(/^\S*\/([^/\s]+\.(?:targets|props))\(\d+,\d+\): /, '')
		.replace(/^\S*\/([^/\s]+\.(?:cs|fs|vb|csproj|fsproj|vbproj))(\(\d+,\d+\)): /, '$1$2: ');
}

function isError(text: string): boolean {
	return /(?:^|: )error(?: [A-Z]+\d+)? ?:/.test(text) // MSBuild, NuGet, the compiler, the SDK's containers
		|| /^ERROR:|^ERROR \[/.test(text) // BuildKit
		|| /^Error: |^error building at STEP|^error creating build container/.test(text); // buildah, podman
}

/** The phase of `dotnet publish` an MSBuild error code belongs to: its failing step. */
const sdkPhases: Array<[RegExp, string]> = [
	[/error NU\d+/, 'restore (dotnet restore: the NuGet packages)'],
	[/error (?:CS|FS|BC)\d+/, 'build (compiling the project)'],
	[/error CONTAINER\d+|"CreateNewImage" task|Microsoft\.NET\.Build\.Containers/, 'PublishContainer (making the image from the base image)'],
	[/error NETSDK\d+/, 'the .NET SDK checking the project'],
	[/error (?:IL|ILC)\d+|Platform linker not found/, 'Native AOT compilation and link'],
];

export function sdkStep(errors: string[]): string | undefined {
	return sdkPhases.find(([pattern]) => errors.some(line => pattern.test(line)))?.[1];
}

/** A registry host named in the error, for "cannot reach HOST". */
function hostIn(text: string): string | undefined {
	return /(?:lookup |pinging container registry |\(|https?:\/\/)([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?/i.exec(text)?.[1];
}

type Meaning = {pattern: RegExp; meaning: (text: string) => string};

const meanings: Meaning[] = [
	{pattern: /exec format error/i, meaning: () => 'a binary for another architecture ran without emulation. Only the SDK stage of the generated Dockerfile runs commands, on the build machine; keep RUN out of the final stage, or install QEMU with "docker run --privileged --rm tonistiigi/binfmt --install all".'},
	// Before "not found": buildah says "initializing source docker://…" for an unreachable registry too.
	{pattern: /no such host|Name or service not known|Temporary failure in name resolution|network is unreachable|connection refused|i\/o timeout|Could not resolve host|TLS handshake timeout/i, meaning: text => `registry unreachable: the build could not reach ${hostIn(text) ?? 'a registry'} (a name that does not resolve, or no network). Check the network or proxy (HTTPS_PROXY) on the build machine, or pull the base images from a mirror with --base-registry.`},
	{pattern: /NU1301|Unable to load the service index/, meaning: () => 'restore could not reach a package source: check the build\'s network access and your NuGet.config (a private feed\'s goes in with --secret id=nugetconfig).'},
	{pattern: /NU1101|NU1102|NU1103/, meaning: () => 'restore could not find a package or version in the package sources: check the package name and version, and that NuGet.config lists the feed that has it.'},
	{pattern: /error (?:CS|FS|BC)\d+/, meaning: () => 'the project does not compile: fix the errors above (dotnet build shows them on this machine too).'},
	{pattern: /Platform linker not found|clang: (?:command )?not found|cannot find -lz|ILCompiler.*requires|NETSDK1203/i, meaning: () => 'Native AOT could not link for the target: its C toolchain (clang or gcc for that architecture, zlib) is missing. Build on the -aot SDK image, or on a machine of the target architecture.'},
	{pattern: /NETSDK1045|does not support targeting \.NET/, meaning: () => 'the SDK is older than a framework the project targets: build with an SDK of the newest .NET version the project targets (a multi-targeted project restores every one).'},
	{pattern: /COPY only supports the --chmod/, meaning: () => 'this engine refuses COPY --link (buildah before 1.41, podman before 5.6): generate the Dockerfile for it with --engine buildah or podman, or remove --link.'},
	{pattern: /manifest unknown|failed to solve: .*not found|image not known|reading manifest/i, meaning: () => 'tag not found: an image the Dockerfile names is not in the registry, or not for every platform: check the tag exists for each one.'},
	{pattern: /unauthorized|authentication required|denied: /i, meaning: text => `the registry${hostIn(text) ? ` ${hostIn(text)!}` : ''} refused: log in to it (docker login, podman login) or check the image name.`},
];

export function explainFailure(lines: string[]): string | undefined {
	for (const {pattern, meaning} of meanings) {
		const line = lines.find(text => pattern.test(text));
		if (line !== undefined) return meaning(line);
	}
	return undefined;
}
