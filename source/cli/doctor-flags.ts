// The flags of `dotnet-image-wizard doctor`: its own table, printed by `doctor --help` and
// documented in the README's doctor section (test/doctor-cli.test.ts checks the two agree).
import {parseArgs} from 'node:util';
import {architectures} from '../catalog/catalog.js';
import type {Architecture} from '../catalog/types.js';
import {InputError} from '../engine/resolve.js';
import {shownValue} from '../grammar/shown-text.js';
import {detectModes, type DetectMode} from '../project/evaluate.js';
import {parseEngine} from '../runner/engines/engine.js';
import type {Severity} from '../doctor/finding.js';

type DoctorFlagSpec = {type: 'string' | 'boolean'; value?: string; help: string};

export const doctorFlags = {
	format: {type: 'string', value: 'FORMAT', help: 'human (default), json or sarif (SARIF 2.1.0, for code scanning)'},
	json: {type: 'boolean', help: 'the same as --format json'},
	plain: {type: 'boolean', help: 'no colour (also when NO_COLOR is set or stdout is not a terminal)'},
	failOn: {type: 'string', value: 'SEVERITY', help: 'exit 1 when a finding is at least this severe: error (default), warning or note'},
	fix: {type: 'boolean', help: 'rewrite what is safe to fix (tags, platforms, USER, ports, restore options); shows the diff first'},
	force: {type: 'boolean', help: 'with --fix: write without asking (needed when not in a terminal)'},
	project: {type: 'string', value: 'PATH', help: 'the project or solution to judge the Dockerfiles against (default: found next to them)'},
	detect: {type: 'string', value: 'READER', help: 'xml (default: reads the project files, runs nothing) or msbuild (dotnet msbuild evaluates them)'},
	arch: {type: 'string', value: 'LIST', help: 'the platforms the image is built for: amd64, arm64, arm, comma-separated'},
	engine: {type: 'string', value: 'ENGINE', help: 'the engine that builds it (docker, podman, buildah): its version decides COPY --link'},
	today: {type: 'string', value: 'DATE', help: 'judge support dates as of DATE (YYYY-MM-DD) instead of today'},
	offline: {type: 'boolean', help: 'use only the catalog built into this version'},
} satisfies Record<string, DoctorFlagSpec>;

export type DoctorFlags = {
	paths: string[];
	format: 'human' | 'json' | 'sarif';
	plain: boolean;
	failOn: Severity;
	fix: boolean;
	force: boolean;
	project?: string;
	detect?: DetectMode;
	arch?: Architecture[];
	engine?: 'docker' | 'podman' | 'buildah';
	today?: string;
	offline: boolean;
};

const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

export function doctorHelpText(): string {
	const lines = [
		'Usage',
		'  $ dotnet-image-wizard doctor [PATH...] [options]',
		'',
		'Checks existing Dockerfiles (a file, the Dockerfiles of a folder, or those next to the',
		'project) in .NET terms: tags, support dates, platforms, users, ports, restore layers,',
		'secrets and .dockerignore. Each finding has a code, file:line and its fix.',
		'',
		'Options',
	];
	for (const [name, spec] of Object.entries(doctorFlags) as Array<[string, DoctorFlagSpec]>) {
		lines.push(`  ${`--${kebab(name)}${spec.value ? ` ${spec.value}` : ''}`.padEnd(22)} ${spec.help}`);
	}
	lines.push('  --help                 show this help', '', 'Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 bad input.');
	return lines.join('\n');
}

const oneOf = <T extends string>(value: string, accepted: readonly T[], flag: string): T => {
	const lower = value.trim().toLowerCase();
	if (!accepted.includes(lower as T)) throw new InputError(`${flag}: ${shownValue(value)} is not one of ${accepted.join(', ')}.`);
	return lower as T;
};

/** The doctor command line, or 'help'; bad input throws an InputError with one line. */
export function parseDoctorCommandLine(argv: string[]): DoctorFlags | 'help' {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {help: {type: 'boolean', short: 'h'}, ...Object.fromEntries(Object.entries(doctorFlags).map(([name, spec]) => [kebab(name), {type: spec.type}]))},
		});
	} catch (error) {
		throw new InputError(`doctor: ${(error as Error).message.split('\n')[0]} See doctor --help.`);
	}
	const values = parsed.values as Record<string, string | boolean | undefined>;
	if (values.help) return 'help';
	const text = (name: string) => (typeof values[name] === 'string' ? values[name] as string : undefined);
	if (values.json && text('format') && text('format') !== 'json') throw new InputError('--json and --format name different formats: pass one.');
	const format = values.json ? 'json' : oneOf(text('format') ?? 'human', ['human', 'json', 'sarif'] as const, '--format');
	const arch = text('arch')?.split(',').map(value => oneOf(value, architectures, '--arch'));
	const engine = text('engine') === undefined ? undefined : parseEngine(text('engine')!);
	if (engine === 'sdk') throw new InputError('--engine sdk builds no Dockerfile: doctor takes docker, podman or buildah.');
	const today = text('today');
	if (today !== undefined && !/^\d{4}-\d\d-\d\d$/.test(today)) throw new InputError(`--today: ${shownValue(today)} is not a date like 2026-11-24.`);
	return {
		paths: parsed.positionals,
		format,
		plain: Boolean(values.plain),
		failOn: oneOf(text('fail-on') ?? 'error', ['error', 'warning', 'note'] as const, '--fail-on'),
		fix: Boolean(values.fix),
		force: Boolean(values.force),
		...(text('project') ? {project: text('project')!} : {}),
		...(text('detect') ? {detect: oneOf(text('detect')!, detectModes, '--detect')} : {}),
		...(arch ? {arch} : {}),
		...(engine ? {engine} : {}),
		...(today ? {today} : {}),
		offline: Boolean(values.offline),
	};
}
