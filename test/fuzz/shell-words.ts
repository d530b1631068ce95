// Reads a printed command line the way a POSIX shell (and bash or zsh at a prompt) would, strictly:
// anything the shell would expand or treat as syntax inside a word is a problem, not a guess.

export type ShellToken = {kind: 'word'; value: string} | {kind: 'operator'; value: string};
export type ShellReading = {tokens: ShellToken[]} | {problem: string};

const operators = ['&&', '||', ';;', '>>', '<<', '>&', '<&', ';', '&', '|', '(', ')', '<', '>'];
// Unquoted, these expand (globs, braces, history, tilde) or start syntax (comment, expansion).
const expanding = new Set(['*', '?', '[', '{', '}', '!', '$', '`']);

/**
 * The words and operators of `line`. Quoting follows POSIX: '…' is literal, "…" keeps \ before
 * $ ` " \ and newline, a bare \ escapes the next character. A newline is an operator (it ends a
 * command); an unquoted $, `, glob, brace, !, a word starting with # or ~, or an unterminated
 * quote is a problem.
 */
export function readShellLine(line: string): ShellReading {
	const tokens: ShellToken[] = [];
	let word: string | undefined;
	const end = () => {
		if (word !== undefined) tokens.push({kind: 'word', value: word});
		word = undefined;
	};
	let index = 0;
	while (index < line.length) {
		const character = line[index]!;
		if (character === ' ' || character === '\t') {
			end();
			index++;
			continue;
		}
		if (character === '\n') {
			end();
			tokens.push({kind: 'operator', value: '\n'});
			index++;
			continue;
		}
		const operator = operators.find(candidate => line.startsWith(candidate, index));
		if (operator) {
			end();
			tokens.push({kind: 'operator', value: operator});
			index += operator.length;
			continue;
		}
		if (word === undefined && (character === '#' || character === '~')) return {problem: `an unquoted ${character} starts a word at column ${index + 1}`};
		if (character === '\'') {
			const close = line.indexOf('\'', index + 1);
			if (close === -1) return {problem: `an unterminated ' at column ${index + 1}`};
			word = (word ?? '') + line.slice(index + 1, close);
			index = close + 1;
			continue;
		}
		if (character === '"') {
			let value = '';
			index++;
			for (;;) {
				if (index >= line.length) return {problem: 'an unterminated "'};
				const inner = line[index]!;
				if (inner === '"') break;
				if (inner === '\\' && index + 1 < line.length && '$`"\\\n'.includes(line[index + 1]!)) {
					if (line[index + 1] !== '\n') value += line[index + 1];
					index += 2;
					continue;
				}
				if (inner === '$' || inner === '`' || inner === '!') return {problem: `an unescaped ${inner} inside "…" at column ${index + 1}`};
				value += inner;
				index++;
			}
			word = (word ?? '') + value;
			index++;
			continue;
		}
		if (character === '\\') {
			if (index + 1 >= line.length) return {problem: 'a \\ at the end of the line'};
			if (line[index + 1] !== '\n') word = (word ?? '') + line[index + 1];
			index += 2;
			continue;
		}
		if (expanding.has(character)) return {problem: `an unquoted ${character} at column ${index + 1}`};
		word = (word ?? '') + character;
		index++;
	}
	end();
	return {tokens};
}

export type ShellCommand = {assignments: string[]; argv: string[]};

/**
 * The simple commands of a line made only of commands joined by && or ; (optionally in one pair
 * of parentheses): their variable assignments and argv. Any other operator is a problem.
 */
export function commandsOf(line: string, joiners: string[] = ['&&', ';']): {commands: ShellCommand[]; joins: string[]; subshell: boolean} | {problem: string} {
	const reading = readShellLine(line);
	if ('problem' in reading) return reading;
	let tokens = reading.tokens;
	const subshell = tokens[0]?.kind === 'operator' && tokens[0].value === '(';
	if (subshell) {
		const last = tokens.at(-1);
		if (!(last?.kind === 'operator' && last.value === ')')) return {problem: 'a ( without its closing )'};
		tokens = tokens.slice(1, -1);
	}
	const commands: ShellCommand[] = [];
	const joins: string[] = [];
	let current: ShellCommand = {assignments: [], argv: []};
	for (const token of tokens) {
		if (token.kind === 'operator') {
			if (!joiners.includes(token.value)) return {problem: `the shell operator ${JSON.stringify(token.value)}`};
			if (current.argv.length === 0) return {problem: `an empty command before ${JSON.stringify(token.value)}`};
			commands.push(current);
			joins.push(token.value);
			current = {assignments: [], argv: []};
			continue;
		}
		if (current.argv.length === 0 && /^[A-Za-z_]\w*=/.test(token.value)) current.assignments.push(token.value);
		else current.argv.push(token.value);
	}
	if (current.argv.length === 0) return {problem: 'an empty command at the end'};
	commands.push(current);
	return {commands, joins, subshell};
}
