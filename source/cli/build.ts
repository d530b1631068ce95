import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import type {Recommendation} from '../engine/recommend.js';
import {renderDockerfile} from '../render/dockerfile.js';
import {renderDockerignore} from '../render/dockerignore.js';
import {commandLine, parseBuilder, planBuild, type BuildPlan} from '../runner/plan.js';
import {preflight} from '../runner/preflight.js';
import {runBuild, type BuildResult} from '../runner/run.js';
import type {Terminal} from './main.js';
import type {Flags, Session} from './session.js';

/** Where the Dockerfile is: the one just written, or a temporary one with its own .dockerignore. */
async function dockerfileFor(recommendation: Recommendation, session: Session, writtenDirectory: string | undefined, dryRun: boolean): Promise<{file: string; cleanup: () => Promise<void>}> {
	if (writtenDirectory) return {file: path.join(writtenDirectory, 'Dockerfile'), cleanup: async () => {}};
	if (dryRun) return {file: path.join(session.contextDirectory, 'Dockerfile'), cleanup: async () => {}};
	const folder = await mkdtemp(path.join(os.tmpdir(), 'dotnet-image-wizard-'));
	const file = path.join(folder, 'Dockerfile');
	await writeFile(file, renderDockerfile(recommendation, session.project, session.imageName));
	// BuildKit reads <Dockerfile>.dockerignore next to a Dockerfile outside the context.
	await writeFile(`${file}.dockerignore`, renderDockerignore());
	return {file, cleanup: async () => rm(folder, {recursive: true, force: true})};
}

export function planFor(recommendation: Recommendation, session: Session, flags: Flags, dockerfile?: string): BuildPlan {
	const builder = parseBuilder(typeof flags.builder === 'string' ? flags.builder : undefined);
	const relative = (file: string) => path.relative(session.contextDirectory, file).split(path.sep).join('/');
	return planBuild(recommendation, {
		builder,
		image: session.imageName.includes(':') ? session.imageName : `${session.imageName}:latest`,
		push: Boolean(flags.push),
		...(typeof flags.oci === 'string' ? {oci: path.resolve(session.cwd, flags.oci)} : {}),
		contextDirectory: session.contextDirectory,
		...(builder === 'docker' && dockerfile && relative(dockerfile) !== 'Dockerfile' ? {dockerfile: relative(dockerfile).startsWith('..') ? dockerfile : relative(dockerfile)} : {}),
		...(session.project.projectFile ? {projectFile: session.project.projectFile} : {}),
	});
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)}s`;
}

export function describeResult(result: BuildResult, plan: BuildPlan): string[] {
	if (result.status === 'succeeded') {
		const where = typeof plan.output === 'object' ? `written to ${result.archive}` : plan.output === 'push' ? 'pushed' : 'loaded into the local image store';
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
	const {file, cleanup} = await dockerfileFor(recommendation, session, writtenDirectory, dryRun);
	try {
		const plan = planFor(recommendation, session, flags, file);
		if (dryRun) {
			terminal.write(`(cd ${path.relative(session.cwd, plan.cwd) || '.'} && ${commandLine(plan)})\n`);
			// Preflight would check this against the engine; a dry run does not ask the engine.
			if (plan.platforms.length > 1 && plan.output === 'load') terminal.error('note: loading a multi-platform image needs the containerd image store; otherwise pass --push or --oci FILE.');
			return 0;
		}
		const {notes} = await preflight(plan, recommendation);
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
