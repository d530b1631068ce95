/**
 * Build engines, one file each (buildx, podman, buildah, sdk): the argv it runs, how its version
 * is read, what preflight checks for it and which Dockerfile dialect its version accepts.
 */
import type {Recommendation} from '../../engine/recommend.js';
import {InputError} from '../../engine/resolve.js';
import {shownValue} from '../../grammar/shown-text.js';
import type {BuildOutput} from '../../render/build-command.js';
import type {DockerfileDialect} from '../../render/dockerfile-dialect.js';
import type {BuildMachine} from '../build-machine.js';

export const engineNames = ['docker', 'podman', 'buildah', 'sdk'] as const;
export type EngineName = (typeof engineNames)[number];

const spellings: Record<string, EngineName> = {docker: 'docker', buildx: 'docker', podman: 'podman', buildah: 'buildah', sdk: 'sdk', dotnet: 'sdk'};

/** An --engine value (or the old --builder docker|sdk) as an engine name, or a one-line refusal. */
export function parseEngine(value: string, flag = '--engine'): EngineName {
	const name = Object.hasOwn(spellings, value.toLowerCase()) ? spellings[value.toLowerCase()] : undefined;
	if (!name) throw new InputError(`${flag}: ${shownValue(value)} is not a build engine (accepted: ${engineNames.join(', ')}).`);
	return name;
}

/** One program to run, never a shell string. */
export type BuildStep = {
	command: string;
	args: string[];
	/** A failure here does not stop the build (removing a manifest list that may not exist yet). */
	mayFail?: boolean;
};

/** What the user asked the build to do, the same for every engine. */
export type BuildRequest = {
	recommendation: Recommendation;
	image: string;
	output: BuildOutput;
	contextDirectory: string;
	/** The Dockerfile, relative to the context when it is inside it (Dockerfile engines). */
	dockerfile?: string;
	/** A .dockerignore outside the context, next to a temporary Dockerfile (buildx finds it itself). */
	ignoreFile?: string;
	/** A NuGet.config with feed credentials, relative to the context: the build secret "nugetconfig" (Dockerfile engines); the SDK restores with it on the host. */
	nugetSecret?: string;
	/** The project or solution, relative to the context (sdk). */
	projectFile?: string;
	/** The target framework to publish, for a multi-targeted project (sdk: -f). */
	framework?: string;
	/** Plain HTTP or unverified TLS for the registries of the image and the base images. */
	insecure: boolean;
	/** A buildx builder instance (docker). */
	builder?: string;
	/** A mirror of mcr.microsoft.com the base images come from, e.g. registry.example.com/mcr. */
	baseRegistry?: string;
	/** The environment the engine runs in: its own variables (STORAGE_DRIVER …) are honoured. */
	environment: NodeJS.ProcessEnv;
	/** Why this engine builds when none was named (the engines before it that cannot), for its messages. */
	fallback?: string;
};

/** The steps and the extra environment that carry out a request on one engine. */
export type EngineCommands = {steps: BuildStep[]; env: Record<string, string>};

export type PreflightContext = {request: BuildRequest; version: string};

export type Engine = {
	name: EngineName;
	/** How messages name it: "docker buildx", "buildah 1.28.2" … */
	title: string;
	program: string;
	versionArgs: string[];
	/** The sentence preflight says when the program is not installed. */
	missing: string;
	/** A sentence with the fix when the version probe fails for a reason the engine knows. */
	versionFailure?: (output: string) => string | undefined;
	/** The Dockerfile this version builds; undefined for an engine that reads no Dockerfile. */
	dialect?: (version: string) => DockerfileDialect;
	commands: (request: BuildRequest) => EngineCommands;
	/** Checks before anything runs: notes to show, or a PreflightError with the fix. */
	preflight: (context: PreflightContext) => Promise<string[]>;
	/** The machine it builds on, read after preflight (a buildx builder's nodes); this machine when absent. */
	machine?: (context: PreflightContext) => Promise<BuildMachine>;
};
