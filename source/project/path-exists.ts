import {statSync} from 'node:fs';

/**
 * Whether anything (file, folder, or a link that resolves) is at `file`. A synchronous look: the
 * reader asks this of every folder up to the root for each file it searches for, and a stat
 * costs microseconds this way where a round trip through the thread pool costs far more.
 */
export async function pathExists(file: string): Promise<boolean> {
	try {
		return statSync(file, {throwIfNoEntry: false}) !== undefined;
	} catch {
		return false;
	}
}
