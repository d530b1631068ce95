/** A `WWW-Authenticate` challenge: its scheme and parameters (realm, service, scope …). */
export type Challenge = {scheme: string; params: Record<string, string>};

/**
 * Reads `Bearer realm="https://auth.example/token",service="registry.example",scope="…"`: the
 * scheme, then comma-separated key=value pairs whose values may be quoted with escapes.
 */
export function parseChallenge(header: string): Challenge | undefined {
	const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
	if (!match) return undefined;
	const params: Record<string, string> = {};
	const pairs = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy;
	const rest = match[2]!;
	let pair;
	while (pairs.lastIndex < rest.length && (pair = pairs.exec(rest))) {
		params[pair[1]!.toLowerCase()] = pair[2] === undefined ? pair[3]! : pair[2].replaceAll(/\\(.)/g, '$1');
	}
	return {scheme: match[1]!.toLowerCase(), params};
}
