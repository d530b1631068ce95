/** The words of a POSIX command line, a '…' quoted word kept whole. */
function words(command: string): string[] {
	return command.match(/(?:[^\s']+|'(?:[^']|'\\'')*')+/g) ?? [];
}

/**
 * A command line in rows of at most `width` columns that still paste as one command: it is broken
 * only between words (an option stays with its value), and each row but the last ends in " \".
 * The terminal never has to wrap it, so a copied command keeps every word, the final "." too.
 */
export function commandRows(command: string, width: number, indent = '    '): string[] {
	if (command.length <= width) return [command];
	const groups: string[] = [];
	for (const word of words(command)) {
		const last = groups.at(-1);
		if (last !== undefined && /^-/.test(last) && !last.includes(' ') && !/^-/.test(word) && word !== '&&') groups[groups.length - 1] = `${last} ${word}`;
		else groups.push(word);
	}
	// The build context (the last word, ".") stays with the option before it.
	if (groups.length > 2 && !/^-/.test(groups.at(-1)!)) groups.splice(-2, 2, `${groups.at(-2)!} ${groups.at(-1)!}`);
	const rows: string[] = [];
	let row = '';
	for (const group of groups) {
		const start = rows.length === 0 ? '' : indent;
		const candidate = row ? `${row} ${group}` : `${start}${group}`;
		// Room for the " \" that ends every row but the last.
		if (row && candidate.length + 2 > width) {
			rows.push(`${row} \\`);
			row = `${indent}${group}`;
		} else {
			row = candidate;
		}
	}
	rows.push(row);
	return rows;
}
