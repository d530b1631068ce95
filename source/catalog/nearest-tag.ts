/** Edit distance between two sequences: insertions and deletions cost 1, a substitution `substitution`. */
function distance<T>(a: readonly T[], b: readonly T[], substitution = 1): number {
	let previous = Array.from({length: b.length + 1}, (_unused, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : substitution));
		previous = row;
	}
	return previous[b.length]!;
}

// A floating tag names a major.minor version (10.0-noble), not a patch (10.0.3-noble).
const floating = (tag: string) => /^\d+\.\d+(?:-|$)/.test(tag);
const words = (tag: string) => tag.split('-');

/**
 * The existing tag a person would have meant: among floating tags when there are any, the one
 * fewest words added or dropped (11.0-preview-noble → 11.0-noble), then fewest characters changed,
 * then the shorter.
 */
export function nearestTag(wanted: string, tags: readonly string[]): string | undefined {
	const pool = tags.some(floating) && floating(wanted) ? tags.filter(floating) : tags;
	const score = (tag: string) => [distance(words(wanted), words(tag), 2), distance([...wanted], [...tag]), tag.length];
	const ranked = pool.map(tag => ({tag, score: score(tag)}));
	ranked.sort((a, b) => a.score[0]! - b.score[0]! || a.score[1]! - b.score[1]! || a.score[2]! - b.score[2]!);
	return ranked[0]?.tag;
}
