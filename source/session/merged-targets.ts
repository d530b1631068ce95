import path from 'node:path';
import {inputCaps, readInputFile} from '../read/input-file.js';

/** A file to write: its folder (else the one given), name and content, and how to merge it with one already there. */
export type TargetFile = {directory?: string; name: string; content: string; merge?: (current: string) => string};

/**
 * The files as they will be written: a merged file (the .dockerignore) merged with the one there,
 * and left out when that changes nothing.
 */
export async function mergedTargets(files: TargetFile[], directory = '.'): Promise<Array<{path: string; content: string}>> {
	const targets = await Promise.all(files.map(async file => {
		const target = path.join(file.directory ?? directory, file.name);
		if (!file.merge) return {path: target, content: file.content};
		const current = await readInputFile(target, {shownAs: target, maxBytes: inputCaps.config}).catch(() => undefined);
		if (current === undefined) return {path: target, content: file.content};
		const content = file.merge(current);
		return content === current ? undefined : {path: target, content};
	}));
	return targets.filter(target => target !== undefined);
}
