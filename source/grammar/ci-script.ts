import {InputError} from '../engine/resolve.js';
import {shellWord} from './posix-shell.js';
import {shownValue} from './shown-text.js';

/** The references a CI job's shell may expand in an argument: ${NAME}, and "$@" (the arguments set with `set --`). */
const reference = /\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$@/g;

/**
 * One argument of a CI job's script line: bare or single-quoted like any shell word when it names
 * no variable; else in double quotes, where only ${NAME} and $@ expand and ", \ and ` are escaped.
 */
export function scriptWord(argument: string): string {
	if (!argument.includes('$')) return shellWord(argument);
	if (argument.replaceAll(reference, '').includes('$')) throw new Error(`${JSON.stringify(argument)} has a "$" that is not a \${NAME} reference`);
	return `"${argument.replaceAll(/["\\`]/g, character => `\\${character}`)}"`;
}

/** An argv as one line of a CI job's POSIX shell script. */
export const scriptLine = (argv: readonly string[]) => argv.map(scriptWord).join(' ');

/**
 * A value written into a GitHub Actions workflow: `${{` starts an expression GitHub evaluates
 * anywhere in a string (a run: script included), so a value holding one is refused.
 */
export function actionsLiteral(value: string, what: string): string {
	if (value.includes('${{')) throw new InputError(`${what}: ${shownValue(value)} holds "\${{", which GitHub Actions would evaluate as an expression: rename it.`);
	return value;
}

/** A value written into .gitlab-ci.yml variables: GitLab expands "$" there, so a value holding one is refused. */
export function gitlabLiteral(value: string, what: string): string {
	if (value.includes('$')) throw new InputError(`${what}: ${shownValue(value)} holds "$", which GitLab CI would expand as a variable: rename it.`);
	return value;
}
