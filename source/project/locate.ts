import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {XMLParser} from 'fast-xml-parser';
import {InputError} from '../engine/resolve.js';
import {shownList} from '../grammar/shown-list.js';
import {inputCaps, readInputFile} from '../read/input-file.js';
import {parseXmlFile} from './xml-document.js';
import {kindNames, projectKind, type ProjectKind} from './project-kind.js';
import {evaluateWithXml} from './xml-evaluation.js';

export type Located =
	/** `note` says how the project was picked when a folder or solution held several. */
	| {kind: 'found'; file: string; note?: string}
	/** `skipped` says which projects are left out of the choice and why ("tests/Api.Tests.csproj is a test project"). */
	| {kind: 'choose'; candidates: string[]; reason: string; skipped?: string[]}
	| {kind: 'none'; folder: string};

const projectExtensions = ['.csproj', '.fsproj', '.vbproj'];
export const isProject = (name: string) => projectExtensions.some(extension => name.endsWith(extension));
const isSolution = (name: string) => name.endsWith('.sln') || name.endsWith('.slnx') || name.endsWith('.slnf');

async function isFolder(file: string): Promise<boolean> {
	try {
		return (await stat(file)).isDirectory();
	} catch {
		return false;
	}
}

/** Projects a .sln, .slnx or solution filter (.slnf) lists, as absolute paths. */
export async function solutionProjects(solution: string, shownAs = path.basename(solution)): Promise<string[]> {
	const content = await readInputFile(solution, {shownAs, maxBytes: inputCaps.solution});
	let folder = path.dirname(solution);
	let paths: string[];
	if (solution.endsWith('.slnf')) {
		let filter: {solution?: {path?: unknown; projects?: unknown}};
		try {
			filter = JSON.parse(content) as typeof filter;
		} catch (error) {
			throw new InputError(`${shownAs} is not a solution filter: ${(error as Error).message.split('\n')[0]}.`);
		}
		const {path: solutionPath, projects} = filter.solution ?? {};
		if (typeof solutionPath !== 'string' || !Array.isArray(projects)) throw new InputError(`${shownAs} is not a solution filter: it has no "solution": {"path", "projects"}.`);
		// The filter's project paths are relative to the solution it filters.
		folder = path.dirname(path.resolve(folder, solutionPath.replaceAll('\\', '/')));
		paths = projects.map(String);
	} else if (solution.endsWith('.slnx')) {
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
		walk(parseXmlFile(content, shownAs, new XMLParser({ignoreAttributes: false, attributeNamePrefix: '@'})));
		paths = found;
	} else {
		paths = [...content.matchAll(/^Project\("[^"]*"\)\s*=\s*"[^"]*",\s*"([^"]+)"/gm)].map(match => match[1]!);
	}
	return paths.map(entry => entry.replaceAll('\\', '/')).filter(isProject).map(entry => path.resolve(folder, entry));
}

/** Project files in the folder and the folders below it (not bin, obj, node_modules or hidden ones). */
async function projectsBelow(folder: string, depth = 0): Promise<string[]> {
	if (depth > 5) return [];
	let entries;
	try {
		entries = await readdir(folder, {withFileTypes: true});
	} catch {
		return [];
	}
	const sorted = entries.sort((a, b) => a.name.localeCompare(b.name));
	const here = sorted.filter(entry => entry.isFile() && isProject(entry.name)).map(entry => path.join(folder, entry.name));
	const below = await Promise.all(sorted
		.filter(entry => entry.isDirectory() && !entry.name.startsWith('.') && !['bin', 'obj', 'node_modules', 'artifacts'].includes(entry.name))
		.map(async entry => projectsBelow(path.join(folder, entry.name), depth + 1)));
	return [...here, ...below.flat()];
}

/**
 * Finds the project: --project (file, folder or solution), else the current folder, else the
 * folders below it. A --project that holds no project is an error.
 */
/** `named`: where the path came from, for errors (--project, or a config file's "project"). */
export async function locateProject(cwd: string, projectFlag?: string, named = '--project'): Promise<Located> {
	const target = path.resolve(cwd, projectFlag ?? '.');
	const shown = (file: string) => path.relative(cwd, file) || '.';
	if (projectFlag !== undefined && !(await isFolder(target))) {
		try {
			await stat(target);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			throw new InputError(`${named}: ${projectFlag} ${code === 'ELOOP' ? 'is a symbolic link that loops (it leads back to itself)' : code === 'EACCES' ? 'cannot be read: permission denied' : 'does not exist'}.`);
		}
		if (isProject(target)) return {kind: 'found', file: target};
		if (isSolution(target)) return choose(await solutionProjects(target, shown(target)), `${path.basename(target)} lists several projects`, cwd);
		throw new InputError(`${named}: ${projectFlag} is not a .csproj, .fsproj, .vbproj, a solution (.sln, .slnx, .slnf) or a folder.`);
	}
	const entries = (await readdir(target)).sort();
	const projects = entries.filter(isProject).map(name => path.join(target, name));
	if (projects.length === 1) return {kind: 'found', file: projects[0]!};
	if (projects.length > 1) return choose(projects, `${path.relative(cwd, target) || 'this folder'} has several projects`, cwd);
	const solutions = entries.filter(name => name.endsWith('.sln') || name.endsWith('.slnx'));
	if (solutions.length > 0) {
		const listed = (await Promise.all(solutions.map(async solution => solutionProjects(path.join(target, solution), shown(path.join(target, solution)))))).flat();
		return choose([...new Set(listed)], `${solutions[0]} lists several projects`, cwd);
	}
	const below = await projectsBelow(target);
	if (below.length > 0) {
		const located = await choose(below, `${shown(target) === '.' ? 'this folder' : shown(target)} has no project of its own, and the folders below it hold several projects`, cwd);
		if (located.kind === 'found' && !located.note) return {...located, note: `${shown(target) === '.' ? 'this folder' : shown(target)} has no project of its own: using ${shown(located.file)}, the only one below it`};
		return located;
	}
	if (projectFlag !== undefined) throw new InputError(`${named}: ${projectFlag} holds no .NET project (.csproj, .fsproj, .vbproj) or solution, nor do the folders below it.`);
	return {kind: 'none', folder: target};
}

/** The kind of a project as the XML reader sees it (cheap enough for every project of a solution). */
export async function quickKind(file: string): Promise<ProjectKind> {
	try {
		return projectKind(await evaluateWithXml(file, name => name));
	} catch {
		// Unreadable: keep it on the list, and let detection say what is wrong once it is picked.
		return 'app';
	}
}

/**
 * One project from several: the only app among them is taken (tests, libraries, an Aspire app
 * host … are not containerised); with several apps, those are the choice; with none, all are.
 */
async function choose(listed: string[], reason: string, cwd: string): Promise<Located> {
	// A solution may list projects that are gone: they are no choice, and never suggested as --project.
	const present = await Promise.all(listed.map(async file => stat(file).then(info => info.isFile(), () => false)));
	const candidates = listed.filter((_file, index) => present[index]);
	const gone = listed.filter((_file, index) => !present[index]).map(file => path.relative(cwd, file));
	if (candidates.length === 0) {
		throw new InputError(`${reason.replace(/ lists several projects$/, '')} lists ${gone.length} project${gone.length === 1 ? '' : 's'}, and none exists (${shownList(gone, 3)}): pass --project with the project to containerise.`);
	}
	if (gone.length > 0) {
		const located = await choose(candidates, reason, cwd);
		return located.kind === 'choose' ? {...located, skipped: [...(located.skipped ?? []), ...gone.map(file => `${file} is listed but does not exist`)]} : located;
	}
	if (candidates.length === 1) return {kind: 'found', file: candidates[0]!};
	const kinds = await Promise.all(candidates.map(async file => ({file, kind: await quickKind(file)})));
	const apps = kinds.filter(({kind}) => kind === 'app').map(({file}) => file);
	if (apps.length === 1) {
		const others = kinds.filter(({kind}) => kind !== 'app').map(({file, kind}) => `${path.basename(file)} is ${kindNames[kind as Exclude<ProjectKind, 'app'>]}`);
		return {kind: 'found', file: apps[0]!, note: `${reason}: using ${path.relative(cwd, apps[0]!)}, the only app (${shownList(others)})`};
	}
	const skipped = kinds.filter(({kind}) => kind !== 'app').map(({file, kind}) => `${path.relative(cwd, file)} is ${kindNames[kind as Exclude<ProjectKind, 'app'>]}`);
	return apps.length > 1 ? {kind: 'choose', candidates: apps, reason: reason.replace('several projects', 'several apps'), ...(skipped.length > 0 ? {skipped} : {})} : {kind: 'choose', candidates, reason};
}
