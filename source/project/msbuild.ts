import {XMLParser} from 'fast-xml-parser';
import {InputError} from '../engine/resolve.js';
import {inputCaps, readInputFile} from '../read/input-file.js';
import {ConditionTooDeep, conditionHolds, lowerCased, publishGlobals} from './condition.js';
import {parseXmlFile} from './xml-document.js';

/** What one MSBuild file says for a container publish: its SDK, properties and framework references. */
export type MsbuildFile = {
	sdk?: string;
	/** Every SDK the file names: the Sdk attribute (several separated by ;) and <Sdk Name=…> elements. */
	sdks?: string[];
	properties: Record<string, string>;
	/** The condition under which a property was set, for those set in a conditional group or element. */
	conditions: Record<string, string>;
	frameworkReferences: string[];
	packageReferences: string[];
	/** ProjectReference paths as written, relative to the file. */
	projectReferences: string[];
	/** `<Import Project=…>` as written, with its condition, in the order they appear. */
	imports?: Array<{project: string; condition?: string}>;
	/** ContainerPort items: the ports the SDK's image exposes. */
	containerPorts?: string[];
	/** ContainerEnvironmentVariable items: the environment the SDK's image sets. */
	containerEnvironment?: Record<string, string>;
	/** Commands of `<Exec>` tasks in the file's targets (an SPA's `npm install`). */
	execCommands?: string[];
	/** References left out because their condition cannot be decided without MSBuild ("ProjectReference x.csproj if …"). */
	undecided?: string[];
};

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	trimValues: true,
	isArray: name => ['PropertyGroup', 'ItemGroup', 'FrameworkReference', 'PackageReference', 'ProjectReference', 'ContainerPort', 'ContainerEnvironmentVariable', 'Sdk', 'Import', 'ImportGroup', 'Target', 'Exec'].includes(name),
});

type Element = Record<string, unknown>;

function text(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (value && typeof value === 'object' && '#text' in value) return String((value as Element)['#text']).trim();
	return undefined;
}

/**
 * Parses a .csproj or Directory.Build.props as a Release publish sees it. A conditional group or
 * element counts when its condition holds for that publish, given the properties set before it
 * (`inherited`: those from files imported earlier); one that cannot be decided is left out.
 */
export function parseMsbuild(content: string, file: string, inherited: Record<string, string> = {}): MsbuildFile {
	try {
		return readParsed(parseXmlFile(content, file, parser), file, inherited);
	} catch (error) {
		if (error instanceof ConditionTooDeep) throw new InputError(`${file} has a Condition ${error.message}: it is not read.`);
		throw error;
	}
}

