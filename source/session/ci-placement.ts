import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Session} from './session.js';

/** Where CI files go and what they name: the repository root, the context and Dockerfile from there. */
export type CiPlacement = {root: string; context: string; dockerfile: string};

const posix = (file: string) => file.split(path.sep).join('/');

/**
 * A CI service reads its file at the repository's root (the nearest folder above the build context
 * with a .git), else the folder the files are written to; the workflow names the build context and
 * the Dockerfile (written to `directory`) from there.
 */
export function ciPlacement(session: Pick<Session, 'contextDirectory'>, directory: string): CiPlacement {
	let root: string | undefined;
	for (let folder = session.contextDirectory; ; folder = path.dirname(folder)) {
		if (existsSync(path.join(folder, '.git'))) {
			root = folder;
			break;
		}
		if (path.dirname(folder) === folder) break;
	}
	const base = root ?? directory;
	return {root: base, context: posix(path.relative(base, session.contextDirectory)) || '.', dockerfile: posix(path.relative(base, path.join(directory, 'Dockerfile')))};
}
