// The guided session's build over the apps it wrote: one build per app, one after another, each
// from its context with the Dockerfile written in its folder, stopping at the first that does not
// build. The same loop builds a single app (a list of one).
import path from 'node:path';
import type {Recommendation} from '../engine/recommend.js';
import {fileNames} from '../render/files.js';
import type {EngineName} from '../runner/engines/engine.js';
import type {PlatformPlan} from '../runner/platform-plan.js';
import type {BuildPlan} from '../runner/plan.js';
import type {BuildResult} from '../runner/run.js';
import type {AppPlan} from './apps.js';
import {planFor} from './build-plan.js';
import {wizardBuildRequest} from './engines.js';
import {writtenDockerfile} from './file-changes.js';
import {checkedBuild} from './session-build.js';

/** One app's build: its name, what it builds, and how (the command a person would run). */
export type AppBuild = {name: string; recommendation: Recommendation; plan: BuildPlan};

/** Where one app's build stands. `not-started`: an earlier app did not build, so the builds stopped. */
export type AppBuildState = {name: string; status: 'waiting' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'not-started'; summary: string[]; result?: BuildResult; error?: string};

/** Each app's build with `builder`: from its context, with the Dockerfile written in its folder (`written`: full paths). */
export function appBuilds(builder: EngineName, plans: AppPlan[], written: string[]): AppBuild[] {
	return plans.map(app => {
		const folder = path.dirname(app.dockerfile);
		const request = wizardBuildRequest(builder, app.recommendation, app.session, folder);
		return {name: app.name, recommendation: app.recommendation, plan: planFor(app.recommendation, app.session, request, writtenDockerfile(folder, written), {engine: builder, notes: []})};
	});
}

/** What the loop tells as it goes: an app starts (with its engine's notes), a line, a step, an app ends. */
export type BuildEvents = {
	signal: AbortSignal;
	onStart: (index: number) => void;
	onChecked: (index: number, checked: {notes: string[]; platformPlan: PlatformPlan}) => void;
	onLine: (line: string) => void;
	onStep: (step: string) => void;
	onEnd: (index: number, state: AppBuildState) => void;
};

/**
 * Builds the apps not yet built, in order: each is checked (preflight), then built; the first
 * that fails, cannot start or is cancelled stops the rest, which are marked not started. Resolves
 * with every app's state.
 */
export async function buildApps(builds: AppBuild[], before: AppBuildState[], events: BuildEvents): Promise<AppBuildState[]> {
	const states = builds.map((build, index) => {
		const earlier = before[index];
		return earlier?.status === 'succeeded' ? earlier : {name: build.name, status: 'waiting' as const, summary: []};
	});
	for (const [index, build] of builds.entries()) {
		if (states[index]!.status === 'succeeded') continue;
		states[index] = {...states[index]!, status: 'running'};
		events.onStart(index);
		const end = await checkedBuild(build.plan, build.recommendation, {signal: events.signal, onStarted: (notes, platformPlan) => events.onChecked(index, {notes, platformPlan}), onLine: events.onLine, onStep: events.onStep});
		const state: AppBuildState = end.error === undefined
			? {name: build.name, status: end.result.status, summary: end.summary, result: end.result}
			: {name: build.name, status: 'failed', summary: [], error: end.error, result: end.result};
		states[index] = state;
		events.onEnd(index, state);
		if (state.status !== 'succeeded') {
			for (const later of states.keys()) if (later > index && states[later]!.status === 'waiting') states[later] = {...states[later]!, status: 'not-started'};
			break;
		}
	}
	return states;
}

/**
 * The builds' outcome, app by app, for a run over several apps: what each one built, where the
 * one that failed stopped and why (its lines as describeResult gives them), and which were not
 * started because of it.
 */
export function appBuildLines(states: AppBuildState[]): string[] {
	const stopper = states.find(state => state.status === 'failed' || state.status === 'cancelled');
	return states.flatMap(state => {
		if (state.status === 'not-started' && stopper) return [`${state.name}: not built (the builds stopped when ${stopper.name} ${stopper.status === 'cancelled' ? 'was cancelled' : 'failed'})`];
		if (state.status === 'waiting' || state.status === 'running' || state.status === 'not-started') return [];
		const [first = '', ...rest] = state.error ? [`build could not start: ${state.error}`] : state.summary;
		return [`${state.name}: ${first}`, ...rest];
	});
}
