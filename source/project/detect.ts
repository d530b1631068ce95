import {readdirSync} from 'node:fs';
import path from 'node:path';
import {dotnetVersions, imagesWhere} from '../catalog/catalog.js';
import {installable, nativeNeeds} from '../catalog/native-dependencies.js';
import type {AnswerId} from '../engine/answers.js';
import {InputError, type AnswerLayer} from '../engine/resolve.js';
import {shownList} from '../grammar/shown-list.js';
import {shownText} from '../grammar/shown-text.js';
import {buildContextFor, isWithin, realPathOr, type BuildContext} from './build-context.js';
import {evaluateProject, noSdkReason, type DetectMode} from './evaluate.js';
import {credentialConfigs} from './feed-credentials.js';
import {isSet, targetFrameworks, type Evaluation, type Evaluator} from './evaluation.js';
import {readGlobalJson, type SdkPin} from './global-json.js';
import {kindNames, kindReasons, projectKind, type ProjectKind} from './project-kind.js';
import {staticClientSentence} from './static-client.js';
import {makeProject, type Project} from './project.js';
import {evaluateWithXml, fileAbove} from './xml-evaluation.js';

export type Detection = {
	project: Project;
	/** The build context: the Dockerfile goes here and every path in it is relative to it. */
	contextDirectory: string;
	context: BuildContext;
	projectFile: string;
	kind: ProjectKind;
	layer: AnswerLayer;
	/** Things the project says that no Linux image can serve (net48, net10.0-windows …): --dotnet overrides them. */
	problems: string[];
	/** Why the project is not an app to containerise (a library, a test project …): nothing overrides it. */
	refusal?: string;
	/** What the user should know about how the project was read (the reader, the context, what was not seen). */
	notes: string[];
	/** Container* properties already in the project, shown so the user sees what the SDK would use. */
	containerProperties: Record<string, string>;
	/** The SDK the global.json in the build context asks for. */
	sdkPin?: SdkPin;
	evaluation: Evaluation;
	evaluator: Evaluator;
	/** Why MSBuild was not used although the SDK was wanted. */
	fallback?: string;
	/** The target frameworks the project lists, in its order. */
	frameworks: string[];
	/** Shared frameworks the app needs only through a referenced project, each with that project (as shown). */
	referencedFrameworks: Map<string, string>;
};

/** The shared framework of ASP.NET Core: an app that references it, itself or through a project, runs on aspnet. */
export const aspnetFramework = 'Microsoft.AspNetCore.App';

/** The .NET versions the catalog has images for, newest first, among these target frameworks. */
function usableFrameworks(frameworks: string[]): Array<{framework: string; version: string}> {
	return frameworks.flatMap(framework => {
		const match = /^net(\d+)\.(\d+)$/.exec(framework);
		return match && dotnetVersions().includes(`${match[1]}.${match[2]}`) ? [{framework, version: `${match[1]}.${match[2]}`}] : [];
	}).sort((a, b) => Number.parseFloat(b.version) - Number.parseFloat(a.version));
}

/** The framework a publish of a multi-targeted project builds: the newest one with images. */
export const newestFramework = (frameworks: string[]) => usableFrameworks(frameworks)[0]?.framework;

