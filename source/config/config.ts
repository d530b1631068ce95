// Saved answers: the config files a run reads (JSON or YAML, never code) and what they may say.
import {lstatSync} from 'node:fs';
import path from 'node:path';
import type {Ajv2020 as Ajv2020Class} from 'ajv/dist/2020.js';
import schema from '../../schema/config.schema.json' with {type: 'json'};
import {answerIds, type AnswerId} from '../engine/answers.js';
import {InputError, type AnswerLayer} from '../engine/resolve.js';
import {parseImageReference} from '../grammar/oci-reference.js';
import {shownText} from '../grammar/shown-text.js';
import {inputCaps, InputFileError, readInputFile} from '../read/input-file.js';
import {homeFolder} from '../read/user-folders.js';
import {parseConfig} from './parse-config.js';

export const configName = 'dotnet-image-wizard';
export const searchPlaces = [
	`.${configName}rc`,
	`.${configName}rc.json`,
	`.${configName}rc.yaml`,
	`.${configName}rc.yml`,
	`${configName}.config.json`,
];
export const savedConfigName = `.${configName}rc.json`;

/** What --config reads: data formats only. A .js, .cjs, .mjs or .ts config would be code to run. */
const acceptedExtensions = ['.json', '.yaml', '.yml', ''];

export type Config = Partial<Record<AnswerId, string | string[]>> & {project?: string; image?: string; pin?: boolean};
/** `warnings`: what the YAML parser noticed but read anyway (an unknown tag or directive), as sentences naming the file. */
export type LoadedConfig = {file: string; config: Config; warnings?: string[]};

/** A value from the file as a message shows it: as JSON (a number, a list), escaped and cut as shownText shows text. */
function shownConfigValue(value: unknown): string {
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		return '(nested too deep to show)';
	}
	return shownText(text, {limit: 80});
}

/** Validates a config with the published JSON schema; every problem names the key, file and values. */
async function validateConfig(config: unknown, shown: string): Promise<Config> {
	// ajv is CommonJS: bundlers expose its class as a named export or under default.
	const ajv = await import('ajv/dist/2020.js') as unknown as {Ajv2020?: typeof Ajv2020Class; default: {Ajv2020: typeof Ajv2020Class}};
	const Ajv2020 = ajv.Ajv2020 ?? ajv.default.Ajv2020;
	const validate = new Ajv2020({allErrors: true, strict: false}).compile<Config>(schema);
	let valid: boolean;
	try {
		valid = validate(config);
	} catch (error) {
		if (error instanceof RangeError) throw new InputError(`${shown} nests its values deeper than a config can: it is not read.`);
		throw error;
	}
	if (valid) return validImage(config as Config, shown);
	const error = validate.errors!.find(candidate => candidate.keyword === 'additionalProperties') ?? validate.errors![0]!;
	if (error.keyword === 'additionalProperties') {
		const key = (error.params as {additionalProperty: string}).additionalProperty;
		throw new InputError(`${shown}: unknown key ${shownConfigValue(key)} (accepted: ${Object.keys(schema.properties).filter(name => name !== '$schema').join(', ')}).`);
	}
	if (error.instancePath === '') throw new InputError(`${shown}: the config must be an object of answers, like {"os": "alpine"}.`);
	const key = error.instancePath.split('/')[1]!;
	const property = (schema.properties as Record<string, {enum?: string[]}>)[key];
	const accepted = property?.enum ? ` (accepted: ${property.enum.join(', ')})` : key === 'arch' ? ' (accepted: amd64, arm64, arm, as a list or comma-separated)' : '';
	throw new InputError(`${shown}: "${key}" has an invalid value ${shownConfigValue((config as Record<string, unknown>)[key])}${accepted}.`);
}

/** The image name goes into files and commands: it must be an OCI reference. */
function validImage(config: Config, shown: string): Config {
	if (config.image === undefined) return config;
	const parsed = parseImageReference(config.image);
	if ('error' in parsed) {
		const reason = parsed.error.startsWith('is ') ? parsed.error : `is refused: ${parsed.error}`;
		throw new InputError(`${shown}: "image" ${shownConfigValue(config.image)} ${reason}.`);
	}
	return config;
}

/** A file as messages name it: relative to the current folder, unless that climbs more than one folder. */
function shownFrom(from: string, file: string): string {
	const relative = path.relative(from, file);
	return relative === '' || relative.startsWith(`..${path.sep}..${path.sep}`) || path.isAbsolute(relative) ? file : relative;
}

/** A config file's content parsed and validated. */
async function loaded(content: string, file: string, shown: string): Promise<LoadedConfig> {
	const {value, warnings} = await parseConfig(content, file, shown);
	return {file, config: await validateConfig(value, shown), ...(warnings.length > 0 ? {warnings} : {})};
}

/**
 * The first config file found from `from` upwards, as lilconfig searched: each folder's search
 * places in order, an empty file skipped, up to the user's home folder or the filesystem's root.
 */
function nothingAt(file: string): boolean {
	try {
		return lstatSync(file, {throwIfNoEntry: false}) === undefined;
	} catch {
		return false;
	}
}

async function searchConfig(from: string): Promise<LoadedConfig | undefined> {
	const home = homeFolder();
	const stop = home && path.resolve(home);
	let folder = path.resolve(from);
	for (;;) {
		for (const place of searchPlaces) {
			const file = path.join(folder, place);
			// Most folders hold none of these: a synchronous look costs microseconds where a read
			// that finds nothing costs a round trip through the thread pool. Anything there (or a
			// look that fails) is read below, with its refusals.
			if (nothingAt(file)) continue;
			const shown = shownFrom(from, file);
			let content: string;
			try {
				content = await readInputFile(file, {shownAs: `the config file ${shown}`, maxBytes: inputCaps.config});
			} catch (error) {
				if (error instanceof InputFileError && error.reason === 'missing') continue;
				throw error;
			}
			if (content.trim() !== '') return loaded(content, file, shown);
		}
		const parent = path.dirname(folder);
		if (folder === stop || parent === folder) return undefined;
		folder = parent;
	}
}

/** --config FILE (JSON, YAML or the extension-less rc file: never code), or the first config file found from `from` upwards. */
export async function loadConfig(from: string, explicit?: string): Promise<LoadedConfig | undefined> {
	if (explicit === undefined) return searchConfig(from);
	if (explicit.trim() === '') throw new InputError('--config: give the config file to read, like --config ci.json.');
	const file = path.resolve(from, explicit);
	const extension = path.extname(file).toLowerCase();
	if (!acceptedExtensions.includes(extension)) {
		throw new InputError(`--config: ${explicit} is a ${extension} file: a config is data, read from JSON (.json), YAML (.yaml, .yml) or a file with no extension, never run as code.`);
	}
	const content = await readInputFile(file, {shownAs: `--config: ${explicit}`, maxBytes: inputCaps.config});
	// An empty file says nothing: every answer comes from flags and the project.
	return content.trim() === '' ? {file, config: {}} : loaded(content, file, shownFrom(from, file));
}

export function configLayer(loaded: LoadedConfig): AnswerLayer {
	const values: Partial<Record<AnswerId, string>> = {};
	for (const id of answerIds) {
		const value = loaded.config[id];
		if (value !== undefined) values[id] = Array.isArray(value) ? value.join(',') : value;
	}
	const shown = path.relative(process.cwd(), loaded.file) || loaded.file;
	return {source: 'config', values, notes: Object.fromEntries(Object.keys(values).map(id => [id, shown])), origin: id => `${shown} "${id}"`};
}
