import type {Document, YAMLError} from 'yaml';
import {InputError} from '../engine/resolve.js';

/** How many aliases a YAML config may expand: a config needs none, an alias bomb needs thousands. */
const maxAliasCount = 100;

export type ParsedConfig = {value: unknown; /** What the YAML parser warned about, as sentences. */ warnings: string[]};

// yaml loads only for YAML configs and duplicate keys; bundled, its CommonJS build sits under default.
async function yamlLibrary(): Promise<typeof import('yaml')> {
	const yaml = await import('yaml') as unknown as Partial<typeof import('yaml')> & {default?: typeof import('yaml')};
	return (yaml.parseAllDocuments ? yaml : yaml.default!) as typeof import('yaml');
}

/** "Map keys must be unique at line 2, column 1:" → "Map keys must be unique". */
const sentence = (error: YAMLError) => error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
const where = (error: YAMLError) => (error.linePos ? ` (line ${error.linePos[0].line})` : '');
const nestedTooDeep = (shown: string) => new InputError(`${shown} nests its values deeper than a config can: it is not read.`);

function yamlProblem(error: YAMLError, shown: string, syntax: string): InputError {
	if (error.code === 'RESOURCE_EXHAUSTION' || /call stack/i.test(error.message)) return nestedTooDeep(shown);
	if (error.code === 'DUPLICATE_KEY') return new InputError(`${shown} gives the same key twice${where(error)}: say each answer once.`);
	return new InputError(`${shown} is not valid ${syntax}${where(error)}: ${sentence(error)}.`);
}

/**
 * Every answer is text, and YAML reads `dotnet: 10.0` as the number 10: a number given as an answer
 * is taken as written (10.0, 8.0), as the flags take `--dotnet 10.0`.
 */
function numbersAsWritten(yaml: typeof import('yaml'), document: Document.Parsed, content: string): void {
	if (!yaml.isMap(document.contents)) return;
	for (const pair of document.contents.items) {
		const value = pair.value;
		if (yaml.isScalar(value) && typeof value.value === 'number' && value.range) value.value = content.slice(value.range[0], value.range[1]).trim();
	}
}

/** One YAML document's value, with YAML's warnings as sentences; every error one InputError naming the file. */
async function parseYaml(content: string, shown: string): Promise<ParsedConfig> {
	const yaml = await yamlLibrary();
	let documents: Document.Parsed[];
	try {
		// logLevel silent: yaml would otherwise print its warnings as process warnings, "(node:PID) YAMLWarning".
		documents = yaml.parseAllDocuments(content, {logLevel: 'silent', uniqueKeys: true, prettyErrors: true}) as Document.Parsed[];
	} catch (error) {
		if (error instanceof RangeError) throw nestedTooDeep(shown);
		throw new InputError(`${shown} is not valid YAML: ${(error as Error).message.split('\n')[0]}.`);
	}
	if (!Array.isArray(documents)) documents = [];
	if (documents.length > 1) {
		const second = documents[1]!.range[0];
		throw new InputError(`${shown} holds ${documents.length} YAML documents (the second starts on line ${content.slice(0, second).split('\n').length}): a config is one document.`);
	}
	const document = documents[0];
	if (!document) return {value: undefined, warnings: []};
	const error = document.errors[0];
	if (error) throw yamlProblem(error, shown, 'YAML');
	numbersAsWritten(yaml, document, content);
	try {
		return {value: document.toJS({maxAliasCount}), warnings: document.warnings.map(warning => `${shown}${where(warning)}: ${sentence(warning)}.`)};
	} catch (problem) {
		if (problem instanceof RangeError) throw nestedTooDeep(shown);
		// yaml's "Excessive alias count indicates a resource exhaustion attack".
		if (problem instanceof ReferenceError && /alias/i.test(problem.message)) throw new InputError(`${shown} expands its YAML aliases more than ${maxAliasCount} times, like an alias bomb: it is not read.`);
		throw new InputError(`${shown} is not valid YAML: ${(problem as Error).message.split('\n')[0]}.`);
	}
}

/** A JSON config's value: JSON.parse decides what is valid; YAML, a superset, finds a key given twice. */
async function parseJson(content: string, shown: string): Promise<ParsedConfig> {
	let value: unknown;
	try {
		value = JSON.parse(content);
	} catch (error) {
		if (error instanceof RangeError) throw nestedTooDeep(shown);
		throw new InputError(`${shown} cannot be parsed as JSON: ${(error as Error).message.split('\n')[0]!.replace(/\.$/, '')}.`);
	}
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
		try {
			const document = (await yamlLibrary()).parseDocument(content, {logLevel: 'silent', uniqueKeys: true});
			const duplicate = document.errors.find(error => error.code === 'DUPLICATE_KEY');
			if (duplicate) throw yamlProblem(duplicate, shown, 'JSON');
		} catch (error) {
			// Only a key given twice is news here: JSON.parse has read the rest.
			if (error instanceof InputError) throw error;
		}
	}
	return {value, warnings: []};
}

/** A config file's content as data: JSON for .json, YAML otherwise (.yaml, .yml, the rc file). */
export async function parseConfig(content: string, file: string, shown: string): Promise<ParsedConfig> {
	return file.toLowerCase().endsWith('.json') ? parseJson(content, shown) : parseYaml(content, shown);
}
