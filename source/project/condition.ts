/** What MSBuild knows when `dotnet publish` builds an app for a container: a Release build, AnyCPU. */
export const publishGlobals: Record<string, string> = {Configuration: 'Release', Platform: 'AnyCPU'};

type Token = {kind: 'string'; value: string} | {kind: 'word'; value: string} | {kind: 'symbol'; value: string};

class Undecided extends Error {}

/** Properties by lower-case name, as MSBuild looks them up (without regard to case); a Map is taken as already so. */
export function lowerCased(properties: Record<string, string>): Map<string, string> {
	return new Map(Object.entries(properties).map(([name, value]) => [name.toLowerCase(), value]));
}

/** The longest string a comparison expands to: more than any real condition compares. */
const maxComparedLength = 1024 * 1024;

/** Parentheses nested deeper than any real Condition: MSBuild's own parser would not get through them either. */
export const maxConditionDepth = 64;

/** A Condition nested deeper than maxConditionDepth; its message completes "has a Condition …". */
export class ConditionTooDeep extends Error {
	override name = 'ConditionTooDeep';
	constructor() {
		super(`that nests parentheses more than ${maxConditionDepth} deep`);
	}
}

function tokens(condition: string): Token[] {
	const found: Token[] = [];
	const pattern = /\s*(?:'([^']*)'|(==|!=|\(|\))|([A-Za-z]+))/y;
	let index = 0;
	while (index < condition.trimEnd().length) {
		pattern.lastIndex = index;
		const match = pattern.exec(condition);
		// Functions (Exists(…)), property functions ($([MSBuild]::…)), numbers: not read here.
		if (!match) throw new Undecided();
		if (match[1] !== undefined) found.push({kind: 'string', value: match[1]});
		else if (match[2]) found.push({kind: 'symbol', value: match[2]});
		else found.push({kind: 'word', value: match[3]!.toLowerCase()});
		index = pattern.lastIndex;
	}
	return found;
}

/**
 * Whether an MSBuild condition holds for a container publish: quoted strings compared with == or
 * !=, joined by and/or, in parentheses, with $(Property) taken from `known` (a Map: by lower-case name). A condition that
 * uses anything else, or a property that is not known, is undecided: undefined. Parentheses nested
 * more than maxConditionDepth deep throw ConditionTooDeep (the parser recurses on them).
 */
export function conditionHolds(condition: string, known: Record<string, string> | ReadonlyMap<string, string>): boolean | undefined {
	const lookup = known instanceof Map ? known : lowerCased(known as Record<string, string>);
	const expand = (text: string) => {
		// Counted as it grows: a string naming a large property many times is undecided, not a gigabyte.
		let length = text.length;
		return text.replaceAll(/\$\(([A-Za-z_][\w.-]*)\)/g, (match, name: string) => {
			const value = lookup.get(name.toLowerCase());
			if (value === undefined) throw new Undecided();
			length += value.length - match.length;
			if (length > maxComparedLength) throw new Undecided();
			return value;
		});
	};
	try {
		const list = tokens(condition);
		let position = 0;
		let depth = 0;
		const peek = () => list[position];
		const take = () => list[position++];
		const or = (): boolean => {
			let value = and();
			while (peek()?.kind === 'word' && peek()!.value === 'or') {
				take();
				// The right side is read even when the left one decides, to reach the end of the condition.
				const right = and();
				value = value || right;
			}
			return value;
		};
		const and = (): boolean => {
			let value = comparison();
			while (peek()?.kind === 'word' && peek()!.value === 'and') {
				take();
				const right = comparison();
				value = value && right;
			}
			return value;
		};
		const comparison = (): boolean => {
			const token = take();
			if (token?.kind === 'symbol' && token.value === '(') {
				if (++depth > maxConditionDepth) throw new ConditionTooDeep();
				const value = or();
				if (take()?.value !== ')') throw new Undecided();
				depth--;
				return value;
			}
			const operator = take();
			const right = take();
			if (token?.kind !== 'string' || operator?.kind !== 'symbol' || right?.kind !== 'string' || !['==', '!='].includes(operator.value)) throw new Undecided();
			// MSBuild compares strings without regard to case.
			const equal = expand(token.value).trim().toLowerCase() === expand(right.value).trim().toLowerCase();
			return operator.value === '==' ? equal : !equal;
		};
		const value = or();
		return position === list.length ? value : undefined;
	} catch (error) {
		if (error instanceof Undecided) return undefined;
		throw error;
	}
}
