// Generated command lines: every flag the CLI knows (but --build, --refresh and --verify, which
// run engines or use the network), with valid or hostile values, spelled `--flag value` or
// `--flag=value`. Paths stay inside the scratch folder; runs use a fixed date and the XML reader.
import fc from 'fast-check';
import {answerNames, answerValues, hostileBuilder, hostileImage, hostileMirror, safeRelativeName, validBuilder, validImage, validMirror, validOrHostile} from './arbitraries.js';

export const today = '2026-11-24';

export type CommandLine = {strings: Record<string, string | undefined>; booleans: string[]; equals: Record<string, boolean | undefined>; extra: string[]};

const outputKinds = fc.constantFrom('dockerfile', 'csproj', 'zerops', 'dockerignore', 'compose', 'all', 'dockerfile,csproj', 'zerops,dockerfile', 'dockerfile,compose');
const folderName = safeRelativeName.map(name => name.replace(/\.(?:tar|oci)$/, ''));

/** Each string flag: its valid values, and the hostile ones. */
const stringFlags: Record<string, {valid?: fc.Arbitrary<string>; hostile: fc.Arbitrary<string>; rare?: boolean}> = {
	...Object.fromEntries(answerNames.map(name => [name, {valid: fc.constantFrom(...answerValues[name]), hostile: validOrHostile(fc.constantFrom(...answerValues[name]))}])),
	output: {valid: outputKinds, hostile: validOrHostile(outputKinds)},
	write: {valid: fc.constantFrom('', 'deploy', 'My App'), hostile: fc.oneof(fc.constant(''), folderName)},
	today: {valid: fc.constant(today), hostile: validOrHostile(fc.constant(today))},
	project: {valid: fc.constantFrom('.', 'SampleApi.csproj', './SampleApi.csproj'), hostile: fc.oneof(fc.constant('/proc/self/cwd'), safeRelativeName)},
	context: {valid: fc.constantFrom('.', '..'), hostile: fc.oneof(fc.constantFrom('/', '/proc/self/cwd', '../..'), folderName)},
	detect: {valid: fc.constant('xml'), hostile: validOrHostile(fc.constant('xml'))},
	// No file is there: these end the run (config-files.test.ts gives real ones).
	config: {hostile: fc.oneof(safeRelativeName, fc.constant('/proc/self/cwd')), rare: true},
	releases: {hostile: fc.oneof(safeRelativeName, fc.constant('/proc/self/cwd')), rare: true},
	engine: {valid: fc.constantFrom('docker', 'podman', 'buildah', 'sdk'), hostile: validOrHostile(fc.constantFrom('docker', 'podman', 'buildah', 'sdk'))},
	builder: {valid: validBuilder, hostile: hostileBuilder},
	image: {valid: validImage, hostile: hostileImage},
	oci: {valid: fc.constantFrom('image.tar', 'out/image.tar'), hostile: safeRelativeName},
	baseRegistry: {valid: validMirror, hostile: hostileMirror},
	manifestBase: {valid: fc.constant('http://127.0.0.1:9/manifest/'), hostile: validOrHostile(fc.constant('http://127.0.0.1:9/manifest/'))},
	releasesBase: {valid: fc.constant('http://127.0.0.1:9/releases/'), hostile: validOrHostile(fc.constant('http://127.0.0.1:9/releases/'))},
	registry: {valid: fc.constant('http://127.0.0.1:9'), hostile: validOrHostile(fc.constant('http://127.0.0.1:9'))},
};
export const stringFlagNames = Object.keys(stringFlags);
export const booleanFlags = ['json', 'explain', 'force', 'save', 'push', 'insecure', 'dry-run', 'offline', 'plain'];

export type CommandLineOptions = {
	/** The flags whose values may be hostile (default: all); the others get valid values or are left out. */
	hostile?: string[];
	/** Flags always given: booleans, and strings with their generator. */
	with?: {booleans?: string[]; strings?: Record<string, fc.Arbitrary<string>>};
	/** Flags never given. */
	without?: string[];
};

/** Command lines as the options ask. */
export function commandLines(options: CommandLineOptions = {}): fc.Arbitrary<CommandLine> {
	const without = new Set(options.without ?? []);
	const forced = options.with?.strings ?? {};
	const hostile = (name: string) => options.hostile === undefined || options.hostile.includes(name);
	// Each flag is given in about one run in four (a rare one in ten), so runs get past validation.
	const optional = Object.fromEntries(Object.entries(stringFlags)
		.filter(([name, spec]) => !without.has(name) && !(name in forced) && (hostile(name) || spec.valid !== undefined))
		.map(([name, spec]) => [name, fc.oneof({withCrossShrink: true}, {weight: spec.rare ? 9 : 3, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: hostile(name) ? spec.hostile : spec.valid!})]));
	const given = (values: Record<string, string | undefined>) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
	return fc.record({
		strings: fc.tuple(fc.record(optional), fc.record(forced)).map(([some, always]) => ({...given(some), ...always}) as Record<string, string | undefined>),
		booleans: fc.subarray(booleanFlags.filter(name => !without.has(name) && !(options.with?.booleans ?? []).includes(name))).map(some => [...some, ...(options.with?.booleans ?? [])]),
		equals: fc.record(Object.fromEntries(stringFlagNames.map(name => [name, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>, {requiredKeys: []}),
		extra: options.hostile === undefined
			? fc.oneof({weight: 9, arbitrary: fc.constant([] as string[])}, {weight: 1, arbitrary: fc.array(validOrHostile(fc.constantFrom('--yes', '-y', '--nope', 'stray')), {maxLength: 2})})
			: fc.constant([] as string[]),
	});
}

const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

/** The argv: --yes, the fixed date and the XML reader unless generated, then the generated flags. */
export function argvOf(line: CommandLine): string[] {
	const argv = ['--yes'];
	if (line.strings['today'] === undefined) argv.push('--today', today);
	if (line.strings['detect'] === undefined) argv.push('--detect', 'xml');
	for (const [name, value] of Object.entries(line.strings)) {
		if (value !== undefined) argv.push(...(line.equals[name] || value === '' ? [`--${kebab(name)}=${value}`] : [`--${kebab(name)}`, value]));
	}
	argv.push(...line.booleans.map(name => `--${name}`), ...line.extra);
	// A process's argv cannot hold NUL.
	return argv.map(argument => argument.replaceAll('\u0000', ''));
}
