import {lstat, stat} from 'node:fs/promises';
import path from 'node:path';
import {savedConfigName} from '../config/config.js';
import {configTarget, type Session} from './session.js';
import {renderConfig} from '../config/render-config.js';
import type {Recommendation} from '../engine/recommend.js';
import {fileNames, type FileKind} from '../render/files.js';
import {botKinds, fileKinds, type BotKind} from '../render/file-kinds.js';
import {botFileNames, updateBotFiles} from '../render/update-bots.js';
import {ciPlacement} from './ci-placement.js';
import {filePlaces, placeFiles, placeOfKind} from './file-places.js';
import {isPinned} from './pinning.js';

/**
 * What the guided session can write: the generated files, the saved answers, and with "pin" (base
 * images by digest, see pinning.ts) the update-bot files that keep the digests current.
 */
export type Output = FileKind | BotKind | 'config' | 'pin';

const isFileKind = (output: Output): output is FileKind => (fileKinds as readonly string[]).includes(output);
const isBotKind = (output: Output): output is BotKind => (botKinds as readonly string[]).includes(output);

/**
 * A file to write and its folder; see PlacedFile for contentAs and merge. `shown`: how the screens
 * name it when its name alone is not enough (several apps' Dockerfiles: their paths and apps).
 */
export type PlannedFile = {directory: string; name: string; content: string; contentAs?: (name: string) => string; merge?: (current: string) => string; shown?: string};

/** The files the wizard would write for the chosen outputs, with where each one goes (see placeOfKind). */
export function plannedFiles(recommendation: Recommendation, session: Session, outputs: Output[], writeDirectory?: string): PlannedFile[] {
	const kinds = outputs.filter(isFileKind);
	const places = filePlaces(session, writeDirectory);
	const {files} = placeFiles(recommendation, session, places, {kinds, explicit: false});
	const planned: PlannedFile[] = files.map(({directory, name, content, contentAs, merge}) => ({directory, name, content, ...(contentAs ? {contentAs} : {}), ...(merge ? {merge} : {})}));
	// The update bots read their files at the repository root, as CI services do; only for pinned images.
	const bots = isPinned(recommendation) ? outputs.filter(isBotKind) : [];
	if (bots.length > 0) {
		const {root} = ciPlacement(session, places.app);
		for (const bot of updateBotFiles(bots, {root, directories: [places.app], pinned: true})) planned.push({directory: root, name: botFileNames[bot.kind], content: bot.content});
	}
	if (outputs.includes('config')) {
		// Saved answers go beside the app's files, in the folder the confirmation names.
		const target = configTarget(session, places.app);
		const project = session.located.kind === 'found' ? path.relative(path.dirname(target), session.located.file).split(path.sep).join('/') : undefined;
		planned.push({directory: path.dirname(target), name: path.basename(target), content: renderConfig(recommendation.answers, {...(project ? {project} : {}), ...(outputs.includes('pin') ? {pin: true} : {})}, target)});
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
	compose: `${fileNames.compose}: builds and starts the app with docker compose or podman compose, with a health check`,
	'github-actions': `${fileNames['github-actions']}: GitHub Actions builds and pushes the image; a job per architecture on native runners where cross-compiling cannot (no emulation, faster), else one cheaper cross-compiling job`,
	'gitlab-ci': `${fileNames['gitlab-ci']}: GitLab CI builds and pushes the image, the same way on tagged runners`,
	config: `${savedConfigName}: these answers, for the next run`,
	pin: 'pin base images by digest: every FROM and ContainerBaseImage as tag@sha256:… from the registry, so each build pulls exactly the image checked',
	renovate: `${botFileNames.renovate}: Renovate keeps the pinned digests current (Dockerfile and container.props)`,
	dependabot: `${botFileNames.dependabot}: Dependabot keeps the Dockerfile's pinned digests current`,
};

export const outputLabels: Record<Output, string> = {dockerfile: fileNames.dockerfile, dockerignore: fileNames.dockerignore, zerops: fileNames.zerops, csproj: fileNames.csproj,
	'github-actions': 'GitHub Actions', 'gitlab-ci': 'GitLab CI',
	compose: fileNames.compose, config: 'saved answers',
	pin: 'pin base images by digest', renovate: botFileNames.renovate, dependabot: botFileNames.dependabot};

/** The names Compose looks for, in its own order: a project with any of them already uses Compose. */
const composeFileNames = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/**
 * The outputs ticked at first: the Dockerfile and .dockerignore always; zerops.yml, container.props,
 * compose.yaml and the saved answers only when the project already has one; pinning when the
 * saved answers pinned.
 */
export async function outputsInUse(session: Session, writeDirectory?: string): Promise<Output[]> {
	const places = filePlaces(session, writeDirectory);
	const exists = async (file: string) => stat(file).then(() => true, () => false);
	const outputs: Output[] = ['dockerfile', 'dockerignore'];
	if (await exists(path.join(places[placeOfKind.zerops], fileNames.zerops))) outputs.push('zerops');
	if (await exists(path.join(places[placeOfKind.csproj], fileNames.csproj))) outputs.push('csproj');
	const composeFiles = await Promise.all(composeFileNames.map(async name => exists(path.join(places[placeOfKind.compose], name))));
	if (composeFiles.some(Boolean)) outputs.push('compose');
	const {root} = ciPlacement(session, places.app);
	if (await exists(path.join(root, fileNames['github-actions']))) outputs.push('github-actions');
	if (await exists(path.join(root, fileNames['gitlab-ci']))) outputs.push('gitlab-ci');
	if (session.config) outputs.push('config');
	// Saved answers that pinned (or --pin) pin again, with the bot files the repository already has.
	if (session.pin?.pinned) {
		outputs.push('pin');
		for (const bot of botKinds) if (await exists(path.join(root, botFileNames[bot]))) outputs.push(bot);
	}
	return outputs;
}
