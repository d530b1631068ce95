// doctor: findings over a team's existing Dockerfile and .dockerignore, in .NET terms. This file
// holds the shapes every rule shares: what a rule reads (DoctorInput), what it says (Finding).
import type {Architecture} from '../catalog/types.js';
import type {Evaluator} from '../project/evaluation.js';
import type {ParsedDockerfile, Range} from '../dockerfile/dockerfile.js';

export type Severity = 'error' | 'warning' | 'note';
export const severities: Severity[] = ['error', 'warning', 'note'];
/** Is `severity` at or above `threshold`? */
export const atLeast = (severity: Severity, threshold: Severity) => severities.indexOf(severity) <= severities.indexOf(threshold);

/** Replace a range of the file with new text (an insertion when the range is empty). */
export type Edit = {range: Range; text: string};

export type Finding = {
	code: string;
	severity: Severity;
	/** The file, as shown to the user (relative to where doctor runs). */
	file: string;
	/** 1-based. */
	line: number;
	column: number;
	message: string;
	fix: string;
	/** The safe edits `--fix` applies; none when the fix needs a person. */
	edits: Edit[];
};

/** What the project says, read by the project layer (no targets run). */
export type ProjectFacts = {
	file: string;
	evaluator: Evaluator;
	/** Answers the project implies: dotnet, app, deploy, globalization, os, arch… */
	answers: Partial<Record<'dotnet' | 'app' | 'deploy' | 'startup' | 'globalization' | 'os' | 'arch' | 'shell', string>>;
	frameworks: string[];
	/** What the project layer noted (why a reader was used, what it could not follow). */
	notes: string[];
};

export type DockerignoreFacts = {file: string; patterns: string[]} | {missing: true; file: string};

export type DoctorInput = {
	/** The Dockerfile as shown to the user. */
	file: string;
	dockerfile: ParsedDockerfile;
	/** The .dockerignore of the build context, when the context is known. */
	dockerignore?: DockerignoreFacts;
	/** Files in the build context that must not reach a layer (context-relative paths), with why. */
	secrets: Array<{path: string; why: string}>;
	project?: ProjectFacts;
	/** The platforms the image is built for; `multi` when several. */
	architectures: Architecture[];
	/** Where the platforms came from: --arch, the project's RIDs, the Dockerfile's own TARGETARCH, or nothing known. */
	architecturesFrom: 'flag' | 'project' | 'dockerfile' | 'unknown';
	/** The engine that will build, when known (--engine): its version as it answered, and whether it takes COPY --link. */
	engine?: {name: string; version: string; copyLink: boolean};
	today: string;
};

/** One rule: data (its code, severity, title, the general fix) and one function. */
export type Rule = {
	code: string;
	severity: Severity;
	title: string;
	fix: string;
	check: (input: DoctorInput) => RuleHit[];
};

/** What a check reports: where, what, and how to fix this one. */
export type RuleHit = {range: Range; message: string; fix?: string; edits?: Edit[]; severity?: Severity; /** Another file than the Dockerfile (the .dockerignore). */ file?: string};
