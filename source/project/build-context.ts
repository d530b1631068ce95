import {stat} from 'node:fs/promises';
import path from 'node:path';
import {InputError} from '../engine/resolve.js';
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
	/** How the upper bound was found. */
	bound: {folder: string; reason: 'repository' | 'msbuild-files' | 'flag'};
};

/**
 * The build context: the app's folder, widened as far as the files restore reads need (the
 * referenced projects, the MSBuild files imported, NuGet.config, global.json), up to the
 * repository root (the folder with `.git`), else the topmost folder holding an MSBuild file the
 * build reads; never above that and never `/`. `--context DIR` sets it instead.
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
		if (!folder) throw new InputError(`--context: ${input.contextFlag} is not a folder.`);
		if (!isWithin(input.projectFile, directory)) throw new InputError(`--context: ${input.contextFlag} does not hold the project ${path.relative(input.cwd, input.projectFile)}: the build context must contain it.`);
		return {directory, widenedFor: [], outside: needed.filter(file => !isWithin(file, directory)), bound: {folder: directory, reason: 'flag'}};
	}
	const repository = await repositoryRoot(projectFolder);
	let bound: BuildContext['bound'];
	if (repository) {
		bound = {folder: repository, reason: 'repository'};
	} else {
		const top = commonFolder([projectFolder, ...input.msbuildFiles.map(file => path.dirname(file))]);
		bound = {folder: top === path.parse(top).root ? projectFolder : top, reason: 'msbuild-files'};
	}
	const inside = needed.filter(file => isWithin(file, bound.folder));
	let directory = commonFolder([projectFolder, ...inside.map(file => path.dirname(file))]);
	if (directory === path.parse(directory).root) directory = projectFolder;
	return {
		directory,
		widenedFor: inside.filter(file => !isWithin(file, projectFolder)),
		outside: needed.filter(file => !isWithin(file, directory)),
		bound,
	};
}
