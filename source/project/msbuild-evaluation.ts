import {execFile} from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {shownText} from '../grammar/shown-text.js';
import {evaluatedProperties, type Evaluation} from './evaluation.js';
import {readMsbuild} from './msbuild.js';

/**
 * MSBuild could not evaluate the project. `aboutProject` when MSBuild itself judged the project's
 * files (an error code such as MSB4025 or NETSDK1045, an SDK global.json asks for): the same files
 * fail the same way again. Otherwise dotnet did not get that far (the runtime could not start under
 * a memory or file-size limit, a timeout, a signal) and the next run may well succeed.
 */
export class EvaluationFailed extends Error {
	override name = 'EvaluationFailed';
	constructor(message: string, readonly aboutProject = false) {
		super(message);
	}
}

// What the dotnet host prints when no installed SDK satisfies global.json.
const sdkNotFound = /A compatible \.NET SDK was not found/;

/** An error MSBuild or the SDK reports about the project's files, as opposed to dotnet failing to run. */
function judgesProject(output: string): boolean {
	return /\berror (MSB|NETSDK|NU)\d{4}\b/.test(output) || sdkNotFound.test(output);
}

/** The .NET SDK is not on PATH. */
export class NoSdk extends Error {
	override name = 'NoSdk';
}

// What `dotnet publish` sets for the build it runs: a Release build, publishing.
const publishArguments = ['-p:Configuration=Release', '-p:_IsPublishing=true'];
const pathProperties = ['MSBuildExtensionsPath', 'MSBuildUserExtensionsPath', 'NuGetPackageRoot', 'MSBuildProjectExtensionsPath', 'UseCurrentRuntimeIdentifier'];
const items = ['ProjectReference', 'FrameworkReference', 'PackageReference', 'ContainerPort', 'ContainerEnvironmentVariable'];

function dotnet(args: string[], cwd: string): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile('dotnet', ['msbuild', ...args, '-nologo', '-nodeReuse:false'], {
			cwd,
			maxBuffer: 256 * 1024 * 1024,
			timeout: 120_000,
			env: {...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1', MSBUILDDISABLENODEREUSE: '1'},
		}, (error, stdout, stderr) => {
			if (!error) {
				resolve(stdout);
				return;
			}
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				reject(new NoSdk('the .NET SDK (dotnet) is not on PATH'));
				return;
			}
			const output = `${stdout}\n${stderr}`;
			// Killed (a timeout, a signal) is never a verdict on the project, whatever was printed.
			const finished = !error.killed && error.signal === null && typeof error.code === 'number';
			reject(new EvaluationFailed(failureReason(output) ?? error.message, finished && judgesProject(output)));
		});
	});
}

/** The one line that says why dotnet msbuild failed. */
export function failureReason(output: string): string | undefined {
	const requested = /Requested SDK version: (\S+)/.exec(output)?.[1];
	if (sdkNotFound.test(output)) {
		return `no installed .NET SDK satisfies the ${requested ?? 'version'} that global.json asks for`;
	}
	const hostFailure = /Failed to (?:create|initialize) CoreCLR, HRESULT: (0x[\dA-F]{8})/i.exec(output)?.[1];
	if (hostFailure) return `dotnet could not start its runtime: HRESULT ${hostFailure}, often a memory or file-size limit`;
	const lines = output.split('\n').map(line => line.trim()).filter(Boolean);
	const line = lines.find(candidate => /\berror\b/i.test(candidate)) ?? lines[0];
	// "/path/App.csproj : error MSB4236: The SDK 'X' specified could not be found. [/path]" → the error itself.
	const reason = line?.replace(/^.*?:\s*(error\b)/i, '$1').replace(/\s*\[[^\]]*\]$/, '');
	// It may quote the project's own text: control characters escaped, cut to one readable line.
	return reason === undefined ? undefined : shownText(reason, {limit: maxReasonLength - 1});
}

/** The longest MSBuild error shown: one line of a terminal or two. */
const maxReasonLength = 240;

type Reported = {Properties?: Record<string, string>; Items?: Record<string, Array<Record<string, string>>>};

function parseReport(stdout: string): Reported {
	const start = stdout.indexOf('{');
	try {
		return JSON.parse(stdout.slice(start)) as Reported;
	} catch {
		throw new EvaluationFailed(`dotnet msbuild printed no evaluation (${stdout.trim().split('\n')[0] ?? 'nothing'})`);
	}
}

/** The files a preprocessed project (`-pp`) says were imported, in order. */
export function importedFiles(preprocessed: string): string[] {
	const found = [...preprocessed.matchAll(/^\s*<Import [^\n]*>\s*\n\s*\n([^\n]+)\n=+\s*$/gm)].map(match => match[1]!.trim());
	return [...new Set(found)];
}

const inside = (file: string, folder: string | undefined) => Boolean(folder) && !path.relative(folder!, file).startsWith('..') && !path.isAbsolute(path.relative(folder!, file));

/**
 * Asks MSBuild for the project as a Release publish evaluates it: the properties and items,
 * every file of the project's own it imports, and the base image the SDK's
 * ComputeContainerBaseImage target picks. With several target frameworks the properties are
 * those of `framework` (else the newest the caller picks through `pickFramework`).
 */
