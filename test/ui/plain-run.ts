// Runs the plain session on a copy of a fixture project with lines typed one after another, as a
// person (or a script piping answers) would.
import {cp} from 'node:fs/promises';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import type {EngineName} from '../../source/runner/engines/engine.js';
import {openSession, type SessionFlags} from '../../source/session/session.js';
import {runPlainSession} from '../../source/ui/plain/plain-session.js';
import {root} from '../cli-run.js';
import {scratchFolder} from '../support/scratch-folder.js';

export type PlainOptions = {
	flags?: SessionFlags;
	/** Changes the copy before the session reads it. */
	prepare?: (directory: string) => Promise<void>;
	engine?: EngineName;
	registry?: string;
};

/** Resolves with the session's exit code, all it printed, and the copy's folder. */
export async function runPlain(fixture: string, lines: string[], {flags = {}, prepare, engine, registry}: PlainOptions = {}) {
	const directory = await scratchFolder('diw-plain-');
	await cp(path.join(root, 'test', 'fixtures', 'projects', fixture), directory, {recursive: true});
	await prepare?.(directory);
	const session = await openSession({today: '2026-11-24', detect: 'xml', ...flags}, directory);
	const input = new PassThrough();
	const output = new PassThrough();
	let printed = '';
	output.on('data', chunk => {
		printed += String(chunk);
	});
	input.end(lines.map(line => `${line}\n`).join(''));
	const code = await runPlainSession(session, {input, output, ...(engine ? {engine} : {}), ...(registry ? {registry} : {})});
	return {code, printed, directory};
}
