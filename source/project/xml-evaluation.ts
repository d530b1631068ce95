import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {InputError} from '../engine/resolve.js';
import {ConditionTooDeep, conditionHolds, lowerCased, publishGlobals} from './condition.js';
import type {Evaluation} from './evaluation.js';
import {parseMsbuild, readMsbuildText, type MsbuildFile} from './msbuild.js';
import {pathExists} from './path-exists.js';

/** The nearest file of this name in `start` or a folder above it (MSBuild's GetPathOfFileAbove). */
export async function fileAbove(start: string, name: string): Promise<string | undefined> {
	let folder = start;
	for (;;) {
		const candidate = path.join(folder, name);
		if (await pathExists(candidate)) return candidate;
		const parent = path.dirname(folder);
		if (parent === folder) return undefined;
		folder = parent;
	}
}

const unquote = (text: string) => text.trim().replace(/^'(.*)'$/, '$1');

/** The longest value $(Property) expansion may build: properties that double each other grow without end. */
const maxExpandedLength = 1024 * 1024;

/** A value that expands past maxExpandedLength in `file`. */
class ExpansionTooLarge extends Error {
	constructor(readonly file: string) {
		super('a property expansion grows too large');
	}
}

/**
 * Expands what an import path or value may hold that the XML reader can know: $(Property) from the
 * properties so far and MSBuildThisFileDirectory (and the like), GetPathOfFileAbove and
 * GetDirectoryNameOfFileAbove. Anything else (other property functions, items): undefined.
 */
