// What the argv of a build must look like for the values the user gave: each value one argument
// in its place, safe in the grammar of the program that reads it (buildx's --output CSV,
// MSBuild's -p: properties, podman's and buildah's transports).
import {expect} from 'vitest';
import {parseImageReference} from '../../source/grammar/oci-reference.js';
import {msbuildProblem, msbuildUnescape, valueAfter} from './invariants.js';

export type BuildValues = {image?: string; builder?: string; oci?: string; baseRegistry?: string};

/** The fields of one CSV record (encoding/csv, as buildx reads --output). */
export function csvFields(text: string): string[] | undefined {
	const fields: string[] = [];
	let index = 0;
	for (;;) {
		let field = '';
		if (text[index] === '"') {
			index++;
			for (;;) {
				if (index >= text.length) return undefined;
				if (text[index] === '"' && text[index + 1] === '"') {
					field += '"';
					index += 2;
				} else if (text[index] === '"') {
					index++;
					break;
				} else {
					field += text[index++];
				}
			}
			if (index < text.length && text[index] !== ',') return undefined;
		} else {
			while (index < text.length && text[index] !== ',') field += text[index++];
			if (field.includes('"')) return undefined;
		}
		fields.push(field);
		if (index >= text.length) return fields;
		index++;
	}
}

const sdkProperties = new Set(['EnableSdkContainerSupport', 'ContainerBaseImage', 'ContainerRepository', 'RuntimeIdentifiers', 'ContainerRuntimeIdentifiers', 'RuntimeIdentifier', 'PublishAot', 'SelfContained', 'PublishReadyToRun', 'InvariantGlobalization', 'ContainerImageTag', 'ContainerRegistry', 'ContainerArchiveOutputPath']);
const listProperties = new Set(['RuntimeIdentifiers', 'ContainerRuntimeIdentifiers']);

const withTag = (image: string) => [image, `${image}:latest`];

/** The -p: properties of a dotnet publish argv, each checked to be one literal MSBuild value. */
function sdkArguments(argv: string[], label: string): Record<string, string> {
	const properties: Record<string, string> = {};
	for (const argument of argv.filter(text => /^[-/]p(?:roperty)?:/i.test(text))) {
		const [, name, raw] = /^[-/]p(?:roperty)?:([^=]*)=(.*)$/is.exec(argument) ?? [];
		expect(name, `a -p: argument that is not Name=value (${label}): ${argument}`).toBeDefined();
		expect(sdkProperties.has(name!), `an unexpected MSBuild property (${label}): ${argument}`).toBe(true);
		expect(properties[name!], `${name} given twice (${label})`).toBeUndefined();
		const quoted = /^"(.*)"$/s.exec(raw!);
		const value = quoted ? quoted[1]! : raw!;
		if (!listProperties.has(name!)) expect(quoted, `a quoted single value (${label}): ${argument}`).toBeNull();
		// MSBuild splits -p: on , and ; outside quotes: an unescaped one starts another property.
		expect(/[,;]/.test(quoted ? value.replaceAll(';', '') : value), `${name}'s value would split into more properties (${label}): ${argument}`).toBe(false);
		expect(/["\u0000-\u001F]/.test(value), `${name}'s value has a quote or control character (${label}): ${argument}`).toBe(false);
		expect(msbuildProblem(value), `${name}'s value (${label}): ${argument}`).toBeUndefined();
		properties[name!] = msbuildUnescape(value);
	}
	return properties;
}

/**
 * The argv of one build command (program first) carries each of `values` as exactly one
 * argument in its place. `resolvedOci` is the archive path as the tool resolves it.
 */
export function expectBuildArgv(argv: string[], values: BuildValues & {resolvedOci?: string}, label: string): void {
	const [program, ...args] = argv;
	const where = `${label}: ${JSON.stringify(argv)}`;
	expect(['docker', 'podman', 'buildah', 'dotnet'], `an unexpected program (${where})`).toContain(program);
	if (program === 'docker') {
		expect(args.slice(0, 2), where).toEqual(['buildx', 'build']);
		// A printed push names a registry: a bare image goes under the placeholder the person replaces.
		const pushed = (image: string) => (args.includes('--push') && !image.includes('/') ? [...withTag(image), ...withTag(`REGISTRY/${image}`)] : withTag(image));
		if (values.image !== undefined) expect(pushed(values.image), `--tag (${where})`).toContain(valueAfter(args, '--tag'));
		if (values.builder !== undefined) expect(valueAfter(args, '--builder'), `--builder (${where})`).toBe(values.builder);
		const output = valueAfter(args, '--output');
		if (values.oci !== undefined) {
			const fields = output === undefined ? undefined : csvFields(output);
			expect(fields, `--output is not one CSV record (${where})`).toBeDefined();
			expect(fields!.filter(field => /^type=/i.test(field)), `--output types (${where})`).toEqual(['type=oci']);
			expect(fields!.filter(field => !/^type=/i.test(field)), `--output fields (${where})`).toEqual([`dest=${values.resolvedOci ?? values.oci}`]);
		}
		expect(args.at(-1), `the context comes last (${where})`).toMatch(/^[^-]/);
		return;
	}
	if (program === 'podman' || program === 'buildah') {
		const rest = args[0] === '--storage-driver' ? args.slice(2) : args;
		if (rest[0] === 'build') {
			if (values.image !== undefined) expect(withTag(values.image), `--tag/--manifest (${where})`).toContain(valueAfter(rest, '--tag') ?? valueAfter(rest, '--manifest'));
			expect(rest.at(-1), `the context comes last (${where})`).toMatch(/^[^-]/);
		} else if (rest[0] === 'push' || (rest[0] === 'manifest' && rest[1] === 'push')) {
			const destination = rest.at(-1)!;
			if (destination.startsWith('oci-archive:')) {
				if (values.oci !== undefined) expect(destination, `the archive (${where})`).toBe(`oci-archive:${values.resolvedOci ?? values.oci}`);
			} else if (values.image !== undefined) {
				expect(withTag(values.image).map(image => `docker://${image}`), `the push destination (${where})`).toContain(destination);
			}
		} else {
			expect(rest.slice(0, 2), `an unexpected ${program} command (${where})`).toEqual(['manifest', 'rm']);
			if (values.image !== undefined) expect(withTag(values.image), where).toContain(rest[2]);
		}
		return;
	}
	expect(args[0], where).toBe('publish');
	const properties = sdkArguments(args, where);
	if (values.image !== undefined) {
		const reference = parseImageReference(values.image);
		expect('error' in reference ? reference.error : undefined, `an image that is not a reference reached the SDK (${where})`).toBeUndefined();
		const {registry, repository, tag} = reference as Exclude<typeof reference, {error: string}>;
		expect([repository, ...(registry ? [`${registry}/${repository}`] : [])], `ContainerRepository (${where})`).toContain(properties['ContainerRepository']);
		expect(properties['ContainerImageTag'], `ContainerImageTag (${where})`).toBe(tag ?? 'latest');
		if (properties['ContainerRegistry'] !== undefined) expect(properties['ContainerRegistry'], `ContainerRegistry (${where})`).toBe(registry);
	}
	if (values.baseRegistry !== undefined) expect(properties['ContainerBaseImage'], `ContainerBaseImage (${where})`).toMatch(new RegExp(`^${values.baseRegistry.replace(/\/+$/, '').replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}/dotnet/`));
	if (values.oci !== undefined) expect(properties['ContainerArchiveOutputPath'], `ContainerArchiveOutputPath (${where})`).toBe(values.resolvedOci ?? values.oci);
}
