/** Characters a POSIX shell reads as themselves in an unquoted word. */
const plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One argument as a POSIX shell word: bare when it is plain, else in single quotes (a quote
 * inside closes, escapes and reopens them). A leading `~` or `=` would be read as syntax, so is quoted.
 */
export function shellWord(argument: string): string {
	if (plainWord.test(argument) && !/^[=~]/.test(argument)) return argument;
	return `'${argument.replaceAll("'", `'\\''`)}'`;
}

/** An argv as one line a person can paste into sh, bash or zsh. */
export const shellCommand = (argv: readonly string[]) => argv.map(shellWord).join(' ');
