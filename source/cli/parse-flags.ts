import {parseArgs, type ParseArgsConfig} from 'node:util';
import {answerIds} from '../engine/answers.js';
import {InputError, resolveAnswers} from '../engine/resolve.js';
import {shownText} from '../grammar/shown-text.js';
import {flags, kebab, unknownFlagError, type Flags} from './flags.js';

export type ParsedCommandLine = {kind: 'run'; flags: Flags} | {kind: 'help'} | {kind: 'version'} | {kind: 'error'; message: string};

const options: NonNullable<ParseArgsConfig['options']> = {
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean'},
	...Object.fromEntries(Object.entries(flags).map(([name, spec]) => [kebab(name), {type: spec.type, ...('shortFlag' in spec ? {short: spec.shortFlag} : {})}])),
};

const camel = (name: string) => name.replaceAll(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/**
 * `--write` takes an optional folder: alone, or followed by another flag, it means the project
 * folder, which `--write=` says to the parser.
 */
function withOptionalValues(argv: string[]): string[] {
	return argv.map((token, index) => (token === '--write' && (argv[index + 1] === undefined || argv[index + 1]!.startsWith('-')) ? '--write=' : token));
}

/** Node's parser explains a bad value over several lines; say it in one. */
function valueError(message: string): string {
	const name = /'(?:-\w, )?--([a-z-]+)/.exec(message)?.[1];
	const spec = name === undefined ? undefined : (flags as Record<string, {value?: string}>)[camel(name)];
	if (name === undefined || spec === undefined) return message.split('\n')[0]!;
	if (/does not take an argument/.test(message)) return `--${name} takes no value.`;
	const dash = /ambiguous/.test(message) ? ` (for a value that starts with a dash: --${name}=-value)` : '';
	return `--${name} needs a value: --${name} ${spec.value ?? 'VALUE'}${dash}.`;
}

/**
 * Reads the command line with Node's own parser, against the same flag table --help prints. An
 * error quotes what was typed, so it comes back with control characters escaped, on one line.
 */
export function parseCommandLine(argv: string[]): ParsedCommandLine {
	const parsed = readCommandLine(argv);
	return parsed.kind === 'error' ? {kind: 'error', message: shownText(parsed.message, {limit: 1000})} : parsed;
}

/** The command line read, with errors as typed. */
function readCommandLine(argv: string[]): ParsedCommandLine {
	const unknown = unknownFlagError(argv);
	if (unknown) return {kind: 'error', message: unknown};
	let parsed;
	try {
		parsed = parseArgs({args: withOptionalValues(argv), options, strict: true, allowPositionals: true, tokens: true});
	} catch (error) {
		return {kind: 'error', message: `${valueError((error as Error).message)} See --help.`};
	}

	const seen = new Set<string>();
	for (const token of parsed.tokens) {
		if (token.kind !== 'option') continue;
		if (seen.has(token.name)) return {kind: 'error', message: `The flag --${token.name} can only be set once. See --help.`};
		seen.add(token.name);
	}

	if (parsed.values.help) return {kind: 'help'};
	if (parsed.values.version) return {kind: 'version'};
	if (parsed.positionals.length > 0) return {kind: 'error', message: `unexpected argument "${parsed.positionals[0]}": everything is passed as flags (--project PATH for a project). See --help.`};
	const values = Object.fromEntries(Object.entries(parsed.values).map(([name, value]) => [camel(name), value])) as Flags;
	const invalid = invalidValue(values);
	return invalid === undefined ? {kind: 'run', flags: values} : {kind: 'error', message: invalid};
}

/**
 * The first flag value outside its grammar, as one line, before anything is read from disk. The
 * answers are checked as resolveAnswers checks them (aliases and all), but for --dotnet, whose
 * versions come from the catalog that --refresh may change.
 */
function invalidValue(values: Flags): string | undefined {
	if (values.pin && values.noPin) return '--pin and --no-pin say opposite things: give one of them.';
	try {
		for (const [name, spec] of Object.entries(flags) as Array<[keyof typeof flags, {check?: (value: string) => void}]>) {
			const value = values[name];
			if (typeof value === 'string' && spec.check) spec.check(value);
		}
		const answers = Object.fromEntries(answerIds.filter(id => id !== 'dotnet' && typeof values[id] === 'string').map(id => [id, values[id] as string]));
		const today = typeof values.today === 'string' && /^\d{4}-\d\d-\d\d$/.test(values.today) ? values.today : new Date().toISOString().slice(0, 10);
		resolveAnswers([{source: 'flag', values: answers, origin: id => `--${id}`}], today);
		return undefined;
	} catch (error) {
		if (error instanceof InputError) return error.message;
		throw error;
	}
}
