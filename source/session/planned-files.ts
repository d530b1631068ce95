import {lstat, stat} from 'node:fs/promises';
import path from 'node:path';
import {savedConfigName} from '../config/config.js';
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
		const target = configTarget(session, directory);
		const project = session.located.kind === 'found' ? path.relative(path.dirname(target), session.located.file).split(path.sep).join('/') : undefined;
		planned.push({directory: path.dirname(target), name: path.basename(target), content: renderConfig(recommendation.answers, project ? {project} : {}, target)});
	}
	return planned;
}

export async function existingTargets(files: PlannedFile[], cwd: string): Promise<Array<{path: string; exists: boolean}>> {
	return Promise.all(files.map(async file => {
		const target = path.join(file.directory, file.name);
		// A link counts, even one that points nowhere: the write would replace it.
		const exists = await lstat(target).then(() => true, () => false);
		return {path: path.relative(cwd, target) || target, exists};
	}));
}

/** Each output's name and what it is for, in the words of someone containerising an app. */
export const outputDescriptions: Record<Output, string> = {
	dockerfile: `${fileNames.dockerfile}: builds the image in stages, for every architecture, without emulation`,
	dockerignore: `${fileNames.dockerignore}: keeps bin/, obj/ and secrets out of what the build sees`,
	zerops: `${fileNames.zerops}: builds and runs the app on Zerops`,
	csproj: `${fileNames.csproj}: MSBuild properties to import from the project, for dotnet publish /t:PublishContainer`,
	config: `${savedConfigName}: these answers, for the next run`,
};

export const outputLabels: Record<Output, string> = {dockerfile: fileNames.dockerfile, dockerignore: fileNames.dockerignore, zerops: fileNames.zerops, csproj: fileNames.csproj, config: 'saved answers'};

/**
 * The outputs ticked at first: the Dockerfile and .dockerignore always; zerops.yml, container.props
 * and the saved answers only when the project already has one.
 */
export async function outputsInUse(session: Session, writeDirectory?: string): Promise<Output[]> {
	const directory = writeDirectory ? path.resolve(session.cwd, writeDirectory) : session.contextDirectory;
	const exists = async (file: string) => stat(file).then(() => true, () => false);
	const outputs: Output[] = ['dockerfile', 'dockerignore'];
	if (await exists(path.join(directory, fileNames.zerops))) outputs.push('zerops');
	if (await exists(path.join(directory, fileNames.csproj))) outputs.push('csproj');
	if (session.config) outputs.push('config');
	return outputs;
}
