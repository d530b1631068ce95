// The plain session's input and output: one line said, one line read per answer.
import {createInterface} from 'node:readline';
import {shownText} from '../../grammar/shown-text.js';

/** Input ended (end of file): the session stops where it is. */
export class Cancelled extends Error {}

export type Say = (text?: string) => void;
export type Ask = (prompt: string) => Promise<string>;

/**
 * Says lines and asks questions over the streams: every line shows the control characters in
 * names and values from files escaped, never sends them; an answer is one line, trimmed, and
 * `ask` rejects with Cancelled once the input has ended.
 */
export function plainLines(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): {say: Say; ask: Ask; close: () => void} {
	const lines = createInterface({input, terminal: false});
	const queue: string[] = [];
	const waiting: Array<(line: string | undefined) => void> = [];
	let ended = false;
	lines.on('line', line => (waiting.length > 0 ? waiting.shift()!(line) : queue.push(line)));
	lines.on('close', () => {
		ended = true;
		for (const resolve of waiting.splice(0)) resolve(undefined);
	});
	const say: Say = (text = '') => output.write(`${shownText(text, {lines: true, limit: Number.POSITIVE_INFINITY})}\n`);
	const ask: Ask = async prompt => {
		output.write(`${shownText(prompt, {limit: Number.POSITIVE_INFINITY})} `);
		const line = queue.length > 0 ? queue.shift() : ended ? undefined : await new Promise<string | undefined>(resolve => waiting.push(resolve));
		if (line === undefined) throw new Cancelled();
		return line.trim();
	};
	return {say, ask, close: () => lines.close()};
}

/** Numbers typed as "1, 3" (or "1 3"), each between 1 and `count`; undefined when any is not. */
export function parseChoices(text: string, count: number): number[] | undefined {
	const parts = text.split(/[\s,]+/).filter(Boolean);
	const numbers = parts.map(Number);
	if (parts.length === 0 || numbers.some(number => !Number.isInteger(number) || number < 1 || number > count)) return undefined;
	return [...new Set(numbers)];
}

/** "b" or "back": to the previous question or step. */
export const isBack = (text: string) => /^b(?:ack)?$/i.test(text);

/** Past the write, the end of the input is enter: the session finishes with what was written. */
export async function orEnter(asked: Promise<string>): Promise<string> {
	return asked.catch((error: unknown) => {
		if (error instanceof Cancelled) return '';
		throw error;
	});
}

/** One number from 1 to `count`, asked until one is typed; enter takes `preset` when there is one. */
export async function pick(ask: Ask, say: Say, prompt: string, count: number, preset?: number): Promise<number> {
	for (;;) {
		const reply = await ask(prompt);
		if (reply === '' && preset !== undefined) return preset;
		const chosen = parseChoices(reply, count);
		if (chosen && chosen.length === 1) return chosen[0]!;
		say(`Type a number from 1 to ${count}.`);
	}
}