/** Maps an evaluation to answers, each with the property that told us. */
export function answersFromEvaluation(evaluation: Evaluation, referencedFrameworks: ReadonlyMap<string, string> = new Map()): {values: Partial<Record<AnswerId, string>>; notes: Partial<Record<AnswerId, string>>; problems: string[]} {
	const values: Partial<Record<AnswerId, string>> = {};
	const notes: Partial<Record<AnswerId, string>> = {};
	const problems: string[] = [];
	const {properties} = evaluation;
	const set = (id: AnswerId, value: string, note: string) => {
		values[id] = value;
		notes[id] = note;
	};
	// "PublishAot true", the condition it was set under and the file it was set in, if any.
	const said = (name: string, text = `${name} ${properties[name]}`) => {
		const condition = evaluation.conditions[name] ? ` if ${evaluation.conditions[name]}` : '';
		const where = evaluation.setIn[name] ? ` in ${path.basename(evaluation.setIn[name]!)}` : '';
		// The value and condition are the project's own text (a property function may have read any file): cut as every message cuts it.
		return shownText(`${text}${condition}${where}`);
	};

	const frameworks = targetFrameworks(evaluation);
	const property = properties.TargetFrameworks && frameworks.length > 1 ? 'TargetFrameworks' : properties.TargetFramework ? 'TargetFramework' : 'TargetFrameworks';
	const usable = usableFrameworks(frameworks);
	if (usable.length > 0) {
		const best = usable[0]!;
		set('dotnet', best.version, said(property, usable.length > 1 || frameworks.length > 1 ? `${property} ${frameworks.join(';')}: the newest` : `${property} ${best.framework}`));
	} else if (frameworks.length > 0) {
		problems.push(frameworkProblem(frameworks));
	} else if (properties.TargetFrameworkVersion) {
		problems.push(`it is a classic .NET Framework project (TargetFrameworkVersion ${properties.TargetFrameworkVersion}, no SDK): .NET Framework runs only in Windows containers, and the official Linux .NET images need net${dotnetVersions()[0]} or later.`);
	}

	const web = isSet(evaluation, 'UsingMicrosoftNETSdkWeb') || evaluation.sdks.includes('Microsoft.NET.Sdk.Web');
	if (web) set('app', 'web', 'Sdk Microsoft.NET.Sdk.Web');
	else if (evaluation.frameworkReferences.includes('Microsoft.AspNetCore.App')) set('app', 'web', 'FrameworkReference Microsoft.AspNetCore.App');
	// The app runs with every framework its references need (its runtimeconfig.json lists them): a worker on a library with ASP.NET Core needs aspnet.
	else if (referencedFrameworks.has(aspnetFramework)) set('app', 'web', `FrameworkReference ${aspnetFramework} in ${referencedFrameworks.get(aspnetFramework)!}, which the app references`);
	else if (isSet(evaluation, 'UsingMicrosoftNETSdkWorker') || evaluation.sdks.includes('Microsoft.NET.Sdk.Worker')) set('app', 'console', 'Sdk Microsoft.NET.Sdk.Worker');
	else if (/^(Win)?Exe$/i.test(properties.OutputType ?? '')) set('app', 'console', said('OutputType'));

	const selfContained = ['SelfContained', 'PublishSelfContained'].find(name => isSet(evaluation, name));
	if (isSet(evaluation, 'PublishAot')) set('deploy', 'aot', said('PublishAot'));
	else if (selfContained) set('deploy', 'self-contained', said(selfContained));
	else if (!['SelfContained', 'PublishSelfContained'].some(name => properties[name]?.toLowerCase() === 'false')) {
		// From .NET 8 the SDK publishes trimmed and single-file apps self-contained unless told otherwise.
		const implies = ['PublishTrimmed', 'PublishSingleFile'].find(name => isSet(evaluation, name));
		if (implies) set('deploy', 'self-contained', `${said(implies)} (published self-contained)`);
	}
	if (isSet(evaluation, 'PublishReadyToRun') && !isSet(evaluation, 'PublishAot')) set('startup', 'readytorun', said('PublishReadyToRun'));
	if (properties.InvariantGlobalization !== undefined) {
		set('globalization', isSet(evaluation, 'InvariantGlobalization') ? 'invariant' : 'icu', said('InvariantGlobalization'));
	} else if (!isSet(evaluation, 'PublishAot')) {
		// .NET loads ICU unless the project opts out: an invariant image would change how it formats and sorts.
		set('globalization', 'icu', 'InvariantGlobalization not set: .NET uses ICU by default');
	}

	const ridProperty = ['ContainerRuntimeIdentifiers', 'RuntimeIdentifiers', 'ContainerRuntimeIdentifier', 'RuntimeIdentifier'].find(name => properties[name]);
	if (ridProperty) {
		const rids = properties[ridProperty]!.split(';').map(rid => rid.trim()).filter(rid => rid.startsWith('linux-'));
		const arches = [...new Set(rids.map(rid => ({x64: 'amd64', arm64: 'arm64', arm: 'arm'})[rid.replace(/^linux-(musl-)?/, '')]).filter(Boolean))];
		if (arches.length > 0) set('arch', arches.join(','), said(ridProperty));
		if (rids.length > 0 && rids.every(rid => rid.startsWith('linux-musl-'))) set('os', 'alpine', said(ridProperty, `${ridProperty} ${properties[ridProperty]} (musl)`));
	}

	const base = properties.ContainerBaseImage;
	const family = properties.ContainerFamily;
	const image = containerImage(base, family);
	if (image) {
		const note = said(base ? 'ContainerBaseImage' : 'ContainerFamily');
		set('os', image.os, note);
		if (image.distroless) set('shell', 'no', note);
		else if (image.os !== 'alpine' && image.os !== 'debian') set('shell', 'yes', note);
		if (image.extra && !values.globalization) set('globalization', 'icu', note);
	}
	// A package whose native code needs an OS library: an image with a shell can install it.
	const native = nativeNeeds(evaluation.packageReferences).find(need => installable(need.dependency));
	if (native && !values.shell) set('shell', 'yes', `PackageReference ${native.package}: it loads ${native.dependency.library}, which an image with no shell cannot add`);
	return {values, notes, problems};
}

