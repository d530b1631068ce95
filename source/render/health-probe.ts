import type {Recommendation} from '../engine/recommend.js';

/**
 * A health probe for images with no shell, curl or wget (chiseled, distroless, runtime-deps):
 * a small .NET program that the build stage writes and publishes the way the app is published,
 * and the final stage copies to /healthcheck. compose.yaml runs it in exec form, so nothing in the
 * image has to parse a command line. It asks the app's URL and exits 0 when the app answers with
 * a status below 500 within 5 seconds (it is up, even with no route at /), else 1.
 */

/** Where the probe lives in the final image. */
export const healthProbeFolder = '/healthcheck';

const probeProgram = [
	'// healthcheck URL: exit 0 when the app answers below 500 within 5 seconds, else 1',
	'using System.Net.Sockets;',
	'using System.Text;',
	'try',
	'{',
	'    var url = new Uri(args[0]);',
	'    using var client = new TcpClient { ReceiveTimeout = 5000, SendTimeout = 5000 };',
	'    if (!client.ConnectAsync(url.Host, url.Port).Wait(5000)) return 1;',
	'    var stream = client.GetStream();',
	'    stream.Write(Encoding.ASCII.GetBytes($"GET {url.PathAndQuery} HTTP/1.0\\r\\nHost: {url.Authority}\\r\\n\\r\\n"));',
	'    var status = new StreamReader(stream, Encoding.ASCII).ReadLine()?.Split(" ");',
	'    return status is [_, var code, ..] && int.TryParse(code, out var number) && number < 500 ? 0 : 1;',
	'}',
	'catch (Exception)',
	'{',
	'    return 1;',
	'}',
];

function probeProject(dotnet: string): string[] {
	return [
		'<Project Sdk="Microsoft.NET.Sdk">',
		'  <PropertyGroup>',
		'    <OutputType>Exe</OutputType>',
		`    <TargetFramework>net${dotnet}</TargetFramework>`,
		'    <ImplicitUsings>enable</ImplicitUsings>',
		'    <InvariantGlobalization>true</InvariantGlobalization>',
		'    <DebugType>none</DebugType>',
		'  </PropertyGroup>',
		'</Project>',
	];
}

/** Whether the final image has the `dotnet` host: only a framework-dependent app's does. */
function hasDotnetHost(recommendation: Recommendation): boolean {
	return recommendation.answers.deploy === 'framework';
}

/**
 * The publish: framework-dependent (a portable .dll, no packages to fetch) where the image has
 * `dotnet`; else self-contained in one trimmed file, or Native AOT when the app is, with the
 * packs the app's own restore already fetched.
 */
function probePublish(recommendation: Recommendation): string {
	const arch = recommendation.buildMode === 'emulated' ? '' : ' -a $TARGETARCH';
	const output = ` -o ${healthProbeFolder}`;
	switch (recommendation.answers.deploy) {
		case 'framework': return `dotnet publish -c Release -p:UseAppHost=false${output}`;
		case 'self-contained': return `dotnet publish -c Release${arch} --self-contained -p:PublishSingleFile=true -p:PublishTrimmed=true${output}`;
		case 'aot': return `dotnet publish -c Release${arch} -p:PublishAot=true${output} \\\n    && rm -f ${healthProbeFolder}/*.dbg`;
	}
}

/** A shell word list written one line each by printf: every line single-quoted, none holds a quote. */
function printfLines(lines: string[], file: string): string {
	if (lines.some(line => line.includes('\''))) throw new Error('health probe source: a line holds a single quote');
	return `printf '%s\\n' \\\n${lines.map(line => `        '${line}' \\`).join('\n')}\n        > ${file}`;
}

/**
 * The build-stage lines that make the probe, outside /source so that the repository's
 * Directory.Build.* files do not apply to it.
 */
export function healthProbeBuild(recommendation: Recommendation): string[] {
	return [
		'',
		'# The health check compose.yaml runs: the final image has no shell, curl or wget, so a small',
		'# .NET program asks the app\'s URL and exits 0 (healthy) or 1',
		'WORKDIR /probe',
		`RUN ${printfLines(probeProject(recommendation.answers.dotnet), 'healthcheck.csproj')} \\`,
		`    && ${printfLines(probeProgram, 'Program.cs')} \\`,
		`    && ${probePublish(recommendation)}`,
	];
}

/** The final-stage line that copies the probe beside the app. */
export function healthProbeCopy(copy: string): string {
	return `${copy} --from=build ${healthProbeFolder} ${healthProbeFolder}`;
}

/** The probe's command in exec form (no shell reads it), asking `url`. */
export function healthProbeCommand(recommendation: Recommendation, url: string): string[] {
	return hasDotnetHost(recommendation)
		? ['dotnet', `${healthProbeFolder}/healthcheck.dll`, url]
		: [`${healthProbeFolder}/healthcheck`, url];
}
