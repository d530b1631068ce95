// What a write killed outright (SIGKILL, a power cut) leaves beside its targets, and how the next
// write into that folder finishes or clears it. No process survives SIGKILL, so no cleanup runs:
// every file a write makes is named for its transaction (`.NAME.<pid>-<hex>.tmp|old`), and while
// it renames files into place a marker (`.dotnet-image-wizard.<pid>-<hex>.renaming`) says so.
// Once that marker exists every temporary file is complete and flushed, so a later run finishes
// the renames (the user asked for those files); without it nothing was replaced yet, and the
// temporary files are removed. Only files of a process that is gone are touched.
import {readdir} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import type {WriteFileSystem} from './file-system.js';

/** One write's name, shared by every file it makes: the writer's pid (to tell whether it is gone) and a random part. */
// node:crypto loads only here, when a write starts: it costs a scripted run that writes nothing
// more than that run's own work.
export const transactionId = () => `${process.pid}-${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}`;

export const transactionSibling = (target: string, id: string, suffix: 'tmp' | 'old') => path.join(path.dirname(target), `.${path.basename(target)}.${id}.${suffix}`);

export const renamingMarker = (folder: string, id: string) => path.join(folder, `.dotnet-image-wizard.${id}.renaming`);

const siblingPattern = /^\.(.+)\.((\d{1,10})-[\da-f]{8})\.(tmp|old)$/;
const markerPattern = /^\.dotnet-image-wizard\.((\d{1,10})-[\da-f]{8})\.renaming$/;

/** Whether a process is running (one of another user's counts); our own is never a leftover. */
export function running(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

type Found = {pid: number; renaming: boolean; temporary: Array<{file: string; target: string}>; backups: string[]; markers: string[]};

/** The leftovers in `folders` of writes whose process is gone, by transaction. */
async function findLeftovers(folders: string[], fs: WriteFileSystem): Promise<Map<string, Found>> {
	const found = new Map<string, Found>();
	const of = (id: string, pid: number) => found.get(id) ?? found.set(id, {pid, renaming: false, temporary: [], backups: [], markers: []}).get(id)!;
	for (const folder of folders) {
		const names = await readdir(folder).catch(() => [] as string[]);
		for (const name of names) {
			const sibling = siblingPattern.exec(name);
			const marker = markerPattern.exec(name);
			const pid = Number(sibling?.[3] ?? marker?.[2]);
			if ((!sibling && !marker) || running(pid)) continue;
			const file = path.join(folder, name);
			// Only regular files of ours: never a link or a folder someone named alike.
			if (!(await fs.lstat(file).then(info => info.isFile(), () => false))) continue;
			if (marker) {
				const entry = of(marker[1]!, pid);
				entry.renaming = true;
				entry.markers.push(file);
			} else if (sibling![4] === 'tmp') {
				of(sibling![2]!, pid).temporary.push({file, target: path.join(folder, sibling![1]!)});
			} else {
				of(sibling![2]!, pid).backups.push(file);
			}
		}
	}
	return found;
}

/**
 * Finishes or clears the leftovers of killed writes in `folders`; returns one line for each
 * write it found (nothing when there were none). A step that fails leaves that file as it is.
 */
export async function recoverLeftovers(folders: string[], fs: WriteFileSystem, shown: (file: string) => string): Promise<string[]> {
	const lines: string[] = [];
	for (const leftover of (await findLeftovers(folders, fs)).values()) {
		const killed = `a write that was killed (process ${leftover.pid})`;
		const remove = async (files: string[]) => (await Promise.all(files.map(async file => fs.unlink(file).then(() => true, () => false)))).every(Boolean);
		if (leftover.renaming) {
			const finished: string[] = [];
			for (const {file, target} of leftover.temporary) {
				if (await fs.rename(file, target).then(() => true, () => false)) finished.push(shown(target));
			}
			await remove([...leftover.backups, ...leftover.markers]);
			lines.push(finished.length > 0
				? `${killed} had replaced some of its files: finished it (${finished.join(', ')} now as it wrote them) and removed its backups.`
				: `${killed} had written all its files: removed the ${leftover.backups.length + leftover.markers.length} files it kept aside.`);
		} else {
			await remove([...leftover.temporary.map(entry => entry.file), ...leftover.backups]);
			lines.push(`${killed} had replaced nothing: removed its ${leftover.temporary.length} temporary file${leftover.temporary.length === 1 ? '' : 's'} (${leftover.temporary.map(entry => shown(entry.file)).join(', ')}).`);
		}
	}
	return lines;
}