/** The catalog image a ContainerBaseImage or ContainerFamily (e.g. noble-chiseled) names. */
function containerImage(base?: string, family?: string) {
	if (base) {
		const match = /^mcr\.microsoft\.com\/dotnet\/([a-z-]+):(.+)$/.exec(base);
		return match ? imagesWhere(image => image.repo === match[1] && (image.tag === match[2] || image.aliases.includes(match[2]!)))[0] : undefined;
	}
	return family ? imagesWhere(image => image.tag.endsWith(`-${family}`))[0] : undefined;
}

function frameworkProblem(frameworks: string[]): string {
	const listed = frameworks.join(';');
	const offered = `this tool offers images for .NET ${dotnetVersions().join(', ')}`;
	if (frameworks.some(framework => /^net\d{2,3}$/.test(framework))) {
		return `the project targets ${listed}: .NET Framework runs only in Windows containers, and the official Linux .NET images need net${dotnetVersions()[0]} or later.`;
	}
	if (frameworks.some(framework => /-windows/.test(framework))) return `the project targets ${listed}: Windows-only frameworks cannot run in Linux containers.`;
	if (frameworks.every(framework => framework.startsWith('netstandard'))) return `the project targets ${listed}: a class library, not an app that runs in a container.`;
	const old = frameworks.map(framework => /^net(?:coreapp)?(\d+)\.(\d+)$/.exec(framework)).find(Boolean);
	if (old && Number(old[1]) < Number.parseFloat(dotnetVersions()[0]!)) {
		return `the project targets ${listed}: official images for .NET ${old[1]}.${old[2]} exist, but it is past end of support and they get no security fixes any more (${offered}). Retarget it to net${dotnetVersions().at(-2) ?? dotnetVersions()[0]}; on a newer runtime (--dotnet) it starts only with DOTNET_ROLL_FORWARD=Major (--roll-forward sets it in the Dockerfile).`;
	}
	return `the project targets ${listed}, which has no official container images (${offered}).`;
}

const nugetConfigNames = new Set(['nuget.config']);

/** NuGet.config files restore reads: one in each folder from the project's up to `top`. */
function nugetConfigs(folder: string, top: string): string[] {
	const found: string[] = [];
	let current = folder;
	for (;;) {
		let entries: string[] = [];
		try {
			entries = readdirSync(current);
		} catch {}
		found.push(...entries.filter(name => nugetConfigNames.has(name.toLowerCase())).map(name => path.join(current, name)));
		const parent = path.dirname(current);
		if (current === top || parent === current || !isWithin(parent, top)) break;
		current = parent;
	}
	return found.reverse();
}

/**
 * The files inside the context (by their path) whose real path, through a symbolic link, lies
 * outside the context's real path: the build context holds the link, not what it points to.
 */
function linkedOutside(files: string[], contextDirectory: string): string[] {
	const realContext = realPathOr(contextDirectory, contextDirectory);
	const found: string[] = [];
	for (const file of new Set(files)) {
		const real = realPathOr(file, undefined);
		if (real !== undefined && !isWithin(real, realContext)) found.push(file);
	}
	return found;
}

/** The projects an app references, directly or through others, and what restore and the app need of them. */
type References = {
	projects: string[];
	/** The MSBuild files each referenced project reads. */
	imports: string[];
	/** Each framework a referenced project references, and the first project (nearest the app) that does. */
	frameworks: Map<string, string>;
	/** What the XML reader could not see in them. */
	unseen: string[];
};

/** At most this many referenced projects are evaluated at once: MSBuild takes a core and a few hundred MB. */
const referencesAtOnce = 2;

/**
 * The app's reference closure, level by level, each project read as the app was: with MSBuild
 * (from the cache when its files are unchanged; the references Directory.Build.targets adds under
 * conditions only MSBuild decides count) or with the XML reader.
 */
