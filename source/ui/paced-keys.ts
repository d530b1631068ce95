import {Readable} from 'node:stream';
import {unstable_IdlePriority as idlePriority, unstable_scheduleCallback as scheduleCallback} from 'scheduler';

/**
 * Splits terminal input into keys: one escape sequence (arrows, function keys, alt+key) or one
 * character each. A lone escape at the end is the Esc key.
 */
export function splitKeys(input: string): string[] {
	const keys: string[] = [];
	let index = 0;
	while (index < input.length) {
		const length = keyLength(input, index);
		keys.push(input.slice(index, index + length));
		index += length;
	}
	return keys;
}

function keyLength(input: string, start: number): number {
	if (input[start] !== '\u001B') return String.fromCodePoint(input.codePointAt(start)!).length;
	// Alt with an arrow key arrives as two escapes before the sequence.
	const prefix = input[start + 1] === '\u001B' && (input[start + 2] === '[' || input[start + 2] === 'O') ? 1 : 0;
	const introducer = input[start + prefix + 1];
	if (introducer === '[') {
		// CSI: parameter and intermediate bytes, then one final byte (@ to ~).
		let index = start + prefix + 2;
		// Linux console function keys: ESC [ [ A.
		if (input[index] === '[') index++;
		while (index < input.length && /[\u0020-\u003F]/.test(input[index]!)) index++;
		return Math.min(index + 1, input.length) - start;
	}
	if (introducer === 'O') return Math.min(start + prefix + 3, input.length) - start;
	if (introducer === undefined) return 1;
	// Alt with a character.
	return 1 + String.fromCodePoint(input.codePointAt(start + 1)!).length;
}

const interrupt = '\u0003';

type Terminal = NodeJS.ReadStream & {setRawMode?: (mode: boolean) => unknown};

/**
 * The terminal's input, handed to Ink one key at a time.
 *
 * Ink passes every key of one read to its handlers at once, and components such as
 * ink-select-input see a key only once React has re-rendered them and re-run their effects. Keys
 * that arrive together (typed fast over SSH, pasted, sent by tmux) would act on a stale screen:
 * "down, enter" would choose the option above the highlighted one. So each key goes to Ink only
 * after React has finished all the work the previous key caused: once Ink has read it (a timer
 * turn, which also lets a lone Esc be told apart from an escape sequence), an idle-priority task
 * on React's own scheduler runs after every render and effect already queued.
 */
export class PacedKeys extends Readable {
	readonly isTTY: boolean;
	private readonly queue: string[] = [];
	private pacing = false;
	private listening = false;
	/** While the first screen is not drawn yet, keys wait here (all but ctrl-c). */
	private held = false;

	constructor(private readonly terminal: Terminal) {
		super({read() {}});
		this.isTTY = Boolean(terminal.isTTY);
	}

	setRawMode(mode: boolean): this {
		this.terminal.setRawMode?.(mode);
		return this;
	}

	/** Ink refs the stream while it wants input and unrefs it when done: follow it on the terminal. */
	ref(): this {
		if (!this.listening) {
			this.listening = true;
			this.terminal.on('data', this.receive);
			// A terminal paused by unref() stays paused for a new listener: one screen giving way to the next in the same commit.
			this.terminal.resume();
		}
		this.terminal.ref();
		return this;
	}

	unref(): this {
		if (this.listening) {
			this.listening = false;
			this.terminal.off('data', this.receive);
			this.terminal.pause();
		}
		this.terminal.unref();
		return this;
	}

	/** Keeps the keys typed from now on until release(): a screen that is not there yet cannot take them. */
	hold(): void {
		this.held = true;
	}

	/** Hands the kept keys to the screen now drawn, one at a time as ever. */
	release(): void {
		this.held = false;
		if (!this.pacing) this.next();
	}

	private readonly receive = (chunk: Buffer | string) => {
		const keys = splitKeys(chunk.toString());
		// Ctrl-C does not wait behind keys still queued (a long paste), nor for a screen: they are dropped.
		if (keys.includes(interrupt)) this.queue.splice(0, this.queue.length, interrupt);
		else this.queue.push(...keys);
		if (!this.pacing && (!this.held || this.queue[0] === interrupt)) this.next();
	};

	private next(): void {
		const key = this.held && this.queue[0] !== interrupt ? undefined : this.queue.shift();
		if (key === undefined) {
			this.pacing = false;
			return;
		}
		this.pacing = true;
		this.push(key);
		setTimeout(() => {
			scheduleCallback(idlePriority, () => {
				this.next();
			});
		}, 0);
	}
}
