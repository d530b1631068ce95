import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import type {Recommendation} from '../engine/recommend.js';
import {splitImage} from '../render/build-command.js';
import {renderDockerfile} from '../render/dockerfile.js';
import type {DockerfileDialect} from '../render/dockerfile-dialect.js';
import {renderDockerignore} from '../render/dockerignore.js';
import {parseBaseRegistry} from '../runner/base-registry.js';
import {detectEngine, parseEngine} from '../runner/engines/detect.js';
import type {EngineName} from '../runner/engines/engine.js';
import {planBuild, type BuildPlan} from '../runner/plan.js';
import {publishFramework, secretConfigs} from '../project/project.js';
import type {Session} from './session.js';
import {temporaryFolder} from './temporary-folder.js';

/** What a build is asked for: the engine, and where the image goes. */
export type BuildRequest = {
	engine?: string | boolean;
	builder?: string | boolean;
	push?: string | boolean;
	oci?: string | boolean;
	insecure?: string | boolean;
	baseRegistry?: string | boolean;
};

/**
 * Where the Dockerfile is: the one just written, or a temporary one (written once the engine is
 * known). A dry run prints the command of a real run, so it names a temporary Dockerfile too;
 * `keep` leaves that one in place, so that the printed command builds as printed.
 */
export async function dockerfileFor(writtenDockerfile: string | undefined): Promise<{file: string; temporary: boolean; cleanup: () => Promise<void>; keep: () => void}> {
	if (writtenDockerfile) return {file: writtenDockerfile, temporary: false, cleanup: async () => {}, keep() {}};
	// Removed after the build, and also when a signal or an early exit ends the run first.
	const {folder, remove, keep} = await temporaryFolder();
	let kept = false;
	return {
		file: path.join(folder, 'Dockerfile'), temporary: true, cleanup: async () => (kept ? undefined : remove()), keep() {
			kept = true;
			keep();
		},
	};
}

/** The temporary Dockerfile, in the dialect of the engine that builds it, with its own .dockerignore. */
export async function writeTemporaryDockerfile(file: string, recommendation: Recommendation, session: Session, dialect: DockerfileDialect | undefined): Promise<void> {
	await writeFile(file, renderDockerfile(recommendation, session.project, session.imageName, dialect ? {dialect} : {}));
	// BuildKit reads <Dockerfile>.dockerignore next to a Dockerfile outside the context; buildah and podman get --ignorefile.
	await writeFile(`${file}.dockerignore`, renderDockerignore(secretConfigs(session.project)));
}

/** `fallback`: why a detected engine builds, the ones before it being unable to. */
export type EngineChoice = {engine: EngineName; builder?: string; notes: string[]; fallback?: string};

/**
 * --engine, or the old --builder docker|sdk (kept for one release with a note), or the first
 * engine installed. --builder otherwise names a buildx builder instance.
 */
export async function chooseEngine(flags: BuildRequest, environment: NodeJS.ProcessEnv = process.env): Promise<EngineChoice> {
	const builder = typeof flags.builder === 'string' ? flags.builder : undefined;
	const oldSpelling = builder !== undefined && ['docker', 'sdk', 'dotnet'].includes(builder.toLowerCase());
	if (oldSpelling && typeof flags.engine !== 'string') {
		const engine = parseEngine(builder, '--builder');
		return {engine, notes: [`--builder ${builder} is now --engine ${engine}; --builder will name a buildx builder instance in the next release.`]};
	}
	const withBuilder = builder === undefined || oldSpelling ? {} : {builder};
	if (typeof flags.engine === 'string') return {engine: parseEngine(flags.engine), ...withBuilder, notes: []};
	if (builder !== undefined && !oldSpelling) return {engine: 'docker', ...withBuilder, notes: []};
	const detected = await detectEngine(environment);
	return {engine: detected.engine, notes: detected.note ? [detected.note] : [], ...(detected.fallback ? {fallback: detected.fallback} : {})};
}

export function planFor(recommendation: Recommendation, session: Session, flags: BuildRequest, dockerfile?: string, choice: EngineChoice = {engine: 'docker', notes: []}): BuildPlan {
	const relative = (file: string) => path.relative(session.contextDirectory, file).split(path.sep).join('/');
	const usesDockerfile = choice.engine !== 'sdk';
	const framework = publishFramework(session.project, recommendation.answers.dotnet);
	const outside = dockerfile !== undefined && relative(dockerfile).startsWith('..');
	return planBuild(recommendation, {
		engine: choice.engine,
		...(choice.fallback ? {fallback: choice.fallback} : {}),
		...(choice.builder ? {builder: choice.builder} : {}),
		// A tag is what follows the last ":" after the last "/" (localhost:5000/app has none).
		image: splitImage(session.imageName)[1] === undefined ? `${session.imageName}:latest` : session.imageName,
		push: Boolean(flags.push),
		...(typeof flags.oci === 'string' ? {oci: path.resolve(session.cwd, flags.oci)} : {}),
		contextDirectory: session.contextDirectory,
		...(usesDockerfile && dockerfile && relative(dockerfile) !== 'Dockerfile' ? {dockerfile: outside ? dockerfile : relative(dockerfile)} : {}),
		// A Dockerfile outside the context brings its own .dockerignore (see writeTemporaryDockerfile).
		...(usesDockerfile && dockerfile && outside ? {ignoreFile: `${dockerfile}.dockerignore`} : {}),
		...(session.project.secretNugetConfig ? {nugetSecret: session.project.secretNugetConfig} : {}),
		...(session.project.projectFile ? {projectFile: session.project.projectFile} : {}),
		...(framework ? {framework} : {}),
		insecure: Boolean(flags.insecure),
		...(typeof flags.baseRegistry === 'string' ? {baseRegistry: parseBaseRegistry(flags.baseRegistry)} : {}),
	});
}