async function referencedProjects(evaluation: Evaluation, shown: (file: string) => string, framework: string | undefined): Promise<References> {
	const found: References = {projects: [], imports: [], frameworks: new Map(), unseen: []};
	const mode: DetectMode = evaluation.evaluator === 'msbuild' ? 'auto' : 'xml';
	// A referenced project is built for the app's framework where it targets it, else its newest.
	const pickFramework = (frameworks: string[]) => (framework && frameworks.includes(framework) ? framework : newestFramework(frameworks));
	const read = async (file: string): Promise<Evaluation | undefined> => {
		try {
			return (await evaluateProject(file, {mode, shown, pickFramework, cacheExtra: framework ?? ''})).evaluation;
		} catch {
			// Missing or broken: restore will say so; the Dockerfile cannot copy it.
			return undefined;
		}
	};
	let level = [...evaluation.projectReferences];
	while (level.length > 0) {
		level = [...new Set(level)].filter(file => file !== evaluation.file && !found.projects.includes(file));
		const evaluations: Array<Evaluation | undefined> = [];
		for (let start = 0; start < level.length; start += referencesAtOnce) {
			evaluations.push(...await Promise.all(level.slice(start, start + referencesAtOnce).map(read)));
		}
		const next: string[] = [];
		for (const [index, referenced] of evaluations.entries()) {
			if (!referenced) continue;
			found.projects.push(level[index]!);
			found.imports.push(...referenced.imports.filter(file => file !== referenced.file));
			for (const name of referenced.frameworkReferences) if (!found.frameworks.has(name)) found.frameworks.set(name, referenced.file);
			found.unseen.push(...referenced.unseen);
			next.push(...referenced.projectReferences);
		}
		level = next;
	}
	return found;
}

/** The port the project says the app listens on: its ContainerPort, else ASPNETCORE_HTTP_PORTS in its container environment. */
function appPort(evaluation: Evaluation): string | undefined {
	return evaluation.containerPorts[0] ?? evaluation.containerEnvironment.ASPNETCORE_HTTP_PORTS?.split(';')[0]?.trim();
}

export type DetectOptions = {detect?: DetectMode; context?: string};

