import {isSet, targetFrameworks, type Evaluation} from './evaluation.js';

/** What a project is for; only apps go into a container. */
export type ProjectKind = 'app' | 'test' | 'library' | 'aspire-host' | 'static-web' | 'mobile' | 'build' | 'desktop';

export const kindNames: Record<Exclude<ProjectKind, 'app'>, string> = {
	test: 'a test project',
	library: 'a library',
	'aspire-host': 'the Aspire app host',
	'static-web': 'a Blazor WebAssembly app (static files)',
	mobile: 'a MAUI or mobile app',
	build: 'a build project',
	desktop: 'a Windows desktop app',
};

/** Why a kind is not containerised, as the end of one sentence. */
export const kindReasons: Record<Exclude<ProjectKind, 'app'>, string> = {
	test: 'it runs under dotnet test, not in a container of its own; pass --project with the app it tests',
	library: 'it builds a DLL that an app references, and does not run by itself; pass --project with the app',
	'aspire-host': 'it orchestrates the other projects on a developer machine (aspire publish deploys them); pass --project with one of its apps',
	'static-web': 'its output is static files (HTML, JavaScript and .wasm) that run in the browser, which a web server serves; it is no process to start in a container',
	mobile: 'it runs on a phone, tablet or desktop, not in a Linux container',
	build: 'it runs the repository\'s build (NUKE, Cake), not an app',
	desktop: 'WPF and Windows Forms run only on Windows',
};

const testSdks = /^(MSTest|NUnit|xunit|Microsoft\.NET\.Test)\.Sdk$/i;
const buildPackages = ['Nuke.Common', 'Cake.Frosting'];
const platformFramework = /^net\d+\.\d+-(android|ios|maccatalyst|macos|tvos|tizen)/i;

/** The kind of project an evaluation describes (MSBuild's or the XML reader's). */
export function projectKind(evaluation: Evaluation): ProjectKind {
	const {sdks, packageReferences, properties} = evaluation;
	if (isSet(evaluation, 'IsTestProject') || packageReferences.includes('Microsoft.NET.Test.Sdk') || sdks.some(sdk => testSdks.test(sdk))) return 'test';
	if (isSet(evaluation, 'IsAspireHost') || sdks.some(sdk => sdk.startsWith('Aspire.AppHost.Sdk'))) return 'aspire-host';
	if (isSet(evaluation, 'UsingMicrosoftNETSdkBlazorWebAssembly') || sdks.includes('Microsoft.NET.Sdk.BlazorWebAssembly') || [properties.RuntimeIdentifier, properties.RuntimeIdentifiers].some(value => value?.split(';').includes('browser-wasm'))) return 'static-web';
	const frameworks = targetFrameworks(evaluation);
	if (isSet(evaluation, 'UseMaui') || (frameworks.length > 0 && frameworks.every(framework => platformFramework.test(framework)))) return 'mobile';
	if (isSet(evaluation, 'UseWPF') || isSet(evaluation, 'UseWindowsForms')) return 'desktop';
	if (packageReferences.some(reference => buildPackages.includes(reference))) return 'build';
	const web = isSet(evaluation, 'UsingMicrosoftNETSdkWeb') || sdks.includes('Microsoft.NET.Sdk.Web');
	const worker = isSet(evaluation, 'UsingMicrosoftNETSdkWorker') || sdks.includes('Microsoft.NET.Sdk.Worker');
	if (web || worker || /^(Win)?Exe$/i.test(properties.OutputType ?? '')) return 'app';
	return 'library';
}
