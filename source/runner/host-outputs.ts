import {rmSync} from 'node:fs';
import {rm, stat} from 'node:fs/promises';
import path from 'node:path';
import type {BuildPlan} from './plan.js';

/**
 * The folders `dotnet publish` makes in the project's folder when the SDK builds on this machine
 * (bin/ and obj/): those that are not there yet, so the build can take away what it made, and
 * the project's folder is left as it was found. The image is the build's result, not these
 * folders. A folder that holds the OCI archive asked for is left alone.
 */
export async function hostOutputsToMake(plan: BuildPlan): Promise<string[]> {
	if (plan.engine !== 'sdk') return [];
	const folder = path.resolve(plan.cwd, path.dirname(plan.request.projectFile ?? '.'));
	const archive = typeof plan.output === 'object' ? path.resolve(plan.cwd, plan.output.oci) : undefined;
	const candidates = ['bin', 'obj'].map(name => path.join(folder, name)).filter(candidate => !archive?.startsWith(`${candidate}${path.sep}`));
	const present = await Promise.all(candidates.map(async candidate => stat(candidate).then(() => true, () => false)));
	return candidates.filter((_, index) => !present[index]);
}

/** Removes the folders the build made (see hostOutputsToMake). */
export async function removeHostOutputs(made: string[]): Promise<void> {
	await Promise.all(made.map(async folder => rm(folder, {recursive: true, force: true})));
}

/** The same, at once, on the way out of a stopped process. */
export function removeHostOutputsNow(made: string[]): void {
	for (const folder of made) rmSync(folder, {recursive: true, force: true});
}
