import {readFile} from 'node:fs/promises';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {InputError} from '../engine/resolve.js';

/** What one MSBuild file says: its SDK, unconditional properties and framework references. */
export type MsbuildFile = {
	sdk?: string;
	properties: Record<string, string>;
	frameworkReferences: string[];
};

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	trimValues: true,
	isArray: name => ['PropertyGroup', 'ItemGroup', 'FrameworkReference', 'Sdk', 'Import'].includes(name),
});

type Element = Record<string, unknown>;

function text(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (value && typeof value === 'object' && '#text' in value) return String((value as Element)['#text']).trim();
	return undefined;
}

/** Parses a .csproj or Directory.Build.props; conditional groups are left out (they may not apply). */
export function parseMsbuild(content: string, file: string): MsbuildFile {
	const valid = XMLValidator.validate(content);
	if (valid !== true) throw new InputError(`${file} is not valid XML (line ${valid.err.line}: ${valid.err.msg.replace(/\.$/, '')}).`);
	const document = parser.parse(content) as Element;
	const project = document.Project as Element | undefined;
	if (!project || typeof project !== 'object') throw new InputError(`${file} is not an MSBuild project: it has no <Project> element.`);

	const properties: Record<string, string> = {};
	for (const group of (project.PropertyGroup as Element[] | undefined) ?? []) {
		if (group['@Condition']) continue;
		for (const [name, value] of Object.entries(group)) {
			if (name.startsWith('@')) continue;
			const values = Array.isArray(value) ? value : [value];
			for (const entry of values) {
				if (entry && typeof entry === 'object' && (entry as Element)['@Condition']) continue;
				const content = text(entry);
				if (content !== undefined) properties[name] = content;
			}
		}
	}

	const frameworkReferences = ((project.ItemGroup as Element[] | undefined) ?? [])
		.filter(group => !group['@Condition'])
		.flatMap(group => (group.FrameworkReference as Element[] | undefined) ?? [])
		.map(reference => String(reference['@Include'] ?? ''));

	const sdkAttribute = typeof project['@Sdk'] === 'string' ? project['@Sdk'] : undefined;
	const sdkElement = (project.Sdk as Element[] | undefined)?.[0]?.['@Name'];
	const sdk = (sdkAttribute ?? (typeof sdkElement === 'string' ? sdkElement : undefined))?.split('/')[0]?.trim();
	return {...(sdk ? {sdk} : {}), properties, frameworkReferences};
}

export async function readMsbuild(file: string, shownAs: string): Promise<MsbuildFile> {
	let content: string;
	try {
		content = await readFile(file, 'utf8');
	} catch (error) {
		throw new InputError(`cannot read ${shownAs}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
	}
	return parseMsbuild(content.replace(/^\uFEFF/, ''), shownAs);
}