async function expand(text: string, known: ReadonlyMap<string, string>, thisFile: string): Promise<string | undefined> {
	const folder = `${path.dirname(thisFile)}/`;
	const thisFileProperties = lowerCased({MSBuildThisFileDirectory: folder, MSBuildThisFileFullPath: thisFile, MSBuildThisFile: path.basename(thisFile)});
	const lookup = {get: (name: string) => thisFileProperties.get(name) ?? known.get(name)};
	let result = text;
	for (let round = 0; round < 8 && result.includes('$('); round++) {
		let missing = false;
		// Counted as it grows: one value naming a 1 MiB property a thousand times must stop at the cap, not at a gigabyte.
		let length = result.length;
		result = result.replaceAll(/\$\(([A-Za-z_][\w.-]*)\)/g, (match, name: string) => {
			const value = lookup.get(name.toLowerCase());
			if (value === undefined) missing = true;
			length += (value ?? match).length - match.length;
			if (length > maxExpandedLength) throw new ExpansionTooLarge(thisFile);
			return value ?? match;
		});
		if (missing) return undefined;
		const functionCall = /\$\(\[MSBuild\]::(GetPathOfFileAbove|GetDirectoryNameOfFileAbove)\(([^()$]*)\)\)/i.exec(result);
		if (!functionCall) break;
		const [call, name, rawArguments] = functionCall as unknown as [string, string, string];
		const [first, second] = rawArguments.split(',').map(unquote);
		const found = name.toLowerCase() === 'getpathoffileabove'
			? await fileAbove(path.resolve(path.dirname(thisFile), second ?? folder), first!)
			: await fileAbove(path.resolve(path.dirname(thisFile), first!), second ?? '').then(file => (file ? path.dirname(file) : undefined));
		result = result.replace(call, found ?? '');
	}
	return /[$@%]\(/.test(result) ? undefined : result;
}

const globCharacters = /[*?]/;

// The most folders one glob walks: a glob from / must not walk the whole machine (or /proc).
export const maxGlobFolders = 2000;

/**
 * Files matching an MSBuild glob (`*`, `?`, `**`) relative to `base`, sorted; at most
 * maxGlobFolders folders are read (not .git, node_modules, bin, obj, nor links to folders).
 */
export async function expandGlob(pattern: string, base: string): Promise<string[]> {
	const absolute = path.resolve(base, pattern);
	if (!globCharacters.test(absolute)) return (await pathExists(absolute)) ? [absolute] : [];
	const segments = absolute.split('/');
	const firstGlob = segments.findIndex(segment => globCharacters.test(segment));
	const root = segments.slice(0, firstGlob).join('/') || '/';
	const rest = segments.slice(firstGlob).map(segment => (segment === '**' ? '(?:[^/]+/)*' : `${segment.replaceAll(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*').replaceAll('?', '[^/]')}/`)).join('');
	const matcher = new RegExp(`^${rest.slice(0, -1)}$`);
	const found: string[] = [];
	let folders = 0;
	const walk = async (folder: string, relative: string, depth: number): Promise<void> => {
		if (depth > 12 || ++folders > maxGlobFolders) return;
		let entries;
		try {
			entries = await readdir(folder, {withFileTypes: true});
		} catch {
			return;
		}
		for (const entry of entries) {
			const name = `${relative}${entry.name}`;
			if (entry.isDirectory()) {
				if (!['.git', 'node_modules', 'bin', 'obj'].includes(entry.name)) await walk(path.join(folder, entry.name), `${name}/`, depth + 1);
			} else if (matcher.test(name)) {
				found.push(path.join(folder, entry.name));
			}
		}
	};
	await walk(root, '', 0);
	return found.sort();
}

type Reading = {
	properties: Record<string, string>;
	/** The properties by lower-case name, kept up to date with `properties`: alone, and over the publish's globals. */
	own: Map<string, string>;
	known: Map<string, string>;
	conditions: Record<string, string>;
	setIn: Record<string, string>;
	files: string[];
	unseen: string[];
	merged: Map<string, MsbuildFile>;
};

const globals = lowerCased(publishGlobals);

function setProperty(reading: Reading, name: string, value: string): void {
	reading.properties[name] = value;
	reading.own.set(name.toLowerCase(), value);
	reading.known.set(name.toLowerCase(), value);
}

function deleteProperty(reading: Reading, name: string): void {
	delete reading.properties[name];
	const key = name.toLowerCase();
	reading.own.delete(key);
	if (globals.has(key)) reading.known.set(key, globals.get(key)!);
	else reading.known.delete(key);
}

/**
 * Reads one file and, where they come first, its imports (or after its own properties where they
 * come after them), as MSBuild would in order.
 */
async function readInto(reading: Reading, file: string, shown: (file: string) => string, depth = 0): Promise<void> {
	if (reading.files.includes(file) || depth > 16) return;
	reading.files.push(file);
	const content = await readMsbuildText(file, shown(file));
	const msbuild = parseMsbuild(content, shown(file), {...publishGlobals, ...reading.properties});
	const importsFirst = content.search(/<Import\b/) > -1 && (content.search(/<PropertyGroup\b/) === -1 || content.search(/<Import\b/) < content.search(/<PropertyGroup\b/));
	const own = async () => {
		for (const [name, value] of Object.entries(msbuild.properties)) {
			// $(Property) in a value is read from what is known so far; anything else cannot be seen.
			const expanded = value.includes('$(') ? await expand(value, reading.known, file) : value;
			if (expanded === undefined) {
				reading.unseen.push(`${name} = ${value} in ${shown(file)}`);
				continue;
			}
			if (expanded === '') deleteProperty(reading, name);
			else setProperty(reading, name, expanded);
			if (msbuild.conditions[name]) reading.conditions[name] = msbuild.conditions[name]!;
			else delete reading.conditions[name];
			reading.setIn[name] = file;
		}
		reading.merged.set(file, msbuild);
		for (const reference of msbuild.undecided ?? []) reading.unseen.push(`${reference} in ${shown(file)}`);
	};
	const imports = async () => {
		for (const entry of msbuild.imports ?? []) {
			const target = await expand(entry.project, reading.own, file);
			if (target === undefined) {
				reading.unseen.push(`Import ${entry.project} in ${shown(file)}`);
				continue;
			}
			if (target === '') continue;
			if (entry.condition) {
				const condition = await expand(entry.condition, reading.known, file);
				const existsCheck = condition && /^\(?\s*exists\(\s*'([^']*)'\s*\)\s*\)?$/i.exec(condition.trim());
				if (existsCheck) {
					if (!(await pathExists(path.resolve(path.dirname(file), existsCheck[1]!)))) continue;
				} else {
					let holds: boolean | undefined;
					try {
						holds = condition === undefined ? undefined : conditionHolds(entry.condition, reading.known);
					} catch (error) {
						if (error instanceof ConditionTooDeep) throw new InputError(`${shown(file)} has a Condition ${error.message}: it is not read.`);
						throw error;
					}
					if (holds === undefined) reading.unseen.push(`Import ${entry.project} if ${entry.condition} in ${shown(file)}`);
					if (holds !== true) continue;
				}
			}
			for (const imported of await expandGlob(target, path.dirname(file))) await readInto(reading, imported, shown, depth + 1);
		}
	};
	if (importsFirst) {
		await imports();
		await own();
	} else {
		await own();
		await imports();
	}
}

/**
 * The XML reader: the project as MSBuild would import it for a Release publish, without MSBuild:
 * Directory.Build.props, Directory.Packages.props, the project, Directory.Build.targets, and the
 * imports among them whose paths it can work out. What it cannot follow is listed in `unseen`.
 */
export async function evaluateWithXml(file: string, shown: (file: string) => string): Promise<Evaluation> {
	try {
		return await readProject(file, shown);
	} catch (error) {
		if (error instanceof ExpansionTooLarge) throw new InputError(`${shown(error.file)}: a $(Property) value expands to more than 1 MiB (properties that repeat each other): it is not read.`);
		throw error;
	}
}

async function readProject(file: string, shown: (file: string) => string): Promise<Evaluation> {
	const folder = path.dirname(file);
	const reading: Reading = {properties: {}, own: new Map(), known: new Map(globals), conditions: {}, setIn: {}, files: [], unseen: [], merged: new Map()};
	setProperty(reading, 'MSBuildProjectDirectory', folder);
	setProperty(reading, 'MSBuildProjectName', path.basename(file).replace(/\.[^.]+$/, ''));
	const builtIn = new Set(Object.keys(reading.properties));
	const props = await fileAbove(folder, 'Directory.Build.props');
	if (props) await readInto(reading, props, shown);
	const packages = await fileAbove(folder, 'Directory.Packages.props');
	if (packages) await readInto(reading, packages, shown);
	await readInto(reading, file, shown);
	const targets = await fileAbove(folder, 'Directory.Build.targets');
	if (targets) await readInto(reading, targets, shown);

	const own = reading.merged.get(file);
	const merged = [...reading.merged.values()];
	const projectReferences: string[] = [];
	for (const [from, msbuild] of reading.merged) {
		for (const reference of msbuild.projectReferences) {
			const expanded = await expand(reference, reading.own, from);
			if (expanded === undefined) {
				reading.unseen.push(`ProjectReference ${reference} in ${shown(from)}`);
				continue;
			}
			// Item paths are relative to the project, wherever the item is written.
			projectReferences.push(...(await expandGlob(expanded, folder)));
		}
	}
	const properties = Object.fromEntries(Object.entries(reading.properties).filter(([name]) => !builtIn.has(name)));
	const setIn = Object.fromEntries(Object.entries(reading.setIn).filter(([name, where]) => where !== file && properties[name] !== undefined));
	return {
		evaluator: 'xml',
		file,
		properties,
		conditions: reading.conditions,
		setIn,
		sdks: own?.sdks ?? [],
		frameworkReferences: merged.flatMap(msbuild => msbuild.frameworkReferences),
		packageReferences: merged.flatMap(msbuild => msbuild.packageReferences),
		projectReferences: [...new Set(projectReferences)].filter(reference => reference !== file),
		containerPorts: merged.flatMap(msbuild => msbuild.containerPorts ?? []),
		containerEnvironment: Object.assign({}, ...merged.map(msbuild => msbuild.containerEnvironment ?? {})) as Record<string, string>,
		imports: reading.files,
		execCommands: merged.flatMap(msbuild => msbuild.execCommands ?? []),
		unseen: reading.unseen,
	};
}