/** Reads the project as a Release publish sees it, and works out the build context. */
export async function detectProject(file: string, cwd: string, options: DetectOptions = {}): Promise<Detection> {
	const shown = (target: string) => path.relative(cwd, target) || path.basename(target);
	const folder = path.dirname(file);
	const {evaluation: own, fallback} = await evaluateProject(file, {mode: options.detect ?? 'auto', shown, pickFramework: newestFramework});
	const references = await referencedProjects(own, shown, newestFramework(targetFrameworks(own)) ?? own.properties.TargetFramework);
	// What the XML reader could not see in the referenced projects counts as the app's.
	const evaluation = references.unseen.length > 0 ? {...own, unseen: [...new Set([...own.unseen, ...references.unseen])]} : own;
	const referencedFrameworks = new Map([...references.frameworks].filter(([name]) => !own.frameworkReferences.includes(name)).map(([name, from]) => [name, shown(from)]));
	const {values, notes: answerNotes, problems} = answersFromEvaluation(evaluation, referencedFrameworks);
	const kind = projectKind(evaluation);
	const notes: string[] = [];
	// Without the SDK the XML reader is the reader (--explain and --json say so); an SDK that failed is news.
	if (fallback && fallback !== noSdkReason) notes.push(`${fallback}: read ${shown(file)} with the XML reader, which does not run MSBuild.`);
	if (evaluation.evaluator === 'xml' && evaluation.unseen.length > 0) {
		notes.push(`the XML reader could not follow ${shownList(evaluation.unseen, 3, '; ')}: answers set there are not seen (install the .NET SDK to read the project with MSBuild).`);
	}
	if (!values.dotnet && problems.length === 0) {
		problems.push(evaluation.evaluator === 'xml'
			? `no TargetFramework found, so the .NET version is unknown${evaluation.unseen.length > 0 ? `: it may be set where the XML reader cannot follow (${shownList(evaluation.unseen, 2, '; ')}); with the .NET SDK on PATH, MSBuild reads it` : ''}.`
			: 'MSBuild evaluates no TargetFramework for it, so the .NET version is unknown.');
	}

	const globalJsonFound = await fileAbove(folder, 'global.json');
	const msbuildFiles = [...evaluation.imports, ...references.projects, ...references.imports];
	const context = await buildContextFor({
		projectFile: file,
		msbuildFiles,
		otherFiles: [],
		cwd,
		...(options.context === undefined ? {} : {contextFlag: options.context}),
	});
	// NuGet.config and global.json count where they are inside the bound; a user-wide one is not the project's.
	const configs = nugetConfigs(folder, context.bound.folder);
	const globalJson = globalJsonFound && isWithin(globalJsonFound, context.bound.folder) ? globalJsonFound : undefined;
	const widened = await buildContextFor({
		projectFile: file,
		msbuildFiles,
		otherFiles: [...configs, ...(globalJson ? [globalJson] : [])],
		cwd,
		...(options.context === undefined ? {} : {contextFlag: options.context}),
	});
	const contextDirectory = widened.directory;
	const relative = (target: string) => path.relative(contextDirectory, target).split(path.sep).join('/');
	const inContext = (target: string) => isWithin(target, contextDirectory);
	const where = (target: string) => path.relative(cwd, target) || '.';
	if (widened.widenedFor.length > 0) {
		notes.push(`build context: ${where(contextDirectory)}, widened from ${where(folder)} to hold ${shownList(widened.widenedFor.map(relative))}.`);
	} else if (contextDirectory !== cwd) {
		// Paths in the Dockerfile are relative to it: say so when it is not where the user is.
		notes.push(`build context: ${where(contextDirectory)} (${options.context === undefined ? 'the app\'s folder' : '--context'}).`);
	}
	for (const outside of widened.outside) notes.push(`${shown(outside)} is read by the build but lies outside the build context ${shown(contextDirectory)}: the container build will not see it.`);
	for (const linked of linkedOutside([...msbuildFiles, ...configs, ...(globalJson ? [globalJson] : [])].filter(inContext), contextDirectory)) {
		notes.push(`${shown(linked)} is in the build context through a symbolic link to a file outside it: the container build copies the link, not the file.`);
	}

	// A NuGet.config with feed credentials is mounted as a build secret, never copied.
	const secretConfigs = (await credentialConfigs(configs, shown)).filter(inContext);
	for (const other of secretConfigs.slice(1)) notes.push(`${shown(other)} also holds feed credentials: only ${shown(secretConfigs[0]!)} is mounted as the build secret "nugetconfig" (restore reads no copy of the other); move its credentials there.`);
	const restoreFiles = [
		...(globalJson && inContext(globalJson) ? [globalJson] : []),
		...evaluation.imports.filter(imported => imported !== file),
		...references.imports,
		...configs,
		...references.projects,
		file,
		// A file in the context only as a link to one outside it is not copied: the build would get the link.
	].filter(target => inContext(target) && !widened.outside.includes(target) && !secretConfigs.includes(target)).map(relative);
	const sdkPin = globalJson && inContext(globalJson) ? await readGlobalJson(globalJson, shown(globalJson)) : undefined;

	const name = evaluation.properties.AssemblyName ?? path.basename(file).replace(/\.[^.]+$/, '');
	const frameworks = targetFrameworks(evaluation);
	let project: Project;
	try {
		project = makeProject({
			name,
			projectFile: relative(file),
			restoreFiles: [...new Set(restoreFiles)],
			...(frameworks.length > 1 ? {frameworks} : {}),
			singleFile: isSet(evaluation, 'PublishSingleFile'),
			...(evaluation.properties.ContainerRepository ?? evaluation.properties.ContainerImageName ? {repository: evaluation.properties.ContainerRepository ?? evaluation.properties.ContainerImageName} : {}),
			...(appPort(evaluation) === undefined ? {} : {port: appPort(evaluation)!}),
			...(secretConfigs[0] ? {secretNugetConfig: relative(secretConfigs[0]), otherSecretConfigs: secretConfigs.slice(1).map(relative)} : {}),
			// 1.0.0 is MSBuild's Version when the project sets none (the XML reader sees none): both readers agree.
			...(evaluation.properties.Version && evaluation.properties.Version !== '1.0.0' ? {version: evaluation.properties.Version} : {}),
			...(evaluation.properties.RepositoryUrl ? {sourceUrl: evaluation.properties.RepositoryUrl} : {}),
		});
	} catch (error) {
		throw new InputError(`${shown(file)}: ${(error as Error).message}`);
	}
	const containerProperties = Object.fromEntries(Object.entries(evaluation.properties).filter(([key]) => key.startsWith('Container')));
	return {
		project,
		contextDirectory,
		context: widened,
		projectFile: file,
		kind,
		layer: {source: 'detected', values, notes: answerNotes, origin: id => `${shown(file)} (${answerNotes[id] ?? id})`},
		problems,
		...(kind === 'app' ? {} : {refusal: kind === 'static-web' ? `it is ${await staticClientSentence(file)}.` : `it is ${kindNames[kind]}, not an app: ${kindReasons[kind]}.`}),
		notes,
		containerProperties,
		...(sdkPin ? {sdkPin} : {}),
		evaluation,
		evaluator: evaluation.evaluator,
		...(fallback ? {fallback} : {}),
		frameworks,
		referencedFrameworks,
	};
}
