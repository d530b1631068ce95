import {realpathSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {InputError} from '../engine/resolve.js';
import {shownText} from '../grammar/shown-text.js';
import {pathExists} from './path-exists.js';

/** The repository the folder is in: the nearest folder above it with a `.git` (folder, or file in a worktree). */
export async function repositoryRoot(folder: string): Promise<string | undefined> {
	let current = folder;
	for (;;) {
		if (await pathExists(path.join(current, '.git'))) return current;
		const parent = path.dirname(current);
		if (parent === current) return undefined;
		current = parent;
	}
}

export const isWithin = (file: string, folder: string) => {
	const relative = path.relative(folder, file);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** The deepest folder that holds all of these. */
export function commonFolder(folders: string[]): string {
	return folders.reduce((common, folder) => {
		let candidate = common;
		while (!isWithin(folder, candidate)) candidate = path.dirname(candidate);
		return candidate;
	});
}

export type BuildContext = {
	/** The folder the Dockerfile builds from: every file restore reads is inside it. */
	directory: string;
	/** Why it is wider than the app's folder: the files above that folder, absolute. */
	widenedFor: string[];
	/** Files the build reads that the context cannot hold (above the repository, or outside --context). */
	outside: string[];
	/** How the upper bound was found: the repository, the MSBuild files above the app, the folder the user is in, or --context. */
	bound: {folder: string; reason: 'repository' | 'msbuild-files' | 'folder' | 'flag'};
};

const isRoot = (folder: string) => path.parse(folder).root === folder;

/** A project that the build reads (a ProjectReference), as opposed to an imported .props or .targets file. */
const isProjectFile = (file: string) => /\.(cs|fs|vb)proj$/i.test(file);

/** A file's real path, through its symbolic links, or `otherwise` where it has none (missing, a loop). */
export function realPathOr<T>(file: string, otherwise: T): string | T {
	try {
		return realpathSync.native(file);
	} catch {
		return otherwise;
	}
}

/** The file with every symlink on its way resolved; a missing one as written. */
const realFile = (file: string) => realPathOr(file, path.resolve(file));

/** Whether the file lies inside the folder both as written and once symlinks are followed. */
const staysWithin = (file: string, folder: string) => isWithin(file, folder) && isWithin(realFile(file), realFile(folder));

/** A path as a message names it: relative to the user's folder, unless climbing out is longer than the absolute path. */
function shownPath(cwd: string, target: string): string {
	const relative = path.relative(cwd, target) || '.';
	return shownText(relative.startsWith('..') && relative.length > target.length ? target : relative);
}

/**
 * The upper bound of the build context: the repository root (the folder with `.git`); else the
 * topmost of the app's folder, the folder the user is in when it holds the app, and the folders
 * above the app that hold an MSBuild file the build reads (Directory.Build.props …). Never `/`.
 * A referenced project elsewhere does not move it: its path is the project's to choose, not the
 * layout of the folders the user runs the tool in.
 */
async function boundFor(projectFolder: string, msbuildFiles: string[], cwd: string): Promise<BuildContext['bound']> {
	const repository = await repositoryRoot(projectFolder);
	if (repository && !isRoot(repository)) return {folder: repository, reason: 'repository'};
	const above = msbuildFiles.map(file => path.dirname(file)).filter(folder => !isRoot(folder) && isWithin(projectFolder, folder));
	const here = !isRoot(cwd) && isWithin(projectFolder, cwd) ? [cwd] : [];
	// All of them hold the app's folder, so the shortest is the topmost.
	const top = [projectFolder, ...here, ...above].reduce((topmost, folder) => (folder.length < topmost.length ? folder : topmost));
	if (top === projectFolder) return {folder: projectFolder, reason: 'msbuild-files'};
	return {folder: top, reason: above.includes(top) ? 'msbuild-files' : 'folder'};
}

/** Why a referenced project outside the bound stops the run, in one line that says what to pass instead. */
async function referenceOutside(input: {projectFile: string; cwd: string}, file: string, bound: BuildContext['bound']): Promise<InputError> {
	const folder = shownPath(input.cwd, bound.folder);
	const where = bound.reason === 'repository' ? `the repository ${folder}` : `${folder === '.' ? 'this folder' : folder}, the widest build context without a repository (.git)`;
	const said = `${shownPath(input.cwd, input.projectFile)} references ${shownPath(input.cwd, file)}, outside ${where}`;
	if (isWithin(file, bound.folder)) {
		return new InputError(`${said}: a symlink on its way leads to ${shownText(realFile(file))}, and the build context takes nothing from outside; copy the project into ${folder} instead of linking it.`);
	}
	const needed = commonFolder([path.dirname(input.projectFile), path.dirname(file)]);
	if (isRoot(needed)) return new InputError(`${said}: the build context would have to be ${needed}, which it never is; move the referenced project inside ${folder}.`);
	return new InputError(`${said}: the build context would have to be ${shownText(needed)}; pass --context ${shownText(needed)} to use it.`);
}

/**
 * The build context: the app's folder, widened as far as the files restore reads need (the
 * referenced projects, the MSBuild files imported, NuGet.config, global.json), up to the bound
 * (see boundFor), never above it and never `/`. A referenced project outside the bound, as written
 * or through a symlink, stops the run: the message names the context it would need and --context.
 * `--context DIR` sets the context instead (any folder that holds the app, but not `/`).
 */
export async function buildContextFor(input: {projectFile: string; msbuildFiles: string[]; otherFiles: string[]; contextFlag?: string; cwd: string}): Promise<BuildContext> {
	const projectFolder = path.dirname(input.projectFile);
	const needed = [...new Set([...input.msbuildFiles, ...input.otherFiles])];
	if (input.contextFlag !== undefined) {
		const directory = path.resolve(input.cwd, input.contextFlag);
		let folder = false;
		try {
			folder = (await stat(directory)).isDirectory();
		} catch {}
		if (!folder) throw new InputError(`--context: ${shownText(input.contextFlag)} is not a folder.`);
		if (isRoot(directory) || isRoot(realFile(directory))) throw new InputError(`--context: ${shownText(input.contextFlag)} is the root of the file system, which is never a build context: pass the folder of the repository or of the app.`);
		if (!isWithin(input.projectFile, directory)) throw new InputError(`--context: ${shownText(input.contextFlag)} does not hold the project ${shownPath(input.cwd, input.projectFile)}: the build context must contain it.`);
		const outside: string[] = [];
		for (const file of needed) if (!staysWithin(file, directory)) outside.push(file);
		return {directory, widenedFor: [], outside, bound: {folder: directory, reason: 'flag'}};
	}
	const bound = await boundFor(projectFolder, input.msbuildFiles, input.cwd);
	const inside: string[] = [];
	const outside: string[] = [];
	for (const file of needed) {
		if (file === input.projectFile || staysWithin(file, bound.folder)) inside.push(file);
		else if (isProjectFile(file)) throw await referenceOutside(input, file, bound);
		else outside.push(file);
	}
	let directory = commonFolder([projectFolder, ...inside.map(file => path.dirname(file))]);
	if (isRoot(directory)) directory = projectFolder;
	return {directory, widenedFor: inside.filter(file => !isWithin(file, projectFolder)), outside, bound};
}
