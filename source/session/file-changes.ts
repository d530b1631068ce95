import {lstat, readlink, stat} from 'node:fs/promises';
import path from 'node:path';
import type {PlannedFile} from './planned-files.js';
import {readInputFile} from '../read/input-file.js';
import {fileNames} from '../render/files.js';

/** A planned file against what is on disk now. */
export type FileChange = {
	file: PlannedFile;
	/** Full path of the target. */
	target: string;
	status: 'new' | 'unchanged' | 'changed';
	added: number;
	removed: number;
	/** The changed lines, "- old" and "+ new", with a line of context around each run. */
	diff: string;
};

/** Lines of `before` and `after` that a longest common subsequence keeps, as a list of edits. */
function edits(before: string[], after: string[]): Array<{kind: ' ' | '-' | '+'; line: string}> {
	const lengths = Array.from({length: before.length + 1}, () => new Array<number>(after.length + 1).fill(0));
	for (let i = before.length - 1; i >= 0; i--) {
		for (let j = after.length - 1; j >= 0; j--) {
			lengths[i]![j] = before[i] === after[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
		}
	}
	const result: Array<{kind: ' ' | '-' | '+'; line: string}> = [];
	let i = 0;
	let j = 0;
	while (i < before.length || j < after.length) {
		if (i < before.length && j < after.length && before[i] === after[j]) {
			result.push({kind: ' ', line: before[i]!});
			i++;
			j++;
		} else if (i < before.length && (j === after.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
			// A removed line comes before the lines that replace it, as in a unified diff.
			result.push({kind: '-', line: before[i++]!});
		} else {
			result.push({kind: '+', line: after[j++]!});
		}
	}
	return result;
}

/** How `after` differs from `before`, line by line. */
export function lineChanges(before: string, after: string): {added: number; removed: number; diff: string} {
	const list = edits(before.split('\n'), after.split('\n'));
	const near = (index: number) => list.slice(Math.max(0, index - 1), index + 2).some(edit => edit.kind !== ' ');
	const shown: string[] = [];
	list.forEach((edit, index) => {
		if (!near(index)) {
			if (shown.at(-1) !== '…') shown.push('…');
			return;
		}
		shown.push(`${edit.kind} ${edit.line}`);
	});
	return {added: list.filter(edit => edit.kind === '+').length, removed: list.filter(edit => edit.kind === '-').length, diff: shown.join('\n')};
}

// Beyond this a file is not one we generated: it is replaced (if chosen) without a line diff.
const comparedBytes = 1024 * 1024;

/** What is at `target`: missing, text to compare, or a thing the write replaces whole (a dangling link, a pipe, a huge file). */
async function currentAt(target: string): Promise<{kind: 'missing'} | {kind: 'text'; text: string} | {kind: 'other'; what: string}> {
	const info = await lstat(target).catch(() => undefined);
	if (!info) return {kind: 'missing'};
	// Read only what is a regular file once a link is followed: a pipe or a device would never end.
	const pointed = info.isSymbolicLink() ? await stat(target).catch(() => undefined) : info;
	if (!pointed) return {kind: 'other', what: `a link to ${await readlink(target).catch(() => '?')}, which points nowhere`};
	if (!pointed.isFile()) return {kind: 'other', what: pointed.isDirectory() ? 'a folder' : 'not a regular file'};
	if (pointed.size > comparedBytes) return {kind: 'other', what: `a file of ${pointed.size} bytes, too large to compare`};
	// Read through the one reader: a file swapped for a pipe since the check is still never waited on.
	const text = await readInputFile(target, {shownAs: target, maxBytes: comparedBytes}).catch(() => undefined);
	return text === undefined ? {kind: 'other', what: 'a file that cannot be read'} : {kind: 'text', text};
}

/**
 * Each planned file against what is on disk now. A link counts as an existing file (even a
 * dangling one); the write replaces the link itself, never what it points to.
 */
export async function compareWithDisk(files: PlannedFile[]): Promise<FileChange[]> {
	return Promise.all(files.map(async file => {
		const target = path.join(file.directory, file.name);
		const current = await currentAt(target);
		if (current.kind === 'missing') return {file, target, status: 'new' as const, added: 0, removed: 0, diff: ''};
		// A file merged with the one there (the .dockerignore) is compared, and written, merged.
		if (current.kind === 'text' && file.merge) file = {...file, content: file.merge(current.text)};
		if (current.kind === 'other') {
			const added = file.content.split('\n').length;
			return {file, target, status: 'changed' as const, added, removed: 1, diff: `- (${current.what})\n${file.content.split('\n').map(line => `+ ${line}`).join('\n')}`};
		}
		if (current.text === file.content) return {file, target, status: 'unchanged' as const, added: 0, removed: 0, diff: ''};
		return {file, target, status: 'changed' as const, ...lineChanges(current.text, file.content)};
	}));
}

/** Suffix of the file written beside one the person keeps. */
export const besideSuffix = '.generated';

/**
 * What to write for a choice on the confirm screen: every new and changed file ("replace"), or
 * new files as they are and changed ones beside the original as NAME.generated ("beside"); a
 * merged file (the .dockerignore) is written in place either way.
 * Unchanged files are not written again.
 */
export function filesToWrite(changes: FileChange[], mode: 'replace' | 'beside'): PlannedFile[] {
	return changes
		.filter(change => change.status !== 'unchanged')
		.map(change => {
			// A merged file keeps the person's lines already: it is written in place.
			if (mode !== 'beside' || change.status !== 'changed' || change.file.merge) return change.file;
			const name = `${change.file.name}${besideSuffix}`;
			// Dockerfile.generated names itself in its "# Build:" line.
			return {...change.file, name, content: change.file.contentAs?.(name) ?? change.file.content, ...(change.file.shown ? {shown: change.file.shown.replace(change.file.name, name)} : {})};
		});
}

/** The Dockerfile written in `folder` (Dockerfile.generated when the person kept theirs), else the one there. */
export function writtenDockerfile(folder: string, written: string[]): string {
	const names = [fileNames.dockerfile, `${fileNames.dockerfile}${besideSuffix}`];
	return written.find(file => path.dirname(file) === folder && names.includes(path.basename(file))) ?? path.join(folder, fileNames.dockerfile);
}
