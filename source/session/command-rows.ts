/** The words of a POSIX command line, a '…' quoted word kept whole. */
function words(command: string): string[] {
	return command.match(/(?:[^\s'\\]+|\\.|'[^']*')+/g) ?? [];
}

/**
 * A word too long for one row, in pieces a shell joins back into the same word: outside quotes a
 * piece ends in "\" (a backslash and a newline vanish), inside '…' it closes the quote first and
 * the next piece reopens it ('ab'\⏎'cd' is abcd). The pieces after the first start at column 0,
 * since a space there would split the word.
 */
function splitWord(word: string, first: number, width: number): string[] {
	const pieces: string[] = [];
	let piece = '';
	let quoted = false;
	let room = first;
	for (let index = 0; index < word.length; index++) {
		// An escaped character (\' between quotes) moves as one with its backslash.
		const token = !quoted && word[index] === '\\' ? word.slice(index, index + 2) : word[index]!;
		index += token.length - 1;
		// Room for the piece's ending: "\" outside quotes, "'\" inside.
		if (piece.length > 0 && piece.length + token.length + (quoted ? 2 : 1) > room) {
			pieces.push(quoted ? `${piece}'\\` : `${piece}\\`);
			piece = quoted ? `'` : '';
			room = width;
		}
		piece += token;
		if (token === `'`) quoted = !quoted;
	}
	pieces.push(piece);
	return pieces;
}

/**
 * A command line in rows of at most `width` columns (the margin included) that still paste as one
 * command: broken between words (an option stays with its value), each row but the last ending in
 * " \", and a word longer than a row broken inside it in a way the shell joins back. The terminal
 * never has to wrap or cut it, so a copied command keeps every word, the final "." too.
 */
export function commandRows(command: string, width: number, options: {margin?: string; indent?: string} = {}): string[] {
	const {margin = '', indent = '    '} = options;
	if (margin.length + command.length <= width) return [`${margin}${command}`];
	const groups: string[][] = [];
	for (const word of words(command)) {
		const last = groups.at(-1);
		if (last?.length === 1 && /^-/.test(last[0]!) && !/^-/.test(word) && word !== '&&') last.push(word);
		else groups.push([word]);
	}
	// The build context (the last word, ".") stays with the option before it.
	if (groups.length > 2 && !/^-/.test(groups.at(-1)![0]!)) groups.splice(-2, 2, [...groups.at(-2)!, ...groups.at(-1)!]);
	const rows: string[] = [];
	let row = '';
	const start = () => (rows.length === 0 ? margin : `${margin}${indent}`);
	/** Adds words to the current row, or starts a row; false when they fit on no row. */
	const place = (text: string): boolean => {
		const candidate = row ? `${row} ${text}` : `${start()}${text}`;
		// Room for the " \" that ends every row but the last.
		if (candidate.length + 2 <= width) {
			row = candidate;
			return true;
		}
		if (row) {
			rows.push(`${row} \\`);
			row = '';
			return place(text);
		}
		return false;
	};
	for (const group of groups) {
		if (place(group.join(' '))) continue;
		// Too long for any row: each word on its own, a word still too long broken where it must be.
		for (const word of group) {
			if (place(word)) continue;
			const lead = start();
			// Two columns spare on each row, for the " \\" that may end the last piece.
			const pieces = splitWord(word, width - 2 - lead.length, width - 2);
			if (pieces.length > 1) rows.push(`${lead}${pieces[0]!}`, ...pieces.slice(1, -1));
			row = pieces.length > 1 ? pieces.at(-1)! : `${lead}${word}`;
		}
	}
	rows.push(row);
	return rows;
}