export async function evaluateWithMsbuild(file: string, pickFramework: (frameworks: string[]) => string | undefined): Promise<Evaluation> {
	const cwd = path.dirname(file);
	const propertyArguments = [...evaluatedProperties, ...pathProperties].map(name => `-getProperty:${name}`);
	const itemArguments = items.map(name => `-getItem:${name}`);
	// One run evaluates the project and runs the SDK's ComputeContainerBaseImage target, which
	// keeps the project's own ContainerBaseImage in _InitialContainerBaseImage. A project the
	// target cannot handle is evaluated without it.
	const evaluate = (globals: string[]) => dotnet([file, '-t:ComputeContainerBaseImage', '-getProperty:_InitialContainerBaseImage', '-getProperty:NETCoreSdkPortableRuntimeIdentifier', ...propertyArguments, ...itemArguments, ...publishArguments, ...globals], cwd)
		.then(parseReport)
		.catch(async () => ({...parseReport(await dotnet([file, ...propertyArguments, ...itemArguments, ...publishArguments, ...globals], cwd)), evaluatedOnly: true}));
	// -pp prints nothing when it fails: the evaluation's error is the one to show.
	const [evaluated, preprocessing] = await Promise.allSettled([evaluate([]), dotnet([file, '-pp', ...publishArguments], cwd)]);
	if (evaluated.status === 'rejected') throw evaluated.reason;
	if (preprocessing.status === 'rejected') throw preprocessing.reason;
	const outer = evaluated.value;
	const preprocessed = preprocessing.value;
	let report: Reported & {evaluatedOnly?: boolean} = outer;
	const frameworks = (outer.Properties?.TargetFrameworks ?? '').split(';').map(framework => framework.trim()).filter(Boolean);
	if (!outer.Properties?.TargetFramework && frameworks.length > 0) {
		// A multi-targeted project: publish builds one framework, with that framework's properties.
		const framework = pickFramework(frameworks);
		if (framework) report = await evaluate([`-p:TargetFramework=${framework}`]);
	}
	const reported = {...report.Properties};
	const picked = report.evaluatedOnly ? undefined : reported.ContainerBaseImage;
	if (!report.evaluatedOnly) {
		reported.ContainerBaseImage = reported._InitialContainerBaseImage ?? '';
		// The target fills in ContainerRuntimeIdentifier from RuntimeIdentifier, else the SDK machine's architecture.
		const machine = `linux-${(reported.NETCoreSdkPortableRuntimeIdentifier ?? '').split('-')[1]}`;
		if (!reported.RuntimeIdentifier && !reported.ContainerRuntimeIdentifiers && reported.ContainerRuntimeIdentifier === machine) reported.ContainerRuntimeIdentifier = '';
	}
	const properties = Object.fromEntries(evaluatedProperties.flatMap(name => (reported[name] ? [[name, reported[name]]] : [])));
	// The SDK fills in the build machine's own RID for a publish that needs one: that says nothing about the target.
	if (reported.UseCurrentRuntimeIdentifier?.toLowerCase() === 'true') {
		if (properties.ContainerRuntimeIdentifier === properties.RuntimeIdentifier) delete properties.ContainerRuntimeIdentifier;
		delete properties.RuntimeIdentifier;
	}
	// Keep the outer TargetFrameworks: the inner evaluation sets TargetFramework alone.
	if (outer.Properties?.TargetFrameworks) properties.TargetFrameworks = outer.Properties.TargetFrameworks;
	const itemsOf = (name: string) => report.Items?.[name] ?? [];
	const sdkRoot = reported.MSBuildExtensionsPath ? path.dirname(path.dirname(path.resolve(reported.MSBuildExtensionsPath))) : undefined;
	const notOwn = [sdkRoot, reported.NuGetPackageRoot, process.env['NUGET_PACKAGES'], path.join(os.homedir(), '.nuget', 'packages'), reported.MSBuildUserExtensionsPath, reported.MSBuildProjectExtensionsPath];
	const imports = [file, ...importedFiles(preprocessed).filter(imported => !notOwn.some(folder => inside(imported, folder)))];
	// The SDKs named in the project file itself: MSBuild reports what they set, not their names.
	const own = await readMsbuild(file, path.basename(file));
	const execCommands = (await Promise.all(imports.map(async imported => readMsbuild(imported, imported).then(read => read.execCommands ?? [], () => [])))).flat();
	return {
		evaluator: 'msbuild',
		file,
		properties,
		conditions: {},
		setIn: {},
		sdks: own.sdks ?? [],
		frameworkReferences: itemsOf('FrameworkReference').map(item => item.Identity!),
		packageReferences: itemsOf('PackageReference').map(item => item.Identity!),
		projectReferences: [...new Set(itemsOf('ProjectReference').map(item => item.FullPath ?? path.resolve(cwd, item.Identity!)))],
		containerPorts: itemsOf('ContainerPort').map(item => [item.Identity, item.Type].filter(Boolean).join('/')),
		containerEnvironment: Object.fromEntries(itemsOf('ContainerEnvironmentVariable').map(item => [item.Identity!, item.Value ?? ''])),
		imports: [...new Set(imports)],
		execCommands,
		unseen: [],
		...(picked ? {sdkBaseImage: picked} : {}),
	};
}
