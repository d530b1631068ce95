/** How long a value from a file or a flag may get in a message before it is cut. */
export const shownLength = 200;

// C0 controls, DEL, C1 controls, and the Unicode marks that reorder or split what a terminal shows
// (bidirectional overrides and isolates, line and paragraph separators, the byte order mark).
const hidden = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/u;

const named: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001B': '\\x1b'};

function escaped(character: string): string {
	const code = character.codePointAt(0)!;
	return named[character] ?? (code <= 0xFF ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/**
 * Text from a file or a flag as a message may show it: control characters (an escape sequence
 * that would retitle the window or move the cursor, a bell, a carriage return) become visible
 * escapes such as `\x1b` and `\x07`, so the terminal only ever prints them; a newline becomes `\n`
 * and a tab `\t` unless `lines` keeps the text's own lines (and tabs); longer than `limit` characters, it is cut with `…`.
 */
export function shownText(text: string, options: {lines?: boolean; limit?: number} = {}): string {
	const {lines = false, limit = shownLength} = options;
	let shown = '';
	let length = 0;
	for (const character of text) {
		const part = (lines && (character === '\n' || character === '\t')) || !hidden.test(character) ? character : escaped(character);
		const size = [...part].length;
		if (length + size > limit) return `${shown}…`;
		shown += part;
		length += size;
	}
	return shown;
}

/**
 * A value from a flag or a file as an error message quotes it: in double quotes (a quote or a
 * backslash of its own escaped), shown as shownText shows text, cut at `limit` characters.
 */
export function shownValue(text: string, limit = 80): string {
	return `"${shownText(text.replaceAll(/["\\]/g, character => `\\${character}`), {limit})}"`;
}
