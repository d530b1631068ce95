import {EventEmitter} from 'node:events';
import {cp, mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {render} from 'ink';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {resolveAnswers} from '../../source/engine/resolve.js';
import {QuestionScreen} from '../../source/ui/components/QuestionScreen.js';
import {openSession, type Reading} from '../../source/session/session.js';
import {Opening} from '../../source/ui/Opening.js';
import {PacedKeys, splitKeys} from '../../source/ui/paced-keys.js';
import {root} from '../cli-run.js';
import {settle} from './keys.js';

// Ink draws only the last frame when it believes it runs in CI (CI is set, as .ci/run sets it); these
// tests read the frames drawn along the way, as a person at a terminal sees them.
vi.hoisted(() => {
	process.env['CI'] = 'false';
});

describe('splitting terminal input into keys', () => {
	it.each([
		['arrows and enter', '\u001B[B\u001B[B\r', ['\u001B[B', '\u001B[B', '\r']],
		['repeated enter', '\r\r\r', ['\r', '\r', '\r']],
		['a lone escape at the end', 'x\u001B', ['x', '\u001B']],
		['SS3 arrows (application cursor mode)', '\u001BOA\u001BOB', ['\u001BOA', '\u001BOB']],
		['function keys with parameters', '\u001B[15~\u001B[1;5C', ['\u001B[15~', '\u001B[1;5C']],
		['alt+arrow', '\u001B\u001B[A ', ['\u001B\u001B[A', ' ']],
		['alt+letter', '\u001Bb\t', ['\u001Bb', '\t']],
		['characters outside the basic plane', '🐳a', ['🐳', 'a']],
	])('%s', (_name, input, expected) => {
		expect(splitKeys(input)).toEqual(expected);
	});
});

class FakeTerminal extends PassThrough {
	readonly isTTY = true;
	rawMode = false;
	referenced = false;
	setRawMode(mode: boolean) {
		this.rawMode = mode;
		return this;
	}

	ref() {
		this.referenced = true;
		return this;
	}

	unref() {
		this.referenced = false;
		return this;
	}
}

class FakeScreen extends EventEmitter {
	readonly columns = 80;
	readonly rows = 24;
	readonly isTTY = true;
	write() {
		return true;
	}
}

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

/** PacedKeys over a fake terminal, and the keys it has passed on so far. */
function listened() {
	const terminal = new FakeTerminal();
	const keys = new PacedKeys(terminal as never);
	const passed: string[] = [];
	keys.setEncoding('utf8');
	keys.on('data', (key: string) => passed.push(key));
	return {terminal, keys, passed};
}

describe('keys that arrive in one read', () => {
	function renderOsQuestion(terminal: FakeTerminal, onAnswer: (value: unknown) => void) {
		const {answers, provenance} = resolveAnswers([], '2026-11-24');
		const instance = render(
			<QuestionScreen id="os" answers={answers} origin={{answers, provenance}} today="2026-11-24" progress="" wide onAnswer={(_id, value) => onAnswer(value)} />,
			{stdin: new PacedKeys(terminal as never) as never, stdout: new FakeScreen() as never, patchConsole: false},
		);
		unmount = instance.unmount;
	}

	it('each act on the screen the key before them produced', async () => {
		const terminal = new FakeTerminal();
		const answers: unknown[] = [];
		renderOsQuestion(terminal, value => answers.push(value));
		await settle(50);
		expect(terminal.rawMode).toBe(true);
		// Ubuntu is highlighted; down twice is Alpine.
		terminal.write('\u001B[B\u001B[B\r');
		// However slowly this machine renders, the three keys act in turn: Alpine, never Debian.
		await vi.waitFor(() => expect(answers).toEqual(['alpine']), {timeout: 3000});
	});

	it('lets go of the terminal when Ink is done with it', async () => {
		const terminal = new FakeTerminal();
		renderOsQuestion(terminal, () => {});
		await settle(50);
		expect(terminal.referenced).toBe(true);
		unmount!();
		unmount = undefined;
		expect(terminal.rawMode).toBe(false);
		expect(terminal.referenced).toBe(false);
		expect(terminal.listenerCount('data')).toBe(0);
	});

	it('hears the terminal again when a screen takes the keys back in the moment another let go of them', async () => {
		const {terminal, keys, passed} = listened();
		keys.ref();
		keys.unref();
		keys.ref();
		terminal.write('\r');
		await settle(100);
		expect(passed).toEqual(['\r']);
	});

	it('lets ctrl-c through at once, dropping keys still waiting their turn', async () => {
		const {terminal, keys, passed} = listened();
		keys.ref();
		terminal.write('a pasted line');
		terminal.write('\u0003');
		await settle(100);
		keys.unref();
		expect(passed).toEqual(['a', '\u0003']);
	});
});

describe('the first frame, before the project is read', () => {
	class RecordingScreen extends FakeScreen {
		shown = '';
		override write(text?: string) {
			this.shown += text ?? '';
			return true;
		}
	}

	it('is drawn at once with what is being read, and keys typed meanwhile act on the first screen once it is there', async () => {
		const terminal = new FakeTerminal();
		const screen = new RecordingScreen();
		const keys = new PacedKeys(terminal as never);
		keys.hold();
		const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-first-'));
		await cp(path.join(root, 'test', 'fixtures', 'projects', 'web-api'), directory, {recursive: true});
		let finish: () => void = () => {};
		const read = new Promise<void>(resolve => {
			finish = resolve;
		});
		const open = async (reading: Reading) => {
			reading('reading WebApi.csproj with MSBuild');
			await read;
			return openSession({today: '2026-11-24', detect: 'xml'}, directory);
		};
		const instance = render(<Opening open={open} keys={keys} onFail={() => {}} onExit={() => {}} />, {stdin: keys as never, stdout: screen as never, patchConsole: false});
		unmount = instance.unmount;
		await vi.waitFor(() => expect(screen.shown).toContain('reading WebApi.csproj with MSBuild'), {timeout: 15_000});
		// "Review each question" is the second option of the first screen: down, enter.
		terminal.write('\u001B[B\r');
		await settle(300);
		expect(screen.shown).not.toContain('Which .NET version');
		finish();
		await vi.waitFor(() => expect(screen.shown).toContain('Which .NET version does the app target?'), {timeout: 6000});
	});
});
