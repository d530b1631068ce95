export type TextRow = {text: string; continued: boolean};

/** The marker in front of a row that continues the line above it. */
export const continuation = '↳ ';

/**
 * Text as rows of at most `width` columns, so nothing on a narrow screen is cut off: a
 * longer line goes on in the rows below it (broken after a space where there is one), each
 * marked as continuing it.
 */
export function textRows(content: string, width: number): TextRow[] {
	const rows: TextRow[] = [];
	const widest = Math.max(10, width);
	for (const line of content.trimEnd().split('\n')) {
		let rest = [...line];
		let continued = false;
		do {
			const room = continued ? widest - continuation.length : widest;
			const cut = rest.length <= room ? rest.length : breakAt(rest, room);
			rows.push({text: rest.slice(0, cut).join(''), continued});
			rest = rest.slice(cut);
			continued = true;
		} while (rest.length > 0);
	}
	return rows;
}

/** After the last space that leaves at least half the row used, else at the row's end. */
function breakAt(characters: string[], room: number): number {
	const space = characters.lastIndexOf(' ', room - 1);
	return space >= room / 2 ? space + 1 : room;
}
