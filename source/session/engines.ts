import path from 'node:path';
import type {Recommendation} from '../engine/recommend.js';
import {fileNames} from '../render/files.js';
import type {Builder, BuildPlan} from '../runner/plan.js';
import {preflight} from '../runner/preflight.js';
import {planFor, type BuildRequest} from './build-plan.js';
import type {Session} from './session.js';

/** The engines the guided session can build with, in the order it prefers them. */
export const wizardEngines: Array<{builder: Builder; label: string}> = [
	{builder: 'docker', label: 'docker buildx'},
	{builder: 'sdk', label: 'the .NET SDK (dotnet publish /t:PublishContainer)'},
];

/** An engine as found on this machine: ready, or what it is missing, in one line. */
export type EngineChoice = {builder: Builder; label: string; plan: BuildPlan; ready: boolean; missing?: string};

/**
 * Where the wizard's build puts the image: docker loads one platform into its image store; several
 * platforms, and every SDK build, go to an OCI archive beside the project (the SDK would otherwise
 * need a Docker daemon to load into).
 */
export function wizardBuildRequest(builder: Builder, recommendation: Recommendation, session: Session, directory: string): BuildRequest {
	const archive = {oci: path.join(directory, `${session.project.name.toLowerCase()}.oci.tar`)};
	if (builder === 'sdk') return {builder, ...archive};
	return recommendation.answers.arch.length > 1 ? {builder, ...archive} : {builder};
}

export function wizardBuildPlan(builder: Builder, recommendation: Recommendation, session: Session, directory: string): BuildPlan {
	return planFor(recommendation, session, wizardBuildRequest(builder, recommendation, session, directory), path.join(directory, fileNames.dockerfile));
}

/** Each engine with the preflight checks a build would run first: ready ones can build now. */
export async function engineChoices(recommendation: Recommendation, session: Session, directory: string): Promise<EngineChoice[]> {
	return Promise.all(wizardEngines.map(async ({builder, label}) => {
		const plan = wizardBuildPlan(builder, recommendation, session, directory);
		try {
			await preflight(plan, recommendation);
			return {builder, label, plan, ready: true};
		} catch (error) {
			return {builder, label, plan, ready: false, missing: (error as Error).message};
		}
	}));
}

/** The engine the wizard would use: the first one ready, else the first one (its build says what is missing). */
export function preferredEngine(choices: EngineChoice[]): EngineChoice | undefined {
	return choices.find(choice => choice.ready) ?? choices[0];
}