function readParsed(document: Element, file: string, inherited: Record<string, string>): MsbuildFile {
	const project = document.Project as Element | undefined;
	if (!project || typeof project !== 'object') throw new InputError(`${file} is not an MSBuild project: it has no <Project> element.`);

	const properties: Record<string, string> = {};
	const conditions: Record<string, string> = {};
	const conditionOf = (element: unknown) => (element && typeof element === 'object' ? (element as Element)['@Condition'] : undefined);
	// Kept up to date as properties are set: building it for every condition would be quadratic.
	const known = lowerCased({...publishGlobals, ...inherited});
	const applies = (condition: unknown) => condition === undefined || conditionHolds(String(condition), known) === true;
	for (const group of (project.PropertyGroup as Element[] | undefined) ?? []) {
		const groupCondition = conditionOf(group);
		if (!applies(groupCondition)) continue;
		for (const [name, value] of Object.entries(group)) {
			if (name.startsWith('@')) continue;
			for (const entry of Array.isArray(value) ? value : [value]) {
				const condition = conditionOf(entry) ?? groupCondition;
				if (!applies(conditionOf(entry))) continue;
				const content = text(entry);
				if (content === undefined) continue;
				properties[name] = content;
				known.set(name.toLowerCase(), content);
				if (condition === undefined) delete conditions[name];
				else conditions[name] = String(condition).replaceAll(/\s+/g, ' ').trim();
			}
		}
	}

	// A reference behind a condition only MSBuild can decide ($(Name.EndsWith('Api'))) is named, not guessed.
	const undecided: string[] = [];
	const undecidable = (condition: unknown) => condition !== undefined && conditionHolds(String(condition), known) === undefined;
	const referenceItems = ['ProjectReference', 'FrameworkReference', 'PackageReference'];
	const allGroups = (project.ItemGroup as Element[] | undefined) ?? [];
	for (const group of allGroups) {
		const groupUndecided = undecidable(conditionOf(group));
		if (!groupUndecided && !applies(conditionOf(group))) continue;
		for (const item of referenceItems) {
			for (const reference of (group[item] as Element[] | undefined) ?? []) {
				const condition = groupUndecided ? conditionOf(group) : undecidable(conditionOf(reference)) ? conditionOf(reference) : undefined;
				if (condition !== undefined) undecided.push(`${item} ${String(reference['@Include'] ?? '')} if ${String(condition).replaceAll(/\s+/g, ' ').trim()}`);
			}
		}
	}
	const itemGroups = allGroups.filter(group => applies(conditionOf(group)));
	const included = (item: string) => itemGroups
		.flatMap(group => (group[item] as Element[] | undefined) ?? [])
		.filter(reference => applies(conditionOf(reference)))
		.map(reference => String(reference['@Include'] ?? ''));
	const frameworkReferences = included('FrameworkReference');
	const packageReferences = included('PackageReference');
	const projectReferences = included('ProjectReference').map(reference => reference.replaceAll('\\', '/'));
	const containerPorts = included('ContainerPort');
	const containerEnvironment = Object.fromEntries(itemGroups
		.flatMap(group => (group.ContainerEnvironmentVariable as Element[] | undefined) ?? [])
		.filter(item => applies(conditionOf(item)))
		.map(item => [String(item['@Include'] ?? ''), String(item['@Value'] ?? '')]));
	const imports = [
		...((project.Import as Element[] | undefined) ?? []).map(element => ({element, groupCondition: undefined as unknown})),
		...((project.ImportGroup as Element[] | undefined) ?? []).flatMap(group => ((group.Import as Element[] | undefined) ?? []).map(element => ({element, groupCondition: conditionOf(group)}))),
	].flatMap(({element, groupCondition}) => {
		const condition = [groupCondition, conditionOf(element)].filter(part => part !== undefined).map(part => `(${String(part)})`).join(' and ');
		// <Import Project="Sdk.props" Sdk="…"/> is the SDK's own import.
		return typeof element['@Project'] === 'string' && element['@Sdk'] === undefined ? [{project: element['@Project'].replaceAll('\\', '/'), ...(condition ? {condition} : {})}] : [];
	});
	const execCommands = ((project.Target as Element[] | undefined) ?? []).flatMap(target => ((target.Exec as Element[] | undefined) ?? []).map(exec => String(exec['@Command'] ?? '')));

	const sdkAttribute = typeof project['@Sdk'] === 'string' ? project['@Sdk'] : undefined;
	const sdkElement = (project.Sdk as Element[] | undefined)?.[0]?.['@Name'];
	const sdk = (sdkAttribute ?? (typeof sdkElement === 'string' ? sdkElement : undefined))?.split('/')[0]?.trim();
	const sdks = [
		...(sdkAttribute ?? '').split(';'),
		...((project.Sdk as Element[] | undefined) ?? []).map(element => String(element['@Name'] ?? '')),
	].map(name => name.split('/')[0]!.trim()).filter(Boolean);
	return {...(sdk ? {sdk} : {}), sdks, properties, conditions, frameworkReferences, packageReferences, projectReferences, imports, containerPorts, containerEnvironment, execCommands, ...(undecided.length > 0 ? {undecided} : {})};
}

/** An MSBuild file's text, through the one reader of user files (regular files, at most 8 MiB). */
export async function readMsbuildText(file: string, shownAs: string): Promise<string> {
	return readInputFile(file, {shownAs, maxBytes: inputCaps.msbuild});
}

export async function readMsbuild(file: string, shownAs: string, inherited: Record<string, string> = {}): Promise<MsbuildFile> {
	return parseMsbuild(await readMsbuildText(file, shownAs), shownAs, inherited);
}
