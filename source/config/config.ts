import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {Ajv2020 as Ajv2020Class} from 'ajv/dist/2020.js';
import {lilconfig, type Loader} from 'lilconfig';
import schema from '../../schema/config.schema.json' with {type: 'json'};
import {answerIds, type AnswerId} from '../engine/answers.js';
import {InputError, type AnswerLayer} from '../engine/resolve.js';

export const configName = 'dotnet-image-wizard';
export const searchPlaces = [
	`.${configName}rc`,
	`.${configName}rc.json`,
	`.${configName}rc.yaml`,
	`.${configName}rc.yml`,
	`${configName}.config.json`,
];
export const savedConfigName = `.${configName}rc.json`;

export type Config = Partial<Record<AnswerId, string | string[]>> & {project?: string; image?: string};
export type LoadedConfig = {file: string; config: Config};

const parseAny: Loader = async (file, content) => {
	try {
		if (file.endsWith('.json')) return JSON.parse(content);
		// yaml loads only for YAML configs; bundled, its CommonJS build sits under default.
		const yaml = await import('yaml') as unknown as {parse?: typeof import('yaml').parse; default: {parse: typeof import('yaml').parse}};
		return (yaml.parse ?? yaml.default.parse)(content);
	} catch (error) {
		throw new InputError(`${file} cannot be parsed: ${(error as Error).message.split('\n')[0]}.`);
	}
};

const loaders = {'.json': parseAny, '.yaml': parseAny, '.yml': parseAny, noExt: parseAny};

/** Validates a config with the published JSON schema; every problem names the key, file and values. */
async function validateConfig(config: unknown, file: string): Promise<Config> {
	// ajv is CommonJS: bundlers expose its class as a named export or under default.
	const ajv = await import('ajv/dist/2020.js') as unknown as {Ajv2020?: typeof Ajv2020Class; default: {Ajv2020: typeof Ajv2020Class}};
	const Ajv2020 = ajv.Ajv2020 ?? ajv.default.Ajv2020;
	const validate = new Ajv2020({allErrors: true, strict: false}).compile<Config>(schema);
	if (validate(config)) return config;
	const shown = path.relative(process.cwd(), file) || file;
	const error = validate.errors!.find(candidate => candidate.keyword === 'additionalProperties') ?? validate.errors![0]!;
	if (error.keyword === 'additionalProperties') {
		const key = (error.params as {additionalProperty: string}).additionalProperty;
		throw new InputError(`${shown}: unknown key "${key}" (accepted: ${Object.keys(schema.properties).filter(name => name !== '$schema').join(', ')}).`);
	}
	if (error.instancePath === '') throw new InputError(`${shown}: the config must be an object of answers, like {"os": "alpine"}.`);
	const key = error.instancePath.split('/')[1]!;
	const property = (schema.properties as Record<string, {enum?: string[]}>)[key];
	const accepted = property?.enum ? ` (accepted: ${property.enum.join(', ')})` : key === 'arch' ? ' (accepted: amd64, arm64, arm, as a list or comma-separated)' : '';
	throw new InputError(`${shown}: "${key}" has an invalid value ${JSON.stringify((config as Record<string, unknown>)[key])}${accepted}.`);
}

/** --config FILE, or the first config file found from `from` upwards. */
export async function loadConfig(from: string, explicit?: string): Promise<LoadedConfig | undefined> {
	const explorer = lilconfig(configName, {searchPlaces, loaders});
	let result;
	if (explicit) {
		try {
			await readFile(explicit);
		} catch {
			throw new InputError(`--config: ${explicit} does not exist.`);
		}
		result = await explorer.load(path.resolve(from, explicit));
	} else {
		result = await explorer.search(from);
	}
	if (!result || result.isEmpty) return result ? {file: result.filepath, config: {}} : undefined;
	return {file: result.filepath, config: await validateConfig(result.config, result.filepath)};
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
