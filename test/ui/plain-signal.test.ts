import {cp, mkdtemp, readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {PassThrough} from 'node:stream';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {installCancellation} from '../../source/session/cancellation.js';
import {openSession} from '../../source/session/session.js';
import {runPlainSession} from '../../source/ui/plain/plain-session.js';
import {root} from '../cli-run.js';
import {fakeBin} from '../fixtures/fake-bin/install.js';

// A file of its own: the signal aborts the process's one cancellation, for good.
describe('a signal during a build from the plain session', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('stops the build tree and ends with the signal\'s code and the lasting summary, the files written kept', async () => {
		const tools = await fakeBin(['docker', 'dotnet']);
		const pids = path.join(tools.bin, 'pids.json');
		vi.stubEnv('PATH', tools.env.PATH!);
		vi.stubEnv('FAKE_DOCKER', 'slow');
		vi.stubEnv('FAKE_PIDS', pids);
		const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-plain-signal-'));
		await cp(path.join(root, 'test', 'fixtures', 'projects', 'web-api'), directory, {recursive: true});
		const session = await openSession({today: '2026-11-24', detect: 'xml', arch: 'amd64'}, directory);
		installCancellation();
		const input = new PassThrough();
		const output = new PassThrough();
		let printed = '';
		output.on('data', chunk => {
			printed += String(chunk);
		});
		// The known answers, the summary, the files, the write, then docker buildx (1).
		input.write(['', '', '', '', '1'].map(line => `${line}\n`).join(''));
		const exit = vi.spyOn(process, 'exit').mockImplementation(code => {
			throw new Error(`exit ${String(code)}`);
		});
		const running = runPlainSession(session, {input, output, engine: 'docker'});
		await vi.waitFor(() => expect(printed).toContain('[build 4/6] RUN dotnet restore'), {timeout: 15_000});
		await vi.waitFor(async () => expect(await readFile(pids, 'utf8')).toMatch(/\[\d+,\d+\]/), {timeout: 5000});
		process.emit('SIGTERM');
		const code = await running;
		input.end();
		expect(exit).not.toHaveBeenCalled();
		expect(code).toBe(143);
		expect(printed).toMatch(/Cancelled\. Written before that:\n(?:.*\n)*? {2}\S+\/Dockerfile\n/);
		expect(printed).toContain('Next steps');
		expect(printed).toMatch(/ {2}build cancelled after [\d.]+s: nothing was pushed or loaded/);
		const [docker, grandchild] = JSON.parse(await readFile(pids, 'utf8')) as number[];
		await vi.waitFor(() => {
			for (const pid of [docker!, grandchild!]) expect(() => process.kill(pid, 0)).toThrow();
		}, {timeout: 10_000});
	});
});
