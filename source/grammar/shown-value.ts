/**
 * A value from a flag or a file as an error message quotes it: in double quotes, control
 * characters escaped (C0 and C1, so no terminal sequence gets through), cut to a readable length.
 */
export function shownValue(text: string, limit = 80): string {
	const cut = text.length > limit ? `${text.slice(0, limit)}…` : text;
	// eslint-disable-next-line no-control-regex
	return JSON.stringify(cut).replaceAll(/[\u007F-\u009F\u2028\u2029]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
