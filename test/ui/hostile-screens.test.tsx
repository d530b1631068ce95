// Names and values from hostile project files on the wizard's screens: shown escaped, never sent.
import {mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {openSession} from '../../source/session/session.js';
import {ProjectScreen} from '../../source/ui/components/ProjectScreen.js';
import {runPlainSession} from '../../source/ui/plain/plain-session.js';

const hostile = '\u001B]0;pwned\u0007';
// A window-title sequence (OSC) or a bell; the screens' own colours are CSI sequences and may stay.
const sent = /\u001B\]|\u0007/;

describe('hostile text on the wizard\'s screens', () => {
	it('shows a project\'s name, kind and the reason for the choice escaped', () => {
		const {lastFrame, unmount} = render(<ProjectScreen
			reason={`the folder ${hostile} has several apps`}
			candidates={[{file: '/a/A.csproj', shown: `A${hostile}.csproj`, problem: `cannot read it: ${hostile}`}, {file: '/b/B.csproj', shown: 'B.csproj', kind: 'web app'}]}
			skipped={[`T${hostile}.csproj is a test project`]}
			onChoose={() => {}}
		/>);
		const frame = lastFrame() ?? '';
		unmount();
		expect(frame).not.toMatch(sent);
		expect(frame).toContain('A\\x1b]0;pwned\\x07.csproj');
		expect(frame).toContain('T\\x1b]0;pwned\\x07.csproj is a test project');
	});

	it('prints a detected value escaped in the plain session', async () => {
		const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-hostile-ui-'));
		await writeFile(path.join(directory, 'App.csproj'), `<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework><InvariantGlobalization>tru${hostile}</InvariantGlobalization></PropertyGroup></Project>\n`);
		const session = await openSession({today: '2026-11-24', detect: 'xml'}, directory);
		const input = new PassThrough();
		const output = new PassThrough();
		let printed = '';
		output.on('data', chunk => {
			printed += String(chunk);
		});
		input.end('');
		expect(await runPlainSession(session, {input, output})).toBe(130);
		expect(printed).not.toMatch(sent);
		expect(printed).toContain('InvariantGlobalization tru\\x1b]0;pwned\\x07');
	});
});
