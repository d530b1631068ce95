import {stat} from 'node:fs/promises';
import path from 'node:path';
import {configTarget, type Session} from './session.js';
import {renderConfig} from '../config/render-config.js';
import type {Recommendation} from '../engine/recommend.js';
import {fileNames, generateFiles, type FileKind} from '../render/files.js';

/** What the guided session can write: the generated files, and the saved answers. */
export type Output = FileKind | 'config';

export type PlannedFile = {directory: string; name: string; content: string};

/** The files the wizard would write for the chosen outputs, with where each one goes. */
export function plannedFiles(recommendation: Recommendation, session: Session, outputs: Output[], writeDirectory?: string): PlannedFile[] {
	const kinds = outputs.filter((output): output is FileKind => output !== 'config');
	const directory = writeDirectory ? path.resolve(session.cwd, writeDirectory) : session.contextDirectory;
	const {files} = generateFiles(recommendation, session.project, session.imageName, {kinds, explicit: false});
	const planned = files.map(file => ({directory, name: file.name, content: file.content}));
	if (outputs.includes('config')) {
		const target = configTarget(session);
		const project = session.located.kind === 'found' ? path.relative(path.dirname(target), session.located.file).split(path.sep).join('/') : undefined;
		planned.push({directory: path.dirname(target), name: path.basename(target), content: renderConfig(recommendation.answers, project ? {project} : {}, target)});
	}
	return planned;
}

export async function existingTargets(files: PlannedFile[], cwd: string): Promise<Array<{path: string; exists: boolean}>> {
	return Promise.all(files.map(async file => {
		const target = path.join(file.directory, file.name);
		const exists = await stat(target).then(() => true, () => false);
		return {path: path.relative(cwd, target) || target, exists};
	}));
}

export const outputDescriptions: Record<Output, string> = {
	dockerfile: `${fileNames.dockerfile}: multi-stage, cross-compiling build`,
	dockerignore: `${fileNames.dockerignore}: keeps bin/, obj/ and secrets out of the build context`,
	zerops: `${fileNames.zerops}: build and run on Zerops`,
	csproj: `${fileNames.csproj}: properties for dotnet publish /t:PublishContainer`,
	config: 'save these answers for the next run (.dotnet-image-wizardrc.json)',
};
