/** Edit distance between two tags (insertions, deletions and substitutions of characters). */
function distance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_unused, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = row;
	}
	return previous[b.length]!;
}

// A floating tag names a major.minor version (10.0-noble), not a patch (10.0.3-noble).
const floating = (tag: string) => /^\d+\.\d+(?:-|$)/.test(tag);

/**
 * The existing tag a person would have meant: among floating tags when there are any, the one
 * fewest edits away, the shorter on a tie.
 */
export function nearestTag(wanted: string, tags: readonly string[]): string | undefined {
	const pool = tags.some(floating) && floating(wanted) ? tags.filter(floating) : tags;
	let best: {tag: string; score: number} | undefined;
	for (const tag of pool) {
		const score = distance(wanted, tag);
		if (!best || score < best.score || (score === best.score && tag.length < best.tag.length)) best = {tag, score};
	}
	return best?.tag;
}
