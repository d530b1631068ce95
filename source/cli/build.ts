import path from 'node:path';
import process from 'node:process';
import type {Recommendation} from '../engine/recommend.js';
import {commandLine} from '../runner/plan.js';
import {preflight} from '../runner/preflight.js';
import {runBuild} from '../runner/run.js';
import {describeResult} from '../session/build-outcome.js';
import {dockerfileFor, planFor} from '../session/build-plan.js';
import type {Session} from '../session/session.js';
import type {Flags} from './flags.js';
import type {Terminal} from './main.js';

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
