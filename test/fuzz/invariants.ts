// The invariants every surface checks, in the README's terms: one clear line with a known exit
// code, no raw terminal control, machine-readable output that parses, generated files with no
// injected syntax, printed commands a shell reads back as the argv.
import {DockerfileParser} from 'dockerfile-ast';
import {validate as validateDockerfile} from 'dockerfile-utils';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {parseAllDocuments} from 'yaml';
import {expect} from 'vitest';
import {commandsOf, type ShellCommand} from './shell-words.js';

/** What a user saw from one run: exit code and both streams. */
export type Outcome = {argv?: string[]; exitCode: number; stdout: string; stderr: string; threw?: string; hung?: boolean};

const shown = (outcome: Outcome) => JSON.stringify({argv: outcome.argv, exitCode: outcome.exitCode, stdout: outcome.stdout.slice(0, 2000), stderr: outcome.stderr.slice(0, 2000), threw: outcome.threw?.slice(0, 2000)}, null, 1);

/** C0 controls but tab and newline, DEL, and C1: what a terminal acts on instead of showing. */
// eslint-disable-next-line no-control-regex
const terminalControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** The run ended by itself (no throw, no hang) with 0, 1 or 2. */
export function expectKnownExit(outcome: Outcome, codes: number[] = [0, 1, 2]): void {
	expect(outcome.threw, `threw instead of exiting: ${shown(outcome)}`).toBeUndefined();
	expect(outcome.hung, `did not finish: ${shown(outcome)}`).toBeUndefined();
	expect(codes, `exit code: ${shown(outcome)}`).toContain(outcome.exitCode);
}

/**
 * A failed run says why in one line, `dotnet-image-wizard: …`, the last on stderr; lines before
 * it can only be one-line notes. No stack trace, no `(node:` warning.
 */
export function expectOneErrorLine(outcome: Outcome): void {
	if (outcome.exitCode === 0) return;
	const lines = outcome.stderr.replace(/\n$/, '').split('\n');
	const errors = lines.filter(line => line.startsWith('dotnet-image-wizard:'));
	expect(errors, `not exactly one error line: ${shown(outcome)}`).toHaveLength(1);
	expect(lines.at(-1), `the error is not the last line: ${shown(outcome)}`).toMatch(/^dotnet-image-wizard: \S/);
	for (const line of lines.slice(0, -1)) expect(line, `a line before the error that is not a note: ${shown(outcome)}`).toMatch(/^note: /);
}

export function expectNoWarnings(outcome: Outcome): void {
	expect(outcome.stderr, `a Node warning or stack trace: ${shown(outcome)}`).not.toMatch(/\(node:\d+\)|^\s+at .+:\d+:\d+\)?$/m);
}

/** Neither stream carries raw control characters (ESC, BEL, C0, C1) to the terminal. */
export function expectNoTerminalControl(outcome: Outcome): void {
	for (const stream of ['stdout', 'stderr'] as const) {
		const match = terminalControl.exec(outcome[stream]);
		expect(match, `raw control character U+${match?.[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()} in ${stream}: ${shown(outcome)}`).toBeNull();
	}
}

/** The checks every run of the command line gets. */
export function expectCleanRun(outcome: Outcome, codes?: number[]): void {
	expectKnownExit(outcome, codes);
	expectOneErrorLine(outcome);
	expectNoWarnings(outcome);
	expectNoTerminalControl(outcome);
}

/** With --json, stdout is one JSON document (empty only when the run failed). */
export function expectJsonDocument(outcome: Outcome): unknown {
	if (outcome.exitCode !== 0 && outcome.stdout === '') return undefined;
	let document: unknown;
	expect(() => {
		document = JSON.parse(outcome.stdout);
	}, `stdout is not one JSON document: ${shown(outcome)}`).not.toThrow();
	return document;
}

// The instructions the Dockerfile generator writes, in its order (see source/render/dockerfile.ts).
// With compose.yaml, the build stage also makes the health probe (WORKDIR RUN) and the final stage copies it;
// a package with a native dependency adds the final stage's install (RUN); the final stage carries OCI labels.
const dockerfileShape = /^FROM(?: ARG){0,2} WORKDIR(?: RUN){0,2}(?: COPY)+ RUN COPY RUN(?: WORKDIR RUN)? FROM(?: LABEL)?(?: RUN)?(?: EXPOSE)?(?: ENV){0,3} WORKDIR COPY(?: COPY)?(?: USER)? ENTRYPOINT$/;
const runCommands = [/^dotnet restore(?: |$)/, /^dotnet publish(?: |$)/, /^printf '%s\\n' /, /^if \[ "\$TARGETARCH" != "\$BUILDARCH" \]; then/, /^apt-get update /, /^apk add --no-cache /, /^tdnf install -y /];
const environmentNames = /^(?:DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=(?:true|false)|ASPNETCORE_HTTP_PORTS=\d+|DOTNET_ROLL_FORWARD=Major)$/;

export const dockerfileKeywords = (content: string) => DockerfileParser.parse(content).getInstructions().map(instruction => instruction.getKeyword());

