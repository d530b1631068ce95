import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import type {Recommendation} from '../engine/recommend.js';
import {renderDockerfile} from '../render/dockerfile.js';
import {renderDockerignore} from '../render/dockerignore.js';
import type {DockerfileDialect} from '../render/dockerfile-dialect.js';
import {parseBaseRegistry, withBaseRegistry} from '../runner/base-registry.js';
import {detectEngine, parseEngine} from '../runner/engines/detect.js';
import type {EngineName} from '../runner/engines/engine.js';
import {commandLine, planBuild, type BuildPlan} from '../runner/plan.js';
import {checkDockerfile, preflight} from '../runner/preflight.js';
import {runBuild, type BuildResult} from '../runner/run.js';
import type {Terminal} from './main.js';
import type {Flags, Session} from './session.js';

/** Where the Dockerfile is: the one just written, or a temporary one with its own .dockerignore. */
async function dockerfileFor(session: Session, writtenDirectory: string | undefined, dryRun: boolean): Promise<{file: string; temporary: boolean; cleanup: () => Promise<void>}> {
	if (writtenDirectory) return {file: path.join(writtenDirectory, 'Dockerfile'), temporary: false, cleanup: async () => {}};
	if (dryRun) return {file: path.join(session.contextDirectory, 'Dockerfile'), temporary: false, cleanup: async () => {}};
	const folder = await mkdtemp(path.join(os.tmpdir(), 'dotnet-image-wizard-'));
	return {file: path.join(folder, 'Dockerfile'), temporary: true, cleanup: async () => rm(folder, {recursive: true, force: true})};
}

/** The temporary Dockerfile, in the dialect of the engine that builds it. */
async function writeTemporaryDockerfile(file: string, recommendation: Recommendation, session: Session, dialect: DockerfileDialect | undefined): Promise<void> {
	await writeFile(file, renderDockerfile(recommendation, session.project, session.imageName, dialect));
	// BuildKit reads <Dockerfile>.dockerignore next to a Dockerfile outside the context; buildah and podman too.
	await writeFile(`${file}.dockerignore`, renderDockerignore());
}

export type EngineChoice = {engine: EngineName; builder?: string; notes: string[]};

/**
 * --engine, or the old --builder docker|sdk (kept for one release with a note), or the first
 * engine installed. --builder otherwise names a buildx builder instance.
 */
export async function chooseEngine(flags: Flags, environment: NodeJS.ProcessEnv = process.env): Promise<EngineChoice> {
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
	return {engine: detected.engine, notes: detected.note ? [detected.note] : []};
}

export function planFor(recommendation: Recommendation, session: Session, flags: Flags, dockerfile?: string, choice: EngineChoice = {engine: 'docker', notes: []}): BuildPlan {
	const relative = (file: string) => path.relative(session.contextDirectory, file).split(path.sep).join('/');
	const usesDockerfile = choice.engine !== 'sdk';
	return planBuild(recommendation, {
		engine: choice.engine,
		...(choice.builder ? {builder: choice.builder} : {}),
		image: session.imageName.includes(':') ? session.imageName : `${session.imageName}:latest`,
		push: Boolean(flags.push),
		...(typeof flags.oci === 'string' ? {oci: path.resolve(session.cwd, flags.oci)} : {}),
		contextDirectory: session.contextDirectory,
		...(usesDockerfile && dockerfile && relative(dockerfile) !== 'Dockerfile' ? {dockerfile: relative(dockerfile).startsWith('..') ? dockerfile : relative(dockerfile)} : {}),
		// A Dockerfile outside the context brings its own .dockerignore (see writeTemporaryDockerfile).
		...(usesDockerfile && dockerfile && relative(dockerfile).startsWith('..') ? {ignoreFile: `${dockerfile}.dockerignore`} : {}),
		...(session.project.projectFile ? {projectFile: session.project.projectFile} : {}),
		insecure: Boolean(flags.insecure),
		...(typeof flags.baseRegistry === 'string' ? {baseRegistry: parseBaseRegistry(flags.baseRegistry)} : {}),
	});
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)}s`;
}

export function describeResult(result: BuildResult, plan: BuildPlan): string[] {
	if (result.status === 'succeeded') {
		const local = plan.engine === 'buildah' || plan.engine === 'podman' ? `kept in ${plan.engine}'s local storage` : 'loaded into the local image store';
		const where = typeof plan.output === 'object' ? `written to ${result.archive}` : plan.output === 'push' ? 'pushed' : local;
		return [`built ${plan.image} for ${plan.platforms.join(', ')} in ${seconds(result.elapsedMs)}: ${where}${result.digest ? ` (${result.digest})` : ''}`];
	}
	if (result.status === 'cancelled') return [`build cancelled after ${seconds(result.elapsedMs)}: nothing was pushed or loaded`];
	return [
		`build failed after ${seconds(result.elapsedMs)}${result.failingStep ? ` at ${result.failingStep}` : ''}`,
		...(result.explanation ? [result.explanation] : []),
	];
}

/** --build and --dry-run on the command line: preflight, then the plain output of the build. */
export async function buildFromCommandLine(recommendation: Recommendation, session: Session, flags: Flags, terminal: Terminal, writtenDirectory?: string): Promise<number> {
	const dryRun = Boolean(flags.dryRun);
	const choice = await chooseEngine(flags);
	for (const note of choice.notes) terminal.error(`note: ${note}`);
	const mirror = typeof flags.baseRegistry === 'string' ? parseBaseRegistry(flags.baseRegistry) : undefined;
	const {file, temporary, cleanup} = await dockerfileFor(session, writtenDirectory, dryRun);
	try {
		const plan = planFor(recommendation, session, flags, file, choice);
		if (dryRun) {
			terminal.write(`(cd ${path.relative(session.cwd, plan.cwd) || '.'} && ${commandLine(plan)})\n`);
			// Preflight would check this against the engine; a dry run does not ask the engine.
			if (plan.engine === 'docker' && plan.platforms.length > 1 && plan.output === 'load') terminal.error('note: loading a multi-platform image needs the containerd image store; otherwise pass --push or --oci FILE.');
			return 0;
		}
		const {notes, version, dialect} = await preflight(plan);
		if (dialect && temporary) await writeTemporaryDockerfile(file, withBaseRegistry(recommendation, mirror), session, dialect);
		else if (dialect) checkDockerfile(await readFile(file, 'utf8'), dialect, plan.engine, version);
		for (const note of notes) terminal.error(`note: ${note}`);
		terminal.error(`$ ${commandLine(plan)}`);
		const controller = new AbortController();
		const onSignal = () => controller.abort();
		process.once('SIGINT', onSignal);
		process.once('SIGTERM', onSignal);
		const result = await runBuild(plan, {onLine: line => terminal.write(`${line}\n`), signal: controller.signal});
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		const lines = describeResult(result, plan);
		if (result.status === 'failed') {
			terminal.error(['last output:', ...result.lastLines.slice(-8).map(line => `  ${line}`)].join('\n'));
			terminal.error(`dotnet-image-wizard: ${lines.join(' ')}`);
		} else {
			terminal.error(lines.join('\n'));
		}
		return result.exitCode;
	} finally {
		await cleanup();
	}
}
