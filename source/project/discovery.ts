import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {isProject} from './project-files.js';

/** Folders that hold no project of the repository's own: build output, packages, tools' state. */
const ignoredFolders = new Set(['bin', 'obj', 'node_modules', 'artifacts', 'packages', 'TestResults']);

/** How far the search below a folder goes: folders deep, time, and folders read. */
export type DiscoveryLimits = {depth: number; budgetMs: number; maxFolders: number};

export const discoveryLimits: DiscoveryLimits = {depth: 6, budgetMs: 1500, maxFolders: 20_000};

export type Discovery = {
	/** Project files found, absolute, in folder order. */
	projects: string[];
	/** Folders not searched: build output, hidden ones and the like. */
	ignored: number;
	/** Folders left unsearched because the search reached its depth, time or folder limit. */
	unsearched: number;
	/** Which limit stopped it, if one did. */
	stoppedBy?: 'depth' | 'time' | 'folders';
};

// Folders read at once: enough to hide the file system's latency, few enough for a small machine.
const parallelReads = 32;

/**
 * The project files in `folder` and the folders below it, level by level: never bin, obj,
 * node_modules, artifacts, packages, TestResults or a hidden folder (.git, .vs …), never deeper
 * than `depth`, never longer than `budgetMs` nor more than `maxFolders` folders; what it left out
 * is counted. Links to folders are not followed (a loop would never end).
 */
export async function discoverProjects(folder: string, limits: DiscoveryLimits = discoveryLimits): Promise<Discovery> {
	const started = Date.now();
	const projects: string[] = [];
	let ignored = 0;
	let unsearched = 0;
	let read = 0;
	let stoppedBy: Discovery['stoppedBy'];
	let level = [folder];
	for (let depth = 0; level.length > 0; depth++) {
		if (depth > limits.depth) {
			unsearched += level.length;
			stoppedBy ??= 'depth';
			break;
		}
		const next: string[][] = Array.from({length: level.length}, () => []);
		const found: string[][] = Array.from({length: level.length}, () => []);
		let index = 0;
		const worker = async () => {
			while (index < level.length) {
				const mine = index++;
				if (Date.now() - started > limits.budgetMs) {
					stoppedBy ??= 'time';
					unsearched++;
					continue;
				}
				if (read >= limits.maxFolders) {
					stoppedBy ??= 'folders';
					unsearched++;
					continue;
				}
				read++;
				const entries = await readdir(level[mine]!, {withFileTypes: true}).catch(() => []);
				entries.sort((a, b) => a.name.localeCompare(b.name));
				for (const entry of entries) {
					if (entry.isFile() && isProject(entry.name)) found[mine]!.push(path.join(level[mine]!, entry.name));
					else if (entry.isDirectory()) {
						if (entry.name.startsWith('.') || ignoredFolders.has(entry.name)) ignored++;
						else next[mine]!.push(path.join(level[mine]!, entry.name));
					}
				}
			}
		};
		await Promise.all(Array.from({length: Math.min(parallelReads, level.length)}, worker));
		projects.push(...found.flat());
		level = next.flat();
	}
	return {projects, ignored, unsearched, ...(stoppedBy ? {stoppedBy} : {})};
}

/** What the search left out, as the end of a note ("" when it searched everything that matters). */
export function discoveryGaps(discovery: Discovery, limits: DiscoveryLimits = discoveryLimits): string {
	if (!discovery.stoppedBy) return '';
	const why = discovery.stoppedBy === 'depth' ? `deeper than ${limits.depth} folders` : discovery.stoppedBy === 'time' ? `after ${(limits.budgetMs / 1000).toFixed(1)} s` : `after ${limits.maxFolders} folders`;
	return `the search stopped ${why} and left ${discovery.unsearched} folder${discovery.unsearched === 1 ? '' : 's'} unsearched (pass --project to name one)`;
}
