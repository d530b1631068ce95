// --fix: applies the safe edits of the findings to the Dockerfile text, by the parser's ranges,
// so comments, order, spacing and line continuations stay as the user wrote them.
import type {Edit, Finding} from '../finding.js';

type Position = Edit['range']['start'];

function offsetOf(lineStarts: number[], position: Position): number {
	return (lineStarts[position.line] ?? lineStarts.at(-1)!) + position.character;
}

/** The text with the edits applied; an edit overlapping one already taken is left out. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
	const lineStarts = [0];
	for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
	const placed = edits.map(edit => ({start: offsetOf(lineStarts, edit.range.start), end: offsetOf(lineStarts, edit.range.end), text: edit.text}));
	const unique = placed.filter((edit, index) => placed.findIndex(other => other.start === edit.start && other.end === edit.end && other.text === edit.text) === index);
	// Later edits first, so earlier offsets stay true; at one offset, insertions keep their order.
	const ordered = unique.map((edit, index) => ({...edit, index})).sort((a, b) => b.start - a.start || b.index - a.index);
	let result = text;
	let floor = Number.POSITIVE_INFINITY;
	for (const edit of ordered) {
		if (edit.end > floor) continue;
		result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
		floor = edit.start;
	}
	return result;
}

/** The fixed text of one file: the edits of its findings. */
export const fixedText = (text: string, findings: readonly Finding[], file: string) => applyEdits(text, findings.filter(finding => finding.file === file).flatMap(finding => finding.edits));
