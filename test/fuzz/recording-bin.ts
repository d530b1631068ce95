// Recording stand-ins for docker, podman, buildah and dotnet first on PATH: each appends its argv
// and the process that started it (to tell a shell from the tool) to a log, then behaves as the
// shared fixtures in test/fixtures/fake-bin do.
import {chmod, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {root} from '../cli-run.js';

export type RecordedCall = {program: string; args: string[]; parentPid: number; parent: string[]};
export type RecordingBin = {bin: string; log: string; env: Record<string, string>};

const fixtures = path.join(root, 'test', 'fixtures', 'fake-bin');
export const recordedPrograms = ['docker', 'podman', 'buildah', 'dotnet'] as const;

export async function recordingBin(): Promise<RecordingBin> {
	const bin = await mkdtemp(path.join(os.tmpdir(), 'diw-fuzz-bin-'));
	const log = path.join(bin, 'recorded.jsonl');
	for (const program of recordedPrograms) {
		const fixture = program === 'podman' || program === 'buildah' ? 'containers-tool.mjs' : `${program}.mjs`;
		const script = [
			`#!${process.execPath}`,
			'import {appendFileSync, readFileSync} from \'node:fs\';',
			'let parent = [];',
			'try { parent = readFileSync(`/proc/${process.ppid}/cmdline`, \'utf8\').split(\'\\0\').filter(Boolean); } catch {}',
			`appendFileSync(process.env.RECORD_LOG, JSON.stringify({program: ${JSON.stringify(program)}, args: process.argv.slice(2), parentPid: process.ppid, parent}) + '\\n');`,
			`await import(${JSON.stringify(pathToFileURL(path.join(fixtures, fixture)).href)});`,
			'',
		].join('\n');
		await writeFile(path.join(bin, program), script);
		await chmod(path.join(bin, program), 0o755);
	}
	return {bin, log, env: {PATH: `${bin}${path.delimiter}/usr/bin${path.delimiter}/bin`, RECORD_LOG: log}};
}

export async function recordedCalls(log: string): Promise<RecordedCall[]> {
	const text = await readFile(log, 'utf8').catch(() => '');
	return text.split('\n').filter(Boolean).map(line => JSON.parse(line) as RecordedCall);
}
