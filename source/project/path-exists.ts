import {stat} from 'node:fs/promises';

/** Whether anything (file, folder, or a link that resolves) is at `file`. */
export async function pathExists(file: string): Promise<boolean> {
	try {
		await stat(file);
		return true;
	} catch {
		return false;
	}
}
