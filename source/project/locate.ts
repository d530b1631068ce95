import {readdirSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {XMLParser} from 'fast-xml-parser';
import {InputError} from '../engine/resolve.js';
import {shownList} from '../grammar/shown-list.js';
import {inputCaps, readInputFile} from '../read/input-file.js';
import {parseXmlFile} from './xml-document.js';
import {kindNames, projectKind, type ProjectKind} from './project-kind.js';
import {staticClientSentence} from './static-client.js';
import {evaluateWithXml} from './xml-evaluation.js';
import {isWithin, repositoryRoot} from './build-context.js';
import {cheapKind} from './cheap-kind.js';
import {discoverProjects, discoveryGaps} from './discovery.js';
import {isProject, isSolution} from './project-files.js';

export type Located =
	/** `note` says how the project was picked when a folder or solution held several. */
	| {kind: 'found'; file: string; note?: string}
	/** `skipped` says which projects are left out of the choice and why ("tests/Api.Tests.csproj is a test project"). */
	| {kind: 'choose'; candidates: string[]; reason: string; skipped?: string[]}
	| {kind: 'none'; folder: string};


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

/** A path as a note names it: relative to the user's folder. */
const shownFrom = (cwd: string) => (file: string) => path.relative(cwd, file) || '.';

/**
 * The projects a solution lists that the build context rule allows: inside the repository the
 * solution is in (else the solution's own folder). Those outside are left out, each with why:
 * nothing is ever read for, or written beside, a project outside the repository.
 */
async function solutionProjectsInside(solution: string, cwd: string): Promise<{projects: string[]; outside: string[]}> {
	const shown = shownFrom(cwd);
	const listed = await solutionProjects(solution, shown(solution));
	const bound = await repositoryRoot(path.dirname(solution)) ?? path.dirname(solution);
	const where = (await repositoryRoot(path.dirname(solution))) ? `the repository ${shown(bound)}` : `${shown(bound)}, the solution's folder`;
	const inside = listed.filter(file => isWithin(file, bound));
	// A solution may list projects that are gone: they are no choice, and never suggested as --project.
	const present = await Promise.all(inside.map(async file => stat(file).then(info => info.isFile(), () => false)));
	const projects = inside.filter((_file, index) => present[index]);
	const gone = inside.filter((_file, index) => !present[index]).map(shown);
	if (projects.length === 0 && gone.length > 0) {
		throw new InputError(`${shown(solution)} lists ${gone.length} project${gone.length === 1 ? '' : 's'}, and none exists (${shownList(gone, 3)}): pass --project with the project to containerise.`);
	}
	const outside = [
		...listed.filter(file => !isWithin(file, bound)).map(file => `${shown(file)} is outside ${where}, so no file is written for it`),
		...gone.map(file => `${file} is listed but does not exist`),
	];
	return {projects, outside};
}

/** Where the projects to choose from came from: one project, a list (with why, and what was left out), or none. */
type Candidates =
	| {kind: 'project'; file: string}
	| {kind: 'list'; candidates: string[]; reason: string; skipped: string[]; notes: string[]; /** found below this folder (as shown), which has none of its own */ below?: string}
	| {kind: 'none'; folder: string};

async function candidatesFor(cwd: string, projectFlag: string | undefined, named: string): Promise<Candidates> {
	const target = path.resolve(cwd, projectFlag ?? '.');
	const shown = shownFrom(cwd);
	if (projectFlag !== undefined && !(await isFolder(target))) {
		try {
			await stat(target);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			throw new InputError(`${named}: ${projectFlag} ${code === 'ELOOP' ? 'is a symbolic link that loops (it leads back to itself)' : code === 'EACCES' ? 'cannot be read: permission denied' : 'does not exist'}.`);
		}
		if (isProject(target)) return {kind: 'project', file: target};
		if (isSolution(target)) {
			const {projects, outside} = await solutionProjectsInside(target, cwd);
			if (projects.length === 0 && outside.length > 0) throw new InputError(`${named}: ${shownList(outside, 2)}; the solution lists no project inside it.`);
			return {kind: 'list', candidates: projects, reason: `${path.basename(target)} lists several projects`, skipped: outside, notes: []};
		}
		throw new InputError(`${named}: ${projectFlag} is not a .csproj, .fsproj, .vbproj, a solution (.sln, .slnx, .slnf) or a folder.`);
	}
	const entries = readdirSync(target).sort();
	const projects = entries.filter(isProject).map(name => path.join(target, name));
	if (projects.length === 1) return {kind: 'project', file: projects[0]!};
	if (projects.length > 1) return {kind: 'list', candidates: projects, reason: `${path.relative(cwd, target) || 'this folder'} has several projects`, skipped: [], notes: []};
	const solutions = entries.filter(name => name.endsWith('.sln') || name.endsWith('.slnx'));
	if (solutions.length > 0) {
		const listed = await Promise.all(solutions.map(async solution => solutionProjectsInside(path.join(target, solution), cwd)));
		const candidates = [...new Set(listed.flatMap(list => list.projects))];
		const outside = [...new Set(listed.flatMap(list => list.outside))];
		if (candidates.length === 0 && outside.length > 0) throw new InputError(`${shownList(outside, 2)}; ${solutions[0]} lists no project inside it.`);
		return {kind: 'list', candidates, reason: `${solutions[0]} lists several projects`, skipped: outside, notes: []};
	}
	const below = await discoverProjects(target);
	const gaps = discoveryGaps(below);
	if (below.projects.length > 0) {
		const here = shown(target) === '.' ? 'this folder' : shown(target);
		return {kind: 'list', candidates: below.projects, reason: `${here} has no project of its own, and the folders below it hold several projects`, skipped: [], notes: gaps ? [`${here}: ${gaps}`] : [], below: here};
	}
	if (projectFlag !== undefined) throw new InputError(`${named}: ${projectFlag} holds no .NET project (.csproj, .fsproj, .vbproj) or solution, nor do the folders below it${gaps ? ` (${gaps})` : ''}.`);
	return {kind: 'none', folder: target};
}

/**
 * Finds the project: --project (file, folder or solution), else the current folder, else the
 * folders below it (a bounded search). A --project that holds no project is an error. An Aspire
 * app host stands for the apps it references.
 */
/** `named`: where the path came from, for errors (--project, or a config file's "project"). */
export async function locateProject(cwd: string, projectFlag?: string, named = '--project'): Promise<Located> {
	const found = await candidatesFor(cwd, projectFlag, named);
	if (found.kind === 'none') return found;
	if (found.kind === 'project') {
		const host = await appHostApps(found.file);
		if (!host) return {kind: 'found', file: found.file};
		return choose(host.apps, host.reason, cwd, [], []);
	}
	const located = await choose(found.candidates, found.reason, cwd, found.skipped, found.notes);
	if (located.kind === 'found' && !located.note && found.below) {
		return {...located, note: `${found.below} has no project of its own: using ${shownFrom(cwd)(located.file)}, the only one below it`};
	}
	return located;
}

/** An Aspire app host's apps: the projects it references (it names the apps of the solution), or undefined for any other project. */
async function appHostApps(file: string): Promise<{apps: string[]; reason: string} | undefined> {
	if ((cheapKind(file) ?? await quickKind(file)) !== 'aspire-host') return undefined;
	const references = await evaluateWithXml(file, name => name).then(evaluation => evaluation.projectReferences, () => []);
	// With no apps to offer, detection refuses it in its own words.
	if (references.length === 0) return undefined;
	return {apps: references, reason: `${path.basename(file)} is the Aspire app host: it names the apps`};
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

// The XML reader reads a project's imports too: past this time, undecided projects are not read.
const classifyBudgetMs = 500;

type Classified = {file: string; kind: ProjectKind | 'unread'};

/**
 * The kind of each project: the cheap reader (the project's own text) first, the XML reader for
 * those it cannot decide, within a time budget. The apps an Aspire app host references count as
 * candidates too, once.
 */
async function classify(candidates: string[]): Promise<Classified[]> {
	const started = Date.now();
	const cheap = candidates.map(file => ({file, kind: cheapKind(file)}));
	const classified: Classified[] = [];
	for (const {file, kind} of cheap) {
		if (kind) classified.push({file, kind});
		else classified.push({file, kind: Date.now() - started > classifyBudgetMs ? 'unread' : await quickKind(file)});
	}
	const listed = new Set(candidates);
	for (const host of classified.filter(entry => entry.kind === 'aspire-host')) {
		const references = await evaluateWithXml(host.file, name => name).then(evaluation => evaluation.projectReferences, () => []);
		for (const reference of references) {
			if (listed.has(reference)) continue;
			listed.add(reference);
			classified.push({file: reference, kind: cheapKind(reference) ?? await quickKind(reference)});
		}
	}
	return classified;
}

/** Each project left out, as "src/Tests/Tests.csproj is a test project"; a Blazor WebAssembly client with the project that serves it. */
async function skippedOf(classified: Classified[], cwd: string): Promise<string[]> {
	return Promise.all(classified.filter(({kind}) => kind !== 'app').map(async ({file, kind}) => {
		if (kind === 'static-web') return `${shownFrom(cwd)(file)} is ${await staticClientSentence(file)}`;
		return `${shownFrom(cwd)(file)} ${kind === 'unread' ? 'was not read (the search ran out of time)' : `is ${kindNames[kind as Exclude<ProjectKind, 'app'>]}`}`;
	}));
}

/**
 * One project from several: the only app among them is taken (tests, libraries, an Aspire app
 * host … are not containerised); with several apps, those are the choice; with none, all are.
 */
async function choose(candidates: string[], reason: string, cwd: string, outside: string[], notes: string[]): Promise<Located> {
	if (candidates.length === 1 && outside.length === 0) return {kind: 'found', file: candidates[0]!};
	const classified = await classify(candidates);
	const apps = classified.filter(({kind}) => kind === 'app').map(({file}) => file);
	const skipped = [...outside, ...await skippedOf(classified, cwd)];
	const extra = notes.length > 0 ? `; ${notes.join('; ')}` : '';
	if (apps.length === 1) {
		const others = classified.filter(({kind}) => kind !== 'app').map(({file, kind}) => `${path.basename(file)} ${kind === 'unread' ? 'was not read' : `is ${kindNames[kind as Exclude<ProjectKind, 'app'>]}`}`);
		return {kind: 'found', file: apps[0]!, note: `${reason}: using ${path.relative(cwd, apps[0]!)}, the only app (${shownList([...outside, ...others], 4)})${extra}`};
	}
	const listedFiles = apps.length > 1 ? apps : classified.map(({file}) => file);
	return {kind: 'choose', candidates: listedFiles, reason: `${apps.length > 1 ? reason.replace('several projects', 'several apps') : reason}${extra}`, ...(skipped.length > 0 ? {skipped} : {})};
}

/** Every app of a solution, folder or app host, for a run over several apps: the apps, and each project left out with why. */
export type AppList = {apps: string[]; skipped: string[]; notes: string[]};

/** The apps `--project` (or the current folder) holds, for --all and --apps. */
export async function locateApps(cwd: string, projectFlag?: string, named = '--project'): Promise<AppList> {
	const found = await candidatesFor(cwd, projectFlag, named);
	if (found.kind === 'none') return {apps: [], skipped: [], notes: []};
	if (found.kind === 'project') {
		const host = await appHostApps(found.file);
		if (!host) return {apps: [found.file], skipped: [], notes: []};
		const classified = await classify(host.apps);
		return {apps: classified.filter(({kind}) => kind === 'app').map(({file}) => file), skipped: await skippedOf(classified, cwd), notes: [host.reason]};
	}
	const classified = await classify(found.candidates);
	return {apps: classified.filter(({kind}) => kind === 'app').map(({file}) => file), skipped: [...found.skipped, ...await skippedOf(classified, cwd)], notes: found.notes};
}
