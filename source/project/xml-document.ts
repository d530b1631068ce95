import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {InputError} from '../engine/resolve.js';

/**
 * Whether a document type declaration comes before the root element (after the XML declaration,
 * processing instructions, comments and space). A scan, not a regular expression: one that skips
 * comments lazily backtracks exponentially over a file with many of them (the SDK's own targets
 * open with dozens) and never ends.
 */
function hasDoctype(content: string): boolean {
	let at = 0;
	for (;;) {
		while (at < content.length && /\s/.test(content[at]!)) at++;
		const [open, close] = content.startsWith('<?', at) ? ['<?', '?>'] : content.startsWith('<!--', at) ? ['<!--', '-->'] : [];
		if (!open) return content.slice(at, at + 9).toUpperCase() === '<!DOCTYPE';
		const end = content.indexOf(close!, at + open.length);
		if (end < 0) return false;
		at = end + close!.length;
	}
}

/**
 * An MSBuild or solution (.slnx) file parsed, every problem one sentence naming it: not XML, a
 * <!DOCTYPE> (where entities, external ones and entity bombs, are declared: MSBuild prohibits
 * DTDs, MSB4025, and so does this reader), elements nested deeper than the parser follows.
 */
export function parseXmlFile(content: string, shownAs: string, parser: XMLParser): Record<string, unknown> {
	const valid = XMLValidator.validate(content);
	if (valid !== true) throw new InputError(`${shownAs} is not valid XML (line ${valid.err.line}: ${valid.err.msg.replace(/\.$/, '')}).`);
	if (hasDoctype(content)) throw new InputError(`${shownAs} has a <!DOCTYPE> declaration: MSBuild prohibits DTDs (and the entities they declare), and so does this reader.`);
	try {
		return parser.parse(content) as Record<string, unknown>;
	} catch (error) {
		const message = (error as Error).message ?? String(error);
		if (error instanceof RangeError || /nested/i.test(message)) throw new InputError(`${shownAs} nests its XML elements deeper than an MSBuild file does: it is not read.`);
		if (/entit/i.test(message)) throw new InputError(`${shownAs} declares XML entities (${message.replace(/\.$/, '')}): MSBuild files do not, and they are not read.`);
		throw new InputError(`${shownAs} is not valid XML (${message.split('\n')[0]!.replace(/\.$/, '')}).`);
	}
}
