import {InputError} from '../engine/resolve.js';

/** Characters XML 1.0 has no place for, even escaped: C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates. */
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text as an element's content: & < > escaped; what XML cannot hold is refused, naming `what`. */
export function xmlText(value: string, what: string): string {
	if (notXml.test(value)) throw new InputError(`${what}: the value has a character XML cannot hold.`);
	return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `<!-- text -->`, or undefined when the text cannot be a comment (it holds "--", ends in "-", or a character XML cannot hold). */
export function xmlComment(text: string): string | undefined {
	if (text.includes('--') || text.endsWith('-') || notXml.test(text)) return undefined;
	return `<!-- ${text} -->`;
}
