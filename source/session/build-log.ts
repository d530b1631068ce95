import process from 'node:process';
import {writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Saves a build's whole output where a person can open it later; resolves with the file's path. */
export async function saveBuildLog(command: string, lines: string[], now = new Date()): Promise<string> {
	const stamp = now.toISOString().replaceAll(/[:.]/g, '-');
	const file = path.join(os.tmpdir(), `dotnet-image-wizard-build-${stamp}-${process.pid}.log`);
	await writeFile(file, `$ ${command}\n${lines.join('\n')}\n`, {mode: 0o600});
	return file;
}
