import {cp, mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {recommend} from '../../source/engine/recommend.js';
import {resolveAnswers} from '../../source/engine/resolve.js';
import {outputsInUse, plannedFiles} from '../../source/session/planned-files.js';
import {openSession} from '../../source/session/session.js';
import {root} from '../cli-run.js';

const fixture = (name: string) => path.join(root, 'test', 'fixtures', 'projects', name);

describe('saved answers in the guided session', () => {
	it('are written beside the files, in the project folder the confirmation names, not in the current folder', async () => {
		const top = await mkdtemp(path.join(os.tmpdir(), 'diw-saved-'));
		await cp(fixture('web-api'), path.join(top, 'src', 'Api'), {recursive: true});
		const session = await openSession({today: '2026-11-24', detect: 'xml', project: 'src/Api'}, top);
		const {answers} = resolveAnswers(session.layers, session.today);
		const outcome = recommend({...answers, os: 'ubuntu', arch: ['amd64']}, session.today);
		if (!outcome.ok) throw new Error('refused');
		const [saved] = plannedFiles(outcome.recommendation, session, ['config']);
		expect(saved!.directory).toBe(path.join(top, 'src', 'Api'));
		expect(saved!.content).toContain('"project": "WebApi.csproj"');
	});

	it('tick "pin base images by digest" as the command line pins: from a saved "pin", or --pin; --no-pin unticks it', async () => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'h-pin2-ticks-'));
		await cp(fixture('web-api'), folder, {recursive: true});
		const ticked = async (flags: {pin?: boolean; noPin?: boolean}) => (await outputsInUse(await openSession({today: '2026-11-24', detect: 'xml', ...flags}, folder))).includes('pin');
		expect(await ticked({})).toBe(false);
		expect(await ticked({pin: true})).toBe(true);
		await writeFile(path.join(folder, '.dotnet-image-wizardrc.json'), '{"pin": true}\n');
		expect(await ticked({})).toBe(true);
		expect(await ticked({noPin: true})).toBe(false);
	});

	it('found upwards for another project do not replace the project of the current folder, and a note says which file was passed over', async () => {
		const top = await mkdtemp(path.join(os.tmpdir(), 'diw-saved-'));
		await cp(fixture('web-api'), path.join(top, 'src', 'Api'), {recursive: true});
		await cp(fixture('worker'), path.join(top, 'src', 'Worker'), {recursive: true});
		await writeFile(path.join(top, '.dotnet-image-wizardrc.json'), JSON.stringify({project: 'src/Api/WebApi.csproj', dotnet: '9.0', os: 'debian'}));
		const here = path.join(top, 'src', 'Worker');
		await mkdir(here, {recursive: true});
		const session = await openSession({today: '2026-11-24', detect: 'xml'}, here);
		expect(session.located.kind === 'found' && path.basename(session.located.file)).toBe('Worker.csproj');
		expect(session.located.kind === 'found' && session.located.file.startsWith(here)).toBe(true);
		expect(session.config).toBeUndefined();
		expect(session.notes.join('\n')).toContain('holds answers for ../Api/WebApi.csproj');
		const {provenance} = resolveAnswers(session.layers, session.today);
		expect(provenance.os.source).not.toBe('config');
	});

	it('found upwards for this folder\'s project are used, and the note names the file', async () => {
		const top = await mkdtemp(path.join(os.tmpdir(), 'diw-saved-'));
		await cp(fixture('web-api'), path.join(top, 'src', 'Api'), {recursive: true});
		await writeFile(path.join(top, '.dotnet-image-wizardrc.json'), JSON.stringify({project: 'src/Api/WebApi.csproj', os: 'debian', dotnet: '9.0'}));
		const session = await openSession({today: '2026-11-24', detect: 'xml'}, path.join(top, 'src', 'Api'));
		expect(session.config?.file).toBe(path.join(top, '.dotnet-image-wizardrc.json'));
		expect(session.notes).toContain('saved answers from ../../.dotnet-image-wizardrc.json.');
	});
});
