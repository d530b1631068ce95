import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {InputError} from '../engine/resolve.js';

// A document type declaration before the root element (after the XML declaration, comments, space).
const doctype = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<!DOCTYPE/i;

/**
 * An MSBuild or solution (.slnx) file parsed, every problem one sentence naming it: not XML, a
 * <!DOCTYPE> (where entities, external ones and entity bombs, are declared: MSBuild prohibits
 * DTDs, MSB4025, and so does this reader), elements nested deeper than the parser follows.
 */
export function parseXmlFile(content: string, shownAs: string, parser: XMLParser): Record<string, unknown> {
	const valid = XMLValidator.validate(content);
	if (valid !== true) throw new InputError(`${shownAs} is not valid XML (line ${valid.err.line}: ${valid.err.msg.replace(/\.$/, '')}).`);
	if (doctype.test(content)) throw new InputError(`${shownAs} has a <!DOCTYPE> declaration: MSBuild prohibits DTDs (and the entities they declare), and so does this reader.`);
	try {
		return parser.parse(content) as Record<string, unknown>;
	} catch (error) {
		const message = (error as Error).message ?? String(error);
		if (error instanceof RangeError || /nested/i.test(message)) throw new InputError(`${shownAs} nests its XML elements deeper than an MSBuild file does: it is not read.`);
		if (/entit/i.test(message)) throw new InputError(`${shownAs} declares XML entities (${message.replace(/\.$/, '')}): MSBuild files do not, and they are not read.`);
		throw new InputError(`${shownAs} is not valid XML (${message.split('\n')[0]!.replace(/\.$/, '')}).`);
	}
}
