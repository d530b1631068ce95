/**
 * NuGet packages whose native assets load an OS library that the .NET runtime images do not
 * carry. The official images hold only what .NET itself needs (glibc or musl, libssl, ICU, tzdata,
 * zlib); a package's own .so is copied with the app, but what that .so loads from the OS is not.
 * Data, with the source of each fact; the rule that reads it is project/native-dependencies.ts.
 */
export type NativeDependency = {
	/** Package ids, compared case-insensitively; one ending in "*" names every id it starts. */
	packages: string[];
	/** What the package's native code loads, as the loader's error names it. */
	library: string;
	/** When it is loaded, where that is narrower than "always". */
	when?: string;
	/** The OS packages that provide it, by package manager (apt: Debian and Ubuntu; apk: Alpine; tdnf: Azure Linux). */
	install: {apt: string[]; apk: string[]; tdnf: string[]};
	/** What to do instead, where no OS package fixes it. */
	advice?: string;
	/** Where the fact comes from. */
	source: string;
};

/** A package the app references, and what its native code needs. */
export type NativeNeed = {package: string; dependency: NativeDependency};

/** Whether an OS package provides it (System.Drawing.Common's and Playwright's needs have no such fix). */
export const installable = (dependency: NativeDependency) => dependency.install.apt.length > 0;

function matches(pattern: string, id: string): boolean {
	const [wanted, reference] = [pattern.toLowerCase(), id.toLowerCase()];
	return wanted.endsWith('*') ? reference.startsWith(wanted.slice(0, -1)) : reference === wanted;
}

/** The app's package references whose native code needs an OS library the images lack, one per library. */
export function nativeNeeds(packageReferences: string[]): NativeNeed[] {
	const needs: NativeNeed[] = [];
	for (const dependency of nativeDependencies) {
		const reference = packageReferences.find(id => dependency.packages.some(pattern => matches(pattern, id)));
		if (reference && !needs.some(need => need.dependency.library === dependency.library)) needs.push({package: reference, dependency});
	}
	return needs;
}

export const nativeDependencies: NativeDependency[] = [
	{
		packages: ['SkiaSharp.NativeAssets.Linux'],
		library: 'libfontconfig.so.1',
		install: {apt: ['libfontconfig1'], apk: ['fontconfig'], tdnf: ['fontconfig']},
		// SkiaSharp.NativeAssets.Linux.NoDependencies is the build without it.
		source: 'mono/SkiaSharp issues 2653 and 499 (libSkiaSharp.so needs fontconfig); dotnet/sdk-container-builds issue 475 (DllNotFoundException: libfontconfig.so.1 in a container)',
	},
	{
		packages: ['HarfBuzzSharp.NativeAssets.Linux'],
		library: 'libfontconfig.so.1',
		when: 'with SkiaSharp, which it shapes text for',
		install: {apt: ['libfontconfig1'], apk: ['fontconfig'], tdnf: ['fontconfig']},
		source: 'mono/SkiaSharp issue 90 (the Linux native assets of SkiaSharp and HarfBuzzSharp load fontconfig)',
	},
	{
		packages: ['Magick.NET-*', 'Magick.NET.Core'],
		library: 'fontconfig and its configuration (/etc/fonts/fonts.conf)',
		when: 'to draw text',
		install: {apt: ['fontconfig'], apk: ['fontconfig'], tdnf: ['fontconfig']},
		source: 'dlemstra/Magick.NET issue 1106 ("Fontconfig error: Cannot load default config file"); issue 556 (ImageMagick itself comes inside the package)',
	},
	{
		packages: ['Microsoft.Data.SqlClient'],
		library: 'libgssapi_krb5.so.2',
		when: 'for Integrated Security (Kerberos)',
		install: {apt: ['libgssapi-krb5-2'], apk: ['krb5-libs'], tdnf: ['krb5']},
		source: 'dotnet/SqlClient pull requests 1411 and 1468 (the GSSAPI library is loaded when integrated authentication is used)',
	},
	{
		packages: ['Npgsql', 'Npgsql.EntityFrameworkCore.PostgreSQL'],
		library: 'libgssapi_krb5.so.2',
		when: 'when it probes GSSAPI authentication (it logs "Cannot load library libgssapi_krb5.so.2" otherwise)',
		install: {apt: ['libgssapi-krb5-2'], apk: ['krb5-libs'], tdnf: ['krb5']},
		source: 'Ed-Fi-Alliance-OSS/Ed-Fi-ODS-Implementation pull request 1385 (Npgsql probes libgssapi_krb5.so.2 even with password authentication)',
	},
	{
		packages: ['System.Drawing.Common'],
		library: 'libgdiplus',
		install: {apt: [], apk: [], tdnf: []},
		advice: 'from .NET 7 it throws PlatformNotSupportedException off Windows, with libgdiplus or without: move to SkiaSharp or ImageSharp',
		source: 'learn.microsoft.com, .NET 6 breaking change "System.Drawing.Common only supported on Windows" (the runtime switch that allowed libgdiplus was removed in .NET 7)',
	},
	{
		packages: ['Microsoft.Playwright', 'Microsoft.Playwright.*'],
		library: 'a browser build and its libraries',
		install: {apt: [], apk: [], tdnf: []},
		advice: 'no .NET image carries them: base the final stage on mcr.microsoft.com/playwright/dotnet, or run `playwright install --with-deps chromium` in a final stage with a shell',
		source: 'playwright.dev/dotnet/docs/docker (browsers and their dependencies come from `playwright install --with-deps`, or the mcr.microsoft.com/playwright/dotnet image)',
	},
];
