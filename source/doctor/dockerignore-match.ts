// The .dockerignore grammar (Go filepath.Match patterns, ** for any folders, ! to re-include,
// last match wins), enough to tell whether a context path is sent to the builder.
const clean = (pattern: string) => pattern.trim().replace(/^\.?\//, '').replace(/\/+$/, '');

function patternRegex(pattern: string): RegExp {
	let source = '';
	for (let index = 0; index < pattern.length; index++) {
		const char = pattern[index]!;
		if (char === '*' && pattern[index + 1] === '*') {
			source += '.*';
			index++;
			if (pattern[index + 1] === '/') index++;
		} else if (char === '*') source += '[^/]*';
		else if (char === '?') source += '[^/]';
		else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
	}
	// A pattern that matches a folder excludes everything in it.
	return new RegExp(`^${source}(?:/.*)?$`);
}

/** Is this context-relative path left out of the build context? */
export function ignored(path: string, patterns: readonly string[]): boolean {
	let result = false;
	for (const raw of patterns) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		const negated = line.startsWith('!');
		const pattern = clean(negated ? line.slice(1) : line);
		if (pattern && patternRegex(pattern).test(path)) result = !negated;
	}
	return result;
}
