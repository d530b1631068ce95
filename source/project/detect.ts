import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {XMLParser} from 'fast-xml-parser';
import {dotnetVersions, imagesWhere} from '../catalog/catalog.js';
import type {AnswerId} from '../engine/answers.js';
import {InputError, type AnswerLayer} from '../engine/resolve.js';
import {makeProject, type Project} from './project.js';
import {readGlobalJson, type SdkPin} from './global-json.js';
import {readMsbuild, type MsbuildFile} from './msbuild.js';

export type Located =
	/** `note` says how the project was picked when a folder or solution held several. */
	| {kind: 'found'; file: string; note?: string}
	/** `skipped` says which projects are left out of the choice and why ("Api.Tests.csproj is a test project"). */
	| {kind: 'choose'; candidates: string[]; reason: string; skipped?: string[]}
	| {kind: 'none'; folder: string};

export type Detection = {
	project: Project;
	/** The build context: the Dockerfile goes here and every path in it is relative to it. */
	contextDirectory: string;
	projectFile: string;
	layer: AnswerLayer;
	/** Things the project says that no Linux image can serve (net48, net10.0-windows …). */
	problems: string[];
	/** Container* properties already in the project, shown so the user sees what the SDK would use. */
	containerProperties: Record<string, string>;
	/** The SDK the global.json in the build context asks for. */
	sdkPin?: SdkPin;
};

const projectExtensions = ['.csproj', '.fsproj', '.vbproj'];
const isProject = (name: string) => projectExtensions.some(extension => name.endsWith(extension));
const isSolution = (name: string) => name.endsWith('.sln') || name.endsWith('.slnx');

async function isFolder(file: string): Promise<boolean> {
	try {
		return (await stat(file)).isDirectory();
	} catch {
		return false;
	}
}

