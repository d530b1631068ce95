import {shownText} from '../grammar/shown-text.js';

export type TextRow = {text: string; continued: boolean};

/** The marker in front of a row that continues the line above it. */
export const continuation = '↳ ';

/**
 * Text as rows of at most `width` columns, so nothing on a narrow screen is cut off: a
 * longer line goes on in the rows below it (broken after a space where there is one), each
 * marked as continuing it (`marker` is the width the mark takes at the start of such a row).
 */
export function textRows(content: string, width: number, marker = continuation): TextRow[] {
	const rows: TextRow[] = [];
	const widest = Math.max(10, width);
	for (const line of content.trimEnd().split('\n')) {
		let rest = [...visible(line)];
		let continued = false;
		do {
			const room = continued ? widest - marker.length : widest;
			const cut = rest.length <= room ? rest.length : breakAt(rest, room, widest - marker.length);
			rows.push({text: rest.slice(0, cut).join(''), continued});
			rest = rest.slice(cut);
			continued = true;
		} while (rest.length > 0);
	}
	return rows;
}

/**
 * After the last space that leaves at least half the row used; else after the last space at all
 * when the word after it fits a row of its own (an image reference stays whole); else at the row's end.
 */
function breakAt(characters: string[], room: number, nextRoom: number): number {
	const space = characters.lastIndexOf(' ', room - 1);
	if (space >= room / 2) return space + 1;
	const next = characters.indexOf(' ', space + 1);
	const word = (next === -1 ? characters.length : next) - space - 1;
	return space > 0 && characters.slice(0, space).some(character => character !== ' ') && word <= nextRoom ? space + 1 : room;
}

/** The width a tab reaches to, as `less -x4` shows code. */
export const tabStop = 4;

/**
 * A line as the terminal should show it: tabs become spaces up to the next tab stop, other
 * control characters (a stray carriage return, an escape) their visible escapes (`\r`, `\x1b`). The terminal
 * would otherwise move the cursor on its own and the screen would no longer match its layout.
 */
export function visible(line: string): string {
	let shown = '';
	for (const character of line) {
		if (character === '\t') shown += ' '.repeat(tabStop - ([...shown].length % tabStop));
		else shown += shownText(character);
	}
	return shown;
}