/**
 * A generated Dockerfile parses with no errors and has only the instructions the generator writes:
 * its order of instructions, RUN only for restore, publish and the toolchain, ENV only for the
 * two variables, COPY sources inside the context, and one-line comments.
 */
export function expectGeneratedDockerfile(content: string, label: string): void {
	const errors = validateDockerfile(content).filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.message);
	expect(errors, `Dockerfile errors (${label}):\n${content}`).toEqual([]);
	const dockerfile = DockerfileParser.parse(content);
	const instructions = dockerfile.getInstructions();
	expect(instructions.map(instruction => instruction.getKeyword()).join(' '), `instructions the generator does not write (${label}):\n${content}`).toMatch(dockerfileShape);
	for (const instruction of instructions) {
		const keyword = instruction.getKeyword();
		const text = instruction.getRawArgumentsContent() ?? '';
		if (keyword === 'RUN') expect(runCommands.some(pattern => pattern.test(text)), `an unexpected RUN (${label}): ${text}`).toBe(true);
		if (keyword === 'ENV') expect(text, `an unexpected ENV (${label})`).toMatch(environmentNames);
		const flags = (instruction as {getFlags?: () => Array<{getName: () => string}>}).getFlags?.() ?? [];
		if (keyword === 'COPY' && !flags.some(flag => flag.getName() === 'from')) {
			const sources = instruction.getArguments().map(argument => argument.getValue()).slice(0, -1);
			for (const source of sources) expect(source, `a COPY source outside the context (${label}): ${text}`).not.toMatch(/^\/|^\.\.(?:\/|$)|\/\.\.(?:\/|$)/);
		}
		if (keyword === 'ENTRYPOINT') expect(() => JSON.parse(text), `ENTRYPOINT is not a JSON array (${label}): ${text}`).not.toThrow();
	}
	const builds = content.split('\n').filter(line => line.startsWith('# Build:'));
	expect(builds, `not one "# Build:" line (${label}):\n${content}`).toHaveLength(1);
}

/** The `# Build:` comment's command, for the shell checks. */
export const dockerfileBuildLine = (content: string) => content.split('\n').find(line => line.startsWith('# Build: '))?.slice('# Build: '.length);

/** MSBuild reads $(…), @(…), %(…) and %XX in a property value: a literal value has them escaped. */
export function msbuildProblem(value: string): string | undefined {
	if (/[$@%]\(/.test(value)) return 'an MSBuild expression';
	if (/%(?![0-9A-Fa-f]{2})/.test(value)) return 'a % that is not an escape';
	return undefined;
}

export const msbuildUnescape = (value: string) => value.replaceAll(/%([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));

/** container.props: well-formed XML whose property values are literal for MSBuild. Returns the properties. */
export function expectContainerProps(content: string, label: string): Record<string, string> {
	const valid = XMLValidator.validate(content);
	expect(valid, `container.props is not well-formed XML (${label}):\n${content}`).toBe(true);
	const parsed = new XMLParser({parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: false}).parse(content) as {Project?: {PropertyGroup?: Record<string, unknown>}};
	const group = parsed.Project?.PropertyGroup;
	expect(group, `container.props has no PropertyGroup (${label}):\n${content}`).toBeTypeOf('object');
	const properties: Record<string, string> = {};
	for (const [name, value] of Object.entries(group!)) {
		expect(typeof value, `${name} is not one text value (${label}):\n${content}`).toBe('string');
		const problem = msbuildProblem(value as string);
		expect(problem, `${name} holds ${problem} (${label}): ${String(value)}`).toBeUndefined();
		properties[name] = msbuildUnescape(value as string);
	}
	return properties;
}

/** The keys of a parsed document as a tree (values left out), to compare structure. */
export function keyShape(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(keyShape);
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, keyShape(inner)]));
	return typeof value;
}

/** zerops.yml: one YAML document, no errors or warnings; returns its data. */
export function expectZeropsYaml(content: string, label: string): unknown {
	const documents = parseAllDocuments(content);
	expect(Array.isArray(documents) ? documents.length : 0, `zerops.yml is not one YAML document (${label}):\n${content}`).toBe(1);
	const [document] = documents as Array<ReturnType<typeof parseAllDocuments> extends Array<infer D> ? D : never>;
	expect([...document!.errors, ...document!.warnings].map(problem => problem.message), `zerops.yml problems (${label}):\n${content}`).toEqual([]);
	return document!.toJS();
}

/**
 * A printed command line: the shell reads it as simple commands joined by && or ; (in one pair
 * of parentheses when `subshell`), with nothing expanded. Returns the commands.
 */
export function expectShellCommands(line: string, label: string, options: {subshell?: boolean} = {}): ShellCommand[] {
	const read = commandsOf(line);
	expect('problem' in read ? read.problem : undefined, `a shell would not read this command as its words (${label}): ${line}`).toBeUndefined();
	const {commands, subshell} = read as Exclude<typeof read, {problem: string}>;
	if (options.subshell !== undefined) expect(subshell, `(${label}): ${line}`).toBe(options.subshell);
	return commands;
}

/** The value after `flag` in an argv. */
export const valueAfter = (argv: string[], flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
