import path from 'node:path';
import {writtenDockerfile} from './file-changes.js';
import type {Recommendation} from '../engine/recommend.js';
import type {EngineName} from '../runner/engines/engine.js';
import type {BuildPlan} from '../runner/plan.js';
import {preflight} from '../runner/preflight.js';
import {planFor, type BuildRequest} from './build-plan.js';
import type {Session} from './session.js';

/** The engines the guided session can build with: every one --engine names, in the order detection tries them. */
export const wizardEngines: Array<{builder: EngineName; label: string}> = [
	{builder: 'docker', label: 'docker buildx'},
	{builder: 'podman', label: 'podman'},
	{builder: 'buildah', label: 'buildah'},
	{builder: 'sdk', label: 'the .NET SDK (dotnet publish /t:PublishContainer)'},
];

/** An engine as found on this machine: ready, or what it is missing, in one line. */
export type EngineChoice = {builder: EngineName; label: string; plan: BuildPlan; ready: boolean; missing?: string};

/**
 * Where the wizard's build puts the image: docker loads one platform into its image store; podman
 * and buildah keep any number in theirs; several platforms with docker, and every SDK build, go to
 * an OCI archive beside the project (the SDK would otherwise need a Docker daemon to load into).
 */
export function wizardBuildRequest(builder: EngineName, recommendation: Recommendation, session: Session, directory: string): BuildRequest {
	const archive = {oci: path.join(directory, `${session.project.name.toLowerCase()}.oci.tar`)};
	if (builder === 'sdk') return {engine: builder, ...archive};
	if (builder === 'podman' || builder === 'buildah') return {engine: builder};
	return recommendation.answers.arch.length > 1 ? {engine: builder, ...archive} : {engine: builder};
}

export function wizardBuildPlan(builder: EngineName, recommendation: Recommendation, session: Session, directory: string, written: string[] = []): BuildPlan {
	return planFor(recommendation, session, wizardBuildRequest(builder, recommendation, session, directory), writtenDockerfile(directory, written), {engine: builder, notes: []});
}

/** Each engine with the preflight checks a build would run first: ready ones can build now. */
export async function engineChoices(recommendation: Recommendation, session: Session, directory: string, written: string[] = []): Promise<EngineChoice[]> {
	return Promise.all(wizardEngines.map(async ({builder, label}) => {
		const plan = wizardBuildPlan(builder, recommendation, session, directory, written);
		try {
			await preflight(plan, recommendation);
			return {builder, label, plan, ready: true};
		} catch (error) {
			return {builder, label, plan, ready: false, missing: (error as Error).message};
		}
	}));
}

/**
 * The engine the wizard would use, as --build would: the one --engine names, else the first one
 * ready (docker when its daemon answers, else podman, buildah, the SDK), else the first one (its
 * line says what is missing).
 */
export function preferredEngine(choices: EngineChoice[], named?: EngineName): EngineChoice | undefined {
	return choices.find(choice => choice.builder === named) ?? choices.find(choice => choice.ready) ?? choices[0];
}
