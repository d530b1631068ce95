import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {Recommendation} from '../engine/recommend.js';
import {publishFramework} from '../project/project.js';
import {renderDockerfile} from '../render/dockerfile.js';
import {renderDockerignore} from '../render/dockerignore.js';
import {parseBuilder, planBuild, type BuildPlan} from '../runner/plan.js';
import type {Session} from './session.js';

/** What a build is asked for: the engine, and where the image goes. */
export type BuildRequest = {builder?: string | boolean; push?: string | boolean; oci?: string | boolean};

/** Where the Dockerfile is: the one just written, or a temporary one with its own .dockerignore. */
export async function dockerfileFor(recommendation: Recommendation, session: Session, writtenDirectory: string | undefined, dryRun: boolean): Promise<{file: string; cleanup: () => Promise<void>}> {
	if (writtenDirectory) return {file: path.join(writtenDirectory, 'Dockerfile'), cleanup: async () => {}};
	if (dryRun) return {file: path.join(session.contextDirectory, 'Dockerfile'), cleanup: async () => {}};
	const folder = await mkdtemp(path.join(os.tmpdir(), 'dotnet-image-wizard-'));
	const file = path.join(folder, 'Dockerfile');
	await writeFile(file, renderDockerfile(recommendation, session.project, session.imageName));
	// BuildKit reads <Dockerfile>.dockerignore next to a Dockerfile outside the context.
	await writeFile(`${file}.dockerignore`, renderDockerignore());
	return {file, cleanup: async () => rm(folder, {recursive: true, force: true})};
}

export function planFor(recommendation: Recommendation, session: Session, flags: BuildRequest, dockerfile?: string): BuildPlan {
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
		...(publishFramework(session.project, recommendation.answers.dotnet) ? {framework: publishFramework(session.project, recommendation.answers.dotnet)!} : {}),
	});
}
