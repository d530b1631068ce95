// A unified diff of two texts (what --fix would write), by lines, with three lines of context.
/** The longest common subsequence table, over lines: small files (a Dockerfile), so O(n·m) is fine. */
function commonLines(a: string[], b: string[]): Array<['=' | '-' | '+', string]> {
	const table = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
	const steps: Array<['=' | '-' | '+', string]> = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			steps.push(['=', a[i]!]);
			i++;
			j++;
		} else if (i < a.length && (j === b.length || table[i + 1]![j]! >= table[i]![j + 1]!)) steps.push(['-', a[i++]!]);
		else steps.push(['+', b[j++]!]);
	}
	return steps;
}

export function unifiedDiff(before: string, after: string, file: string, context = 3): string {
	if (before === after) return '';
	const a = before.split('\n');
	const b = after.split('\n');
	const steps = commonLines(a, b);
	const lines = [`--- ${file}`, `+++ ${file}`];
	let index = 0;
	while (index < steps.length) {
		if (steps[index]![0] === '=') {
			index++;
			continue;
		}
		// A hunk: from `context` lines before this change to `context` lines after the last change near it.
		let start = Math.max(0, index - context);
		let end = index;
		while (end < steps.length) {
			let next = end;
			while (next < steps.length && steps[next]![0] !== '=') next++;
			let gap = next;
			while (gap < steps.length && steps[gap]![0] === '=') gap++;
			if (gap < steps.length && gap - next <= context * 2) end = gap;
			else {
				end = Math.min(steps.length, next + context);
				break;
			}
		}
		const hunk = steps.slice(start, end);
		const oldStart = steps.slice(0, start).filter(step => step[0] !== '+').length + 1;
		const newStart = steps.slice(0, start).filter(step => step[0] !== '-').length + 1;
		const oldCount = hunk.filter(step => step[0] !== '+').length;
		const newCount = hunk.filter(step => step[0] !== '-').length;
		lines.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
		for (const [kind, text] of hunk) lines.push(`${kind === '=' ? ' ' : kind}${text}`);
		index = end;
		start = end;
	}
	return `${lines.join('\n')}\n`;
}
