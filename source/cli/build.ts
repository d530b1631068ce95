import {inputCaps, readInputFile} from '../read/input-file.js';
import os from 'node:os';
import path from 'node:path';
import type {Recommendation} from '../engine/recommend.js';
import {shellWord} from '../grammar/posix-shell.js';
import {parseBaseRegistry, withBaseRegistry} from '../runner/base-registry.js';
import {commandLine} from '../runner/plan.js';
import {checkDockerfile, preflight} from '../runner/preflight.js';
import {runBuild} from '../runner/run.js';
import {describeResult} from '../session/build-outcome.js';
import {chooseEngine, dockerfileFor, planFor, writeTemporaryDockerfile, type EngineChoice} from '../session/build-plan.js';
import {platformPlanLines, platformPlanTitle} from '../session/platform-plan.js';
import type {Session} from '../session/session.js';
import type {Flags} from './flags.js';
import type {Terminal} from './main.js';

/**
 * Everything about the build that can be refused without running it, before anything is written:
 * the engine (found on PATH when a build runs), --base-registry, and the plan the flags make
 * (--push with --oci, --builder with another engine, an --oci path the engine misreads).
 */
export async function checkBuild(recommendation: Recommendation, session: Session, flags: Flags, options: {building: boolean; writtenDockerfile?: string}): Promise<EngineChoice> {
	const named = typeof flags.engine === 'string' || typeof flags.builder === 'string';
	const choice: EngineChoice = options.building || named ? await chooseEngine(flags) : {engine: 'docker', notes: []};
	if (typeof flags.baseRegistry === 'string') parseBaseRegistry(flags.baseRegistry);
	// The Dockerfile where the build will find it: written, else a temporary folder's (a dry run's too).
	const dockerfile = options.writtenDockerfile ?? path.join(os.tmpdir(), 'dotnet-image-wizard-check', 'Dockerfile');
	planFor(recommendation, session, flags, dockerfile, choice);
	return choice;
}

/**
 * --build and --dry-run on the command line: preflight, then the plain output of the build. With
 * --json or --output, stdout holds the document or the files alone: the command and the build's
 * output go to stderr.
 */
export async function buildFromCommandLine(recommendation: Recommendation, session: Session, flags: Flags, terminal: Terminal, writtenDockerfile?: string, checked?: EngineChoice): Promise<number> {
	const dryRun = Boolean(flags.dryRun);
	const machine = Boolean(flags.json) || typeof flags.output === 'string';
	const say = machine ? terminal.error : (line: string) => terminal.write(`${line}\n`);
	const choice = checked ?? await chooseEngine(flags);
	for (const note of choice.notes) terminal.error(`note: ${note}`);
	const mirror = typeof flags.baseRegistry === 'string' ? parseBaseRegistry(flags.baseRegistry) : undefined;
	const {file, temporary, cleanup, keep} = await dockerfileFor(writtenDockerfile);
	try {
		const plan = planFor(recommendation, session, flags, file, choice);
		if (dryRun) {
			if (temporary && plan.engine !== 'sdk') {
				// The command names the temporary Dockerfile a build would use: it is written and kept, so the command runs as printed.
				await writeTemporaryDockerfile(file, withBaseRegistry(recommendation, mirror), session, undefined);
				keep();
				terminal.error(`note: ${file} is the Dockerfile this command builds (and ${path.basename(file)}.dockerignore its ignore file); --build writes its own, in the engine's dialect, and removes it.`);
			}
			say(`(cd ${shellWord(path.relative(session.cwd, plan.cwd) || '.')} && ${commandLine(plan)})`);
			// Preflight would check this against the engine; a dry run does not ask the engine.
			if (plan.engine === 'docker' && plan.platforms.length > 1 && plan.output === 'load') terminal.error('note: loading a multi-platform image needs the containerd image store; otherwise pass --push or --oci FILE.');
			return 0;
		}
		const {notes, version, dialect, platformPlan} = await preflight(plan);
		terminal.error([platformPlanTitle(platformPlan), ...platformPlanLines(platformPlan).map(line => `  ${line}`)].join('\n'));
		// The Dockerfile fits the engine: written for its dialect now, or checked when written earlier.
		if (dialect && temporary) await writeTemporaryDockerfile(file, withBaseRegistry(recommendation, mirror), session, dialect);
		else if (dialect) checkDockerfile(await readInputFile(file, {shownAs: path.relative(session.cwd, file) || file, maxBytes: inputCaps.config}), dialect, plan.engine, version);
		for (const note of notes) terminal.error(`note: ${note}`);
		terminal.error(`$ ${commandLine(plan)}`);
		// SIGINT/SIGTERM stop the build through session/cancellation.ts, which runBuild listens to.
		const result = await runBuild(plan, {onLine: say});
		const lines = describeResult(result, plan);
		if (result.status === 'failed') {
			terminal.error(['last output:', ...result.lastLines.slice(-8).map(line => `  ${line}`)].join('\n'));
			terminal.error(`dotnet-image-wizard: ${lines.join('\n')}`);
		} else {
			terminal.error(lines.join('\n'));
		}
		return result.exitCode;
	} finally {
		await cleanup();
	}
}
