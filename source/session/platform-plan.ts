import process from 'node:process';
import type {Recommendation} from '../engine/recommend.js';
import {machineTitle, thisMachine} from '../runner/build-machine.js';
import type {EngineName} from '../runner/engines/engine.js';
import {planPlatforms, type PlatformPlan} from '../runner/platform-plan.js';

/**
 * The per-platform build plan for the engine and builder chosen. A named buildx builder is read
 * with `docker buildx inspect NAME`; otherwise the plan is this machine's (nothing is run).
 */
export async function platformPlanFor(recommendation: Recommendation, choice: {engine: EngineName; builder?: string}, environment: NodeJS.ProcessEnv = process.env): Promise<PlatformPlan> {
	if (choice.engine === 'docker' && choice.builder) {
		const {inspectBuilder} = await import('../runner/engines/buildx.js');
		return planPlatforms(recommendation, await inspectBuilder(choice.builder, environment), choice.engine);
	}
	return planPlatforms(recommendation, thisMachine(), choice.engine);
}

/** One line per platform, for --explain, the build notes and the wizard's build screen. */
export function platformPlanLines(plan: PlatformPlan): string[] {
	const width = Math.max(...plan.platforms.map(build => build.platform.length));
	return plan.platforms.map(build => `${build.platform.padEnd(width)}  ${build.cost}`);
}

/** Where the plan was made: the first line above the platform lines. */
export function platformPlanTitle(plan: PlatformPlan): string {
	const nodes = plan.machine.nodes.length > 1 ? `, ${plan.machine.nodes.length} nodes` : '';
	return `Build plan (${plan.engine === 'docker' ? 'docker buildx' : plan.engine} on ${machineTitle(plan.machine)}${nodes}):`;
}

/** The --json buildPlan: stable keys, documented in the README and schema/recommendation.schema.json. */
export function platformPlanJson(plan: PlatformPlan) {
	return {
		engine: plan.engine,
		builder: {name: plan.machine.name, driver: plan.machine.driver, nodes: plan.machine.nodes},
		platforms: plan.platforms,
		...(plan.refusal ? {refusal: plan.refusal} : {}),
	};
}
