import {cp, mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {openSession, type SessionFlags} from '../../source/session/session.js';
import {runPlainSession} from '../../source/ui/plain/plain-session.js';
import {root} from '../cli-run.js';
import {missingTools} from '../support/requirements.js';
import {imageExists, removeImage} from './buildah.js';
import {answerOf} from './run-image.js';
import {ensureStandIns} from './stand-ins.js';

// The plain session's build step for real: buildah chosen by its number after the files are
// written, run against the stand-in base images, as a screen-reader user would.
const missing = missingTools(['buildah', 'dotnet']);

const answers: SessionFlags = {today: '2026-11-24', dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: 'amd64'};

describe.skipIf(missing !== '')(`building from the plain session for real${missing}`, () => {
	const image = `localhost/h-plain-${process.pid}/sampleapi:1`;
	let project = '';

	beforeAll(async () => {
		await ensureStandIns();
		project = await mkdtemp(path.join(os.tmpdir(), 'diw-plain-real-'));
		await cp(path.join(root, 'examples', 'SampleApi'), project, {recursive: true});
	}, 900_000);

	afterEach(() => {
		vi.unstubAllEnvs();
	});

	afterAll(async () => {
		await removeImage(image);
		if (project) await rm(project, {recursive: true, force: true});
	});

	it('builds with buildah when its number is typed, says it was built, and the image starts and answers', async () => {
		vi.stubEnv('STORAGE_DRIVER', 'vfs');
		vi.stubEnv('BUILDAH_ISOLATION', 'chroot');
		const session = await openSession({...answers, image}, project);
		const input = new PassThrough();
		const output = new PassThrough();
		let printed = '';
		output.on('data', chunk => {
			printed += String(chunk);
		});
		// Every answer is a flag: the summary, the files, the write, then buildah (3) and enter to finish.
		input.end(['', '', '', '3', ''].map(line => `${line}\n`).join(''));
		const code = await runPlainSession(session, {input, output, engine: 'buildah'});
		expect(printed).toContain('  3. buildah: ready, used below');
		expect(printed).toContain('Building with buildah');
		expect(printed).toMatch(new RegExp(`^built ${image.replaceAll(/[./]/g, '\\$&')} for linux/amd64 in [\\d.]+s: kept in buildah's local storage$`, 'm'));
		expect(code).toBe(0);
		expect(printed.slice(printed.lastIndexOf('Next steps'))).toContain(`podman run --rm -p 8080:8080 ${image}`);
		expect(await imageExists(image)).toBe(true);
		expect(await answerOf(image)).toBe('Hello from a container');
	}, 900_000);
});
