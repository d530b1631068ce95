import {mkdtempSync, rmdirSync, rmSync, unlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {shownText} from '../grammar/shown-text.js';
import {evaluatedProperties, type Evaluation} from './evaluation.js';
import {evaluationTimeoutSeconds, maxDotnetOutput, runDotnet} from './bounded-dotnet.js';
import {importsOf} from './imports-archive.js';
import {msbuildLaunch, type MsbuildLaunch} from './msbuild-launch.js';
import {msbuildRunSettings, shapedByWorkloads, workloadProperties} from './msbuild-run-settings.js';
import {readMsbuild} from './msbuild.js';
import {sdkBaseImage, sdkPickProperties} from './sdk-base-image.js';

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

/**
 * Runs `dotnet msbuild args`, bounded (see runDotnet): its stdout, or why it failed. Only an
 * error MSBuild printed after running to its end is a verdict on the project.
 */
async function dotnet(args: string[], cwd: string, launch: MsbuildLaunch, settings: Record<string, string>): Promise<string> {
	const timeout = evaluationTimeoutSeconds();
	const run = await runDotnet([...launch.arguments, ...args, '-nologo', '-nodeReuse:false'], {
		cwd,
		timeoutSeconds: timeout,
		env: {...process.env, ...launch.environment, ...settings, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1', MSBUILDDISABLENODEREUSE: '1'},
	});
	if (run.stopped === 'missing') throw new NoSdk('the .NET SDK (dotnet) is not on PATH');
	if (run.stopped === 'timeout') throw new EvaluationFailed(`dotnet msbuild did not finish within ${timeout} s`);
	if (run.stopped === 'output') throw new EvaluationFailed(`dotnet msbuild printed more than ${maxDotnetOutput / 1024 / 1024} MiB`);
	if (run.exitCode === 0) return run.stdout;
	const output = `${run.stdout}\n${run.stderr}`;
	const why = failureReason(output) ?? (run.stopped === 'signal' ? 'dotnet msbuild was stopped by a signal' : `dotnet msbuild exited with code ${run.exitCode}`);
	// Killed (a signal) is never a verdict on the project, whatever was printed.
	throw new EvaluationFailed(why, run.exitCode !== undefined && judgesProject(output));
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
		throw new EvaluationFailed(`dotnet msbuild printed no evaluation (${shownText(stdout.trim().split('\n')[0] || 'nothing', {limit: 80})})`);
	}
}

/**
 * Whether a file is one of these folders or inside one. Each folder is resolved once: a read
 * checks a few hundred imports against them (path.relative for each pair cost more than MSBuild's
 * answer took to parse).
 */
function insideAny(folders: Array<string | undefined>): (file: string) => boolean {
	// Windows paths compare without case, as path.win32.relative compares them.
	const comparable = (name: string) => (path.sep === '\\' ? path.resolve(name).toLowerCase() : path.resolve(name));
	const prefixes = folders.filter((folder): folder is string => Boolean(folder)).map(folder => comparable(folder));
	return file => {
		const resolved = comparable(file);
		return prefixes.some(folder => resolved === folder || resolved.startsWith(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`));
	};
}

/** Removes the binary log's folder: its two files by name (a recursive removal walks it first), anything else MSBuild left there as well. */
function removeScratch(folder: string): void {
	for (const name of ['evaluation.binlog', 'evaluation.ProjectImports.zip']) {
		try {
			unlinkSync(path.join(folder, name));
		} catch {}
	}
	try {
		rmdirSync(folder);
	} catch {
		rmSync(folder, {recursive: true, force: true});
	}
}

/**
 * One evaluation of the project, with no target run (not even its InitialTargets): the
 * properties and items asked for, and every file it imported, from the archive of a binary log
 * written into a folder of our own (removed after the run). Where that folder cannot be made (no
 * temporary folder, a path MSBuild would split at ;), imports is undefined.
 */
async function evaluateOnce(file: string, globals: string[], launch: MsbuildLaunch, settings: Record<string, string>): Promise<{report: Reported; imports?: string[]}> {
	const cwd = path.dirname(file);
	const propertyArguments = [...new Set([...evaluatedProperties, ...sdkPickProperties, ...pathProperties, ...workloadProperties])].map(name => `-getProperty:${name}`);
	const itemArguments = items.map(name => `-getItem:${name}`);
	let scratch: string | undefined;
	try {
		scratch = mkdtempSync(path.join(os.tmpdir(), 'diw-msbuild-'));
	} catch {}
	try {
		const log = scratch && !/[;"]/.test(scratch) ? [`-bl:${path.join(scratch, 'evaluation.binlog')};ProjectImports=ZipFile`] : [];
		const stdout = await dotnet([file, ...propertyArguments, ...itemArguments, ...publishArguments, ...globals, ...log], cwd, launch, settings);
		return {report: parseReport(stdout), ...(log.length > 0 ? {imports: importsOf(path.join(scratch!, 'evaluation.ProjectImports.zip'))} : {})};
	} finally {
		if (scratch) removeScratch(scratch);
	}
}

/**
 * One evaluation for a publish, without the SDK's workload resolver; again with it where the
 * project is one that workloads shape (msbuild-run-settings.ts).
 */
async function evaluateForPublish(file: string, globals: string[], launch: MsbuildLaunch): Promise<{report: Reported; imports?: string[]}> {
	const quick = msbuildRunSettings(process.env, false);
	const evaluated = await evaluateOnce(file, globals, launch, quick.variables);
	if (!quick.workloadsOff || !shapedByWorkloads(evaluated.report.Properties ?? {})) return evaluated;
	return evaluateOnce(file, globals, launch, msbuildRunSettings(process.env, true).variables);
}

/**
 * Asks MSBuild for the project as a Release publish evaluates it, in one run of MSBuild (see
 * msbuild-launch.ts for how dotnet starts it; `dotnetRoot` is where the dotnet on PATH is installed)
 * that evaluates and runs nothing (a multi-targeted project: one more, for the framework
 * `pickFramework` picks; a project for a workload's platform: again with the workloads, see
 * evaluateForPublish): the properties and items, every file of the project's own it imports,
 * and the base image the SDK would pick, worked out as its ComputeContainerBaseImage target does
 * (sdk-base-image.ts) rather than by running the target, which the project's own targets can hook.
 * `fallbackImports` (the XML reader's) stand in where MSBuild's list of imports could not be had.
 */
export async function evaluateWithMsbuild(file: string, pickFramework: (frameworks: string[]) => string | undefined, fallbackImports: string[] = [], dotnetRoot?: string): Promise<Evaluation> {
	const cwd = path.dirname(file);
	const launch = await msbuildLaunch(cwd, dotnetRoot);
	const outer = await evaluateForPublish(file, [], launch);
	let {report, imports: imported} = outer;
	const frameworks = (outer.report.Properties?.TargetFrameworks ?? '').split(';').map(framework => framework.trim()).filter(Boolean);
	if (!outer.report.Properties?.TargetFramework && frameworks.length > 0) {
		// A multi-targeted project: publish builds one framework, with that framework's properties.
		const framework = pickFramework(frameworks);
		if (framework) ({report, imports: imported} = await evaluateForPublish(file, [`-p:TargetFramework=${framework}`], launch));
	}
	const reported = {...report.Properties};
	const itemsOf = (name: string) => report.Items?.[name] ?? [];
	const frameworkReferences = itemsOf('FrameworkReference').map(item => item.Identity!);
	const picked = sdkBaseImage({...reported, frameworkReferences});
	const properties = Object.fromEntries(evaluatedProperties.flatMap(name => (reported[name] ? [[name, reported[name]]] : [])));
	// The SDK fills in the build machine's own RID for a publish that needs one: that says nothing about the target.
	if (reported.UseCurrentRuntimeIdentifier?.toLowerCase() === 'true') {
		if (properties.ContainerRuntimeIdentifier === properties.RuntimeIdentifier) delete properties.ContainerRuntimeIdentifier;
		delete properties.RuntimeIdentifier;
	}
	// Keep the outer TargetFrameworks: the inner evaluation sets TargetFramework alone.
	if (outer.report.Properties?.TargetFrameworks) properties.TargetFrameworks = outer.report.Properties.TargetFrameworks;
	const sdkRoot = reported.MSBuildExtensionsPath ? path.dirname(path.dirname(path.resolve(reported.MSBuildExtensionsPath))) : undefined;
	const notOwn = [sdkRoot, reported.NuGetPackageRoot, process.env['NUGET_PACKAGES'], path.join(os.homedir(), '.nuget', 'packages'), reported.MSBuildUserExtensionsPath, reported.MSBuildProjectExtensionsPath];
	const notOwnFile = insideAny(notOwn);
	const imports = [...new Set([file, ...(imported ?? fallbackImports).filter(name => !notOwnFile(name))])];
	// The SDKs named in the project file itself: MSBuild reports what they set, not their names.
	const own = await readMsbuild(file, path.basename(file));
	// The <Exec> commands of the project (read once, above) and of every other file of its own.
	const others = await Promise.all(imports.slice(1).map(async name => readMsbuild(name, name).then(read => read.execCommands ?? [], () => [])));
	const execCommands = [...(own.execCommands ?? []), ...others.flat()];
	return {
		evaluator: 'msbuild',
		file,
		properties,
		conditions: {},
		setIn: {},
		sdks: own.sdks ?? [],
		frameworkReferences,
		packageReferences: itemsOf('PackageReference').map(item => item.Identity!),
		projectReferences: [...new Set(itemsOf('ProjectReference').map(item => item.FullPath ?? path.resolve(cwd, item.Identity!)))],
		containerPorts: itemsOf('ContainerPort').map(item => [item.Identity, item.Type].filter(Boolean).join('/')),
		containerEnvironment: Object.fromEntries(itemsOf('ContainerEnvironmentVariable').map(item => [item.Identity!, item.Value ?? ''])),
		imports,
		execCommands,
		unseen: [],
		...(picked ? {sdkBaseImage: picked} : {}),
	};
}