/** Projects a .sln or .slnx lists, as absolute paths. */
export async function solutionProjects(solution: string): Promise<string[]> {
	const content = await readFile(solution, 'utf8');
	const folder = path.dirname(solution);
	let paths: string[];
	if (solution.endsWith('.slnx')) {
		const found: string[] = [];
		const walk = (node: unknown): void => {
			if (Array.isArray(node)) node.forEach(walk);
			else if (node && typeof node === 'object') {
				for (const [key, value] of Object.entries(node)) {
					if (key === 'Project') for (const project of [value].flat()) found.push(String((project as Record<string, unknown>)['@Path'] ?? ''));
					else walk(value);
				}
			}
		};
		walk(new XMLParser({ignoreAttributes: false, attributeNamePrefix: '@'}).parse(content));
		paths = found;
	} else {
		paths = [...content.matchAll(/^Project\("[^"]*"\)\s*=\s*"[^"]*",\s*"([^"]+)"/gm)].map(match => match[1]!);
	}
	return paths.map(entry => entry.replaceAll('\\', '/')).filter(isProject).map(entry => path.resolve(folder, entry));
}

/** Finds the project: --project (file, folder or solution), else the current folder. */
export async function locateProject(cwd: string, projectFlag?: string): Promise<Located> {
	const target = path.resolve(cwd, projectFlag ?? '.');
	if (projectFlag !== undefined && !(await isFolder(target))) {
		try {
			await stat(target);
		} catch {
			throw new InputError(`--project: ${projectFlag} does not exist.`);
		}
		if (isProject(target)) return {kind: 'found', file: target};
		if (isSolution(target)) return choose(await solutionProjects(target), `${path.basename(target)} lists several projects`, cwd);
		throw new InputError(`--project: ${projectFlag} is not a .csproj, a solution (.sln, .slnx) or a folder.`);
	}
	const entries = (await readdir(target)).sort();
	const projects = entries.filter(isProject).map(name => path.join(target, name));
	if (projects.length === 1) return {kind: 'found', file: projects[0]!};
	if (projects.length > 1) return choose(projects, `${path.relative(cwd, target) || 'this folder'} has several projects`, cwd);
	const solutions = entries.filter(isSolution);
	if (solutions.length > 0) {
		const listed = (await Promise.all(solutions.map(async solution => solutionProjects(path.join(target, solution))))).flat();
		return choose([...new Set(listed)], `${solutions[0]} lists several projects`, cwd);
	}
	return {kind: 'none', folder: target};
}

/** What a project is for; only apps go into a container. */
export type ProjectRole = 'app' | 'test' | 'library' | 'aspire-host';

const roleNames: Record<Exclude<ProjectRole, 'app'>, string> = {test: 'a test project', library: 'a library', 'aspire-host': 'the Aspire app host'};

export async function projectRole(file: string): Promise<ProjectRole> {
	let msbuild: MsbuildFile;
	try {
		msbuild = await readMsbuild(file, file);
	} catch {
		// Unreadable: keep it on the list, and let detection say what is wrong once it is picked.
		return 'app';
	}
	const {sdk = '', properties, packageReferences} = msbuild;
	if (truthy(properties.IsTestProject) || packageReferences.includes('Microsoft.NET.Test.Sdk') || /^(MSTest|NUnit|xunit)\.Sdk$/i.test(sdk)) return 'test';
	if (truthy(properties.IsAspireHost) || sdk.startsWith('Aspire.AppHost.Sdk')) return 'aspire-host';
	if (['Microsoft.NET.Sdk.Web', 'Microsoft.NET.Sdk.Worker'].includes(sdk) || /^(Win)?Exe$/i.test(properties.OutputType ?? '')) return 'app';
	return 'library';
}

/**
 * One project from several: the only app among them is taken (tests, libraries and an Aspire app
 * host are not containerised); with several apps, those are the choice; with none, all are.
 */
async function choose(candidates: string[], reason: string, cwd: string): Promise<Located> {
	if (candidates.length === 1) return {kind: 'found', file: candidates[0]!};
	const roles = await Promise.all(candidates.map(async file => ({file, role: await projectRole(file)})));
	const apps = roles.filter(({role}) => role === 'app').map(({file}) => file);
	if (apps.length === 1) {
		const others = roles.filter(({role}) => role !== 'app').map(({file, role}) => `${path.basename(file)} is ${roleNames[role as Exclude<ProjectRole, 'app'>]}`);
		return {kind: 'found', file: apps[0]!, note: `${reason}: using ${path.relative(cwd, apps[0]!)}, the only app (${others.join(', ')})`};
	}
	const skipped = roles.filter(({role}) => role !== 'app').map(({file, role}) => `${path.relative(cwd, file)} is ${roleNames[role as Exclude<ProjectRole, 'app'>]}`);
	return apps.length > 1 ? {kind: 'choose', candidates: apps, reason: reason.replace('several projects', 'several apps'), ...(skipped.length > 0 ? {skipped} : {})} : {kind: 'choose', candidates, reason};
}

/** The nearest Directory.Build.props above the project (MSBuild imports only that one). */
async function findUp(start: string, name: string): Promise<string | undefined> {
	let folder = start;
	for (;;) {
		const candidate = path.join(folder, name);
		try {
			await stat(candidate);
			return candidate;
		} catch {}
		const parent = path.dirname(folder);
		if (parent === folder) return undefined;
		folder = parent;
	}
}

const contextMarkers = ['Directory.Build.props', 'Directory.Build.targets', 'Directory.Packages.props', 'NuGet.config', 'nuget.config', 'global.json'];

/**
 * The build context: the project folder, widened to the topmost folder within the current one that
 * holds a solution or shared build files, so that restore sees everything it needs.
 */
async function contextFor(projectFolder: string, cwd: string): Promise<string> {
	let context = projectFolder;
	if (path.relative(cwd, projectFolder).startsWith('..')) return context;
	let folder = projectFolder;
	for (;;) {
		const entries = await readdir(folder);
		if (entries.some(name => isSolution(name) || contextMarkers.includes(name))) context = folder;
		if (folder === cwd) break;
		const parent = path.dirname(folder);
		if (parent === folder) break;
		folder = parent;
	}
	return context;
}

const truthy = (value: string | undefined) => value?.toLowerCase() === 'true';

/** Maps MSBuild properties to answers, each with the property that told us. */
export function answersFromMsbuild(msbuild: MsbuildFile): {values: Partial<Record<AnswerId, string>>; notes: Partial<Record<AnswerId, string>>; problems: string[]} {
	const values: Partial<Record<AnswerId, string>> = {};
	const notes: Partial<Record<AnswerId, string>> = {};
	const problems: string[] = [];
	const set = (id: AnswerId, value: string, note: string) => {
		values[id] = value;
		notes[id] = note;
	};
	const {properties} = msbuild;
	// "PublishAot true", and the condition it was set under, if any.
	const said = (name: string, text = `${name} ${properties[name]}`) => (msbuild.conditions[name] ? `${text} if ${msbuild.conditions[name]}` : text);

	const frameworks = (properties.TargetFrameworks ?? properties.TargetFramework ?? '').split(';').map(framework => framework.trim()).filter(Boolean);
	const property = properties.TargetFrameworks ? 'TargetFrameworks' : 'TargetFramework';
	const usable = frameworks.flatMap(framework => {
		const match = /^net(\d+)\.(\d+)$/.exec(framework);
		return match && dotnetVersions().includes(`${match[1]}.${match[2]}`) ? [{framework, version: `${match[1]}.${match[2]}`}] : [];
	});
	if (usable.length > 0) {
		const best = usable.sort((a, b) => Number.parseFloat(b.version) - Number.parseFloat(a.version))[0]!;
		set('dotnet', best.version, said(property, usable.length > 1 ? `${property} ${frameworks.join(';')}: the newest` : `${property} ${best.framework}`));
	} else if (frameworks.length > 0) {
		problems.push(frameworkProblem(frameworks));
	}

	const sdk = msbuild.sdk ?? '';
	if (sdk === 'Microsoft.NET.Sdk.Web' || msbuild.frameworkReferences.includes('Microsoft.AspNetCore.App')) {
		set('app', 'web', sdk === 'Microsoft.NET.Sdk.Web' ? 'Sdk Microsoft.NET.Sdk.Web' : 'FrameworkReference Microsoft.AspNetCore.App');
	} else if (sdk === 'Microsoft.NET.Sdk.Worker') {
		set('app', 'console', 'Sdk Microsoft.NET.Sdk.Worker');
	} else if (properties.OutputType?.toLowerCase() === 'exe') {
		set('app', 'console', said('OutputType'));
	}

	if (truthy(properties.PublishAot)) set('deploy', 'aot', said('PublishAot'));
	else if (truthy(properties.SelfContained)) set('deploy', 'self-contained', said('SelfContained'));
	if (truthy(properties.PublishReadyToRun) && !truthy(properties.PublishAot)) set('startup', 'readytorun', said('PublishReadyToRun'));
	if (properties.InvariantGlobalization !== undefined) {
		set('globalization', truthy(properties.InvariantGlobalization) ? 'invariant' : 'icu', said('InvariantGlobalization'));
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
	}
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
	if (frameworks.some(framework => /^net\d{2,3}$/.test(framework))) {
		return `the project targets ${listed}: .NET Framework runs only in Windows containers, and the official Linux .NET images need net${dotnetVersions()[0]} or later.`;
	}
	if (frameworks.some(framework => /-windows/.test(framework))) return `the project targets ${listed}: Windows-only frameworks cannot run in Linux containers.`;
	if (frameworks.every(framework => framework.startsWith('netstandard'))) return `the project targets ${listed}: a class library, not an app that runs in a container.`;
	return `the project targets ${listed}, which has no official container images (images exist for .NET ${dotnetVersions().join(', ')}).`;
}

/** The projects a project references, directly or through others, as absolute paths. */
async function referencedProjects(file: string, direct: string[]): Promise<string[]> {
	const found: string[] = [];
	const queue = direct.map(reference => path.resolve(path.dirname(file), reference));
	while (queue.length > 0) {
		const reference = queue.shift()!;
		if (reference === file || found.includes(reference)) continue;
		let msbuild: MsbuildFile;
		try {
			msbuild = await readMsbuild(reference, reference);
		} catch {
			// Missing or broken: restore will say so; the Dockerfile cannot copy it.
			continue;
		}
		found.push(reference);
		queue.push(...msbuild.projectReferences.map(next => path.resolve(path.dirname(reference), next)));
	}
	return found;
}

/** The deepest folder that holds all of these. */
function commonFolder(folders: string[]): string {
	return folders.reduce((common, folder) => {
		let candidate = common;
		while (path.relative(candidate, folder).startsWith('..')) candidate = path.dirname(candidate);
		return candidate;
	});
}

/** Reads the project and the Directory.Build.props that applies to it. */
export async function detectProject(file: string, cwd: string): Promise<Detection> {
	const shown = (target: string) => path.relative(cwd, target) || path.basename(target);
	const folder = path.dirname(file);
	const props = await findUp(folder, 'Directory.Build.props');
	const inherited: MsbuildFile = props ? await readMsbuild(props, shown(props)) : {properties: {}, conditions: {}, frameworkReferences: [], packageReferences: [], projectReferences: []};
	// Directory.Build.props is imported before the project's own properties, which can test its values.
	const own = await readMsbuild(file, shown(file), inherited.properties);
	const properties = {...inherited.properties, ...own.properties};
	const merged: MsbuildFile = {
		...(own.sdk ? {sdk: own.sdk} : {}),
		properties,
		conditions: Object.fromEntries(Object.keys(properties).flatMap(name => {
			const condition = own.properties[name] === undefined ? inherited.conditions[name] : own.conditions[name];
			return condition ? [[name, condition]] : [];
		})),
		frameworkReferences: [...inherited.frameworkReferences, ...own.frameworkReferences],
		packageReferences: [...inherited.packageReferences, ...own.packageReferences],
		projectReferences: own.projectReferences,
	};
	const {values, notes, problems} = answersFromMsbuild(merged);
	const fromProps = (id: AnswerId, name: string) => props && inherited.properties[name] !== undefined && own.properties[name] === undefined ? `${notes[id]} in ${shown(props)}` : notes[id];
	for (const [id, name] of [['dotnet', 'TargetFramework'], ['globalization', 'InvariantGlobalization'], ['deploy', 'PublishAot'], ['startup', 'PublishReadyToRun']] as const) {
		if (notes[id]) notes[id] = fromProps(id, name);
	}

	// Restore needs every project the app references, so the context holds them all.
	const references = await referencedProjects(file, own.projectReferences);
	const contextDirectory = await contextFor(commonFolder([folder, ...references.map(reference => path.dirname(reference))]), cwd);
	const relative = (target: string) => path.relative(contextDirectory, target).split(path.sep).join('/');
	const restoreFiles: string[] = [];
	for (const projectFolder of [folder, ...references.map(reference => path.dirname(reference))]) {
		for (const name of contextMarkers.filter(marker => marker !== 'global.json')) {
			const found = await findUp(projectFolder, name);
			if (found && !relative(found).startsWith('..')) restoreFiles.push(relative(found));
		}
	}
	restoreFiles.push(...references.map(relative), relative(file));
	// global.json chooses the SDK for restore as much as for publish: it goes in first.
	const found = await findUp(folder, 'global.json');
	const globalJson = found && !relative(found).startsWith('..') ? found : undefined;
	const sdkPin = globalJson ? await readGlobalJson(globalJson, shown(globalJson)) : undefined;
	if (globalJson) restoreFiles.unshift(relative(globalJson));

	const name = merged.properties.AssemblyName ?? path.basename(file).replace(/\.[^.]+$/, '');
	let project: Project;
	try {
		project = makeProject({name, projectFile: relative(file), restoreFiles: [...new Set(restoreFiles)]});
	} catch (error) {
		throw new InputError(`${shown(file)}: ${(error as Error).message}`);
	}
	const containerProperties = Object.fromEntries(Object.entries(merged.properties).filter(([key]) => key.startsWith('Container')));
	return {
		project,
		contextDirectory,
		projectFile: file,
		layer: {source: 'detected', values, notes, origin: id => `${shown(file)} (${notes[id] ?? id})`},
		problems,
		containerProperties,
		...(sdkPin ? {sdkPin} : {}),
	};
}
