// The wizard's build step, line by line: every engine ready or what it lacks, a number builds
// with one through the session's runner, each step as it starts, then the outcome.
import type {Recommendation} from '../../engine/recommend.js';
import type {EngineChoice} from '../../session/engines.js';
import {commandFrom} from '../../session/next-steps.js';
import {platformPlanLines, platformPlanTitle} from '../../session/platform-plan.js';
import {runSessionBuild, type SessionBuildEnd} from '../../session/session-build.js';
import {isBack, orEnter, parseChoices, type Ask, type Say} from './plain-lines.js';

/**
 * The engines in --engine's order, each ready (the one used marked) or what it lacks, and the
 * command of the one used; resolves with the engine to build with now, or undefined to finish.
 */
export async function offerBuild(engines: EngineChoice[], used: EngineChoice, cwd: string, say: Say, ask: Ask): Promise<EngineChoice | undefined> {
	say();
	say('Build engines on this machine');
	engines.forEach((candidate, index) => say(`  ${index + 1}. ${candidate.label}: ${candidate.ready ? (candidate.builder === used.builder ? 'ready, used below' : 'ready') : candidate.missing ?? 'not ready'}`));
	const ready = engines.filter(candidate => candidate.ready);
	say(ready.length > 0 ? `Build it with ${used.label}:` : `The files are ready. Where ${used.label} runs, build them with:`);
	say(`  ${commandFrom(cwd, used.plan)}`);
	if (ready.length === 0) return undefined;
	const numbers = ready.map(candidate => engines.indexOf(candidate) + 1);
	for (;;) {
		// Past the write, the end of the input finishes as enter does.
		const reply = await orEnter(ask(`Build now? A number builds with that engine (${numbers.join(', ')}); enter finishes:`));
		if (reply === '') return undefined;
		const number = parseChoices(reply, engines.length);
		const picked = number?.length === 1 ? engines[number[0]! - 1]! : undefined;
		if (!picked) say(`Type one of ${numbers.join(', ')}, or press enter to finish.`);
		else if (!picked.ready) say(`${picked.label} cannot build here: ${picked.missing ?? 'not ready'}`);
		else return picked;
	}
}

/** Whether a build is running: a signal then stops the build, and the session ends with its code. */
export type BuildHold = {building: boolean};

/**
 * Builds with `engine` as the wizard's build screen does (session/session-build.ts): preflight's
 * notes and the per-platform plan, each step as it starts (a line a screen reader reads, where
 * the terminal would redraw), then what was built, or the failing step, the error lines and what
 * they usually mean, and where the whole output was saved.
 */
export async function buildWith(engine: EngineChoice, recommendation: Recommendation, cwd: string, written: string[], say: Say, hold: BuildHold): Promise<SessionBuildEnd> {
	const command = commandFrom(cwd, engine.plan);
	say();
	say(`Building with ${engine.label}`);
	say(`  ${command}`);
	hold.building = true;
	let built: SessionBuildEnd;
	try {
		built = await runSessionBuild(engine.plan, recommendation, command, {
			onStarted: (notes, platformPlan) => {
				for (const note of notes) say(`note: ${note}`);
				say(platformPlanTitle(platformPlan));
				for (const line of platformPlanLines(platformPlan)) say(`  ${line}`);
			},
			onStep: announced => say(`  ${announced}`),
		});
	} finally {
		hold.building = false;
	}
	say();
	if (built.error) say(`Not built: the build could not start: ${built.error}`);
	for (const line of built.summary) say(line);
	if (built.log) say(`full log: ${built.log}`);
	if (written.length > 0) say(`written and kept: ${written.join(', ')}`);
	if (built.error) {
		say(`The files are ready. Where ${engine.label} runs, build them with:`);
		say(`  ${command}`);
	}
	return built;
}

/** After a build: try again (not after one that succeeded), back to the engines, or finish. */
export async function afterBuild(built: SessionBuildEnd, ask: Ask): Promise<'retry' | 'back' | 'finish'> {
	const succeeded = built.result.status === 'succeeded';
	const reply = await orEnter(ask(`${succeeded ? '' : 'r tries again, '}b goes back to the build engines, enter finishes:`));
	if (!succeeded && /^r/i.test(reply)) return 'retry';
	return isBack(reply) ? 'back' : 'finish';
}
