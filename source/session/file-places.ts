import path from 'node:path';
import type {Recommendation} from '../engine/recommend.js';
import type {Project} from '../project/project.js';
import {renderDockerfile, type DockerfileOptions} from '../render/dockerfile.js';
import {mergeDockerignore} from '../render/dockerignore.js';
import {atRepositoryRoot, fileNames, generateFiles, type FileKind} from '../render/files.js';
import type {CiJobForm} from '../render/ci-apps.js';
import {isCiKind, type CiKind} from '../render/file-kinds.js';
import {ciPlacement} from './ci-placement.js';
import type {Session} from './session.js';

/**
 * Where each file goes: the Dockerfile and container.props in the app's own folder (as Visual
 * Studio places them), so that two apps of one repository never write the same file; the
 * .dockerignore and zerops.yml at the build context, which they describe. `--write DIR` puts them
 * all in DIR.
 */
export const placeOfKind: Record<Exclude<FileKind, CiKind>, 'app' | 'context'> = {dockerfile: 'app', csproj: 'app', dockerignore: 'context', zerops: 'context', compose: 'context'};

/** The two folders files go to, absolute. */
export type FilePlaces = {app: string; context: string};

/** The app's folder (the project's), else the context; both DIR under --write DIR. */
export function filePlaces(session: Pick<Session, 'cwd' | 'located' | 'contextDirectory'>, writeDirectory?: string): FilePlaces {
	if (writeDirectory) {
		const folder = path.resolve(session.cwd, writeDirectory);
		return {app: folder, context: folder};
	}
	const app = session.located.kind === 'found' ? path.dirname(session.located.file) : session.contextDirectory;
	return {app, context: session.contextDirectory};
}

const posix = (file: string) => file.split(path.sep).join('/');

/**
 * How the `# Build:` line of a Dockerfile at `dockerfile` builds it: from the context with
 * `--file` when it lies elsewhere (the app's folder below the context, or outside it).
 */
export function dockerfilePlacement(dockerfile: string, contextDirectory: string): DockerfileOptions['placement'] {
	const folder = path.dirname(dockerfile);
	if (folder === contextDirectory && path.basename(dockerfile) === fileNames.dockerfile) return undefined;
	const fromContext = posix(path.relative(contextDirectory, dockerfile));
	if (fromContext.startsWith('..') || path.isAbsolute(fromContext)) {
		// Outside the context: built from the Dockerfile's folder, naming the context.
		return {context: posix(path.relative(folder, contextDirectory)) || '.', dockerfile: path.basename(dockerfile)};
	}
	return {context: '.', dockerfile: fromContext, ...(folder === contextDirectory ? {} : {from: posix(path.relative(folder, contextDirectory))})};
}

/** A file to write, with where it goes. */
export type PlacedFile = {
	kind: FileKind;
	directory: string;
	name: string;
	content: string;
	notes: string[];
	/** The content under another name: a Dockerfile written as Dockerfile.generated names itself in its `# Build:` line. */
	contentAs?: (name: string) => string;
	/** The content to write over a file already there: merged with it (the .dockerignore), not replacing it. */
	merge?: (current: string) => string;
};

/**
 * The asked-for files, rendered, each with its folder (see placeOfKind). Notes as generateFiles
 * gives them (container.props says how to import it from the app's folder).
 */
export function placeFiles(recommendation: Recommendation, session: {project: Project; imageName: string; contextDirectory: string}, places: FilePlaces, request: {kinds: FileKind[]; explicit: boolean}, ciJobs?: CiJobForm): {files: PlacedFile[]; notes: string[]} {
	// compose.yaml's health check runs a probe that the Dockerfile written with it builds.
	const healthProbe = request.kinds.includes('compose') && recommendation.answers.app === 'web';
	const dockerfileAs = (name: string) => {
		const placement = dockerfilePlacement(path.join(places.app, name), session.contextDirectory);
		return renderDockerfile(recommendation, session.project, session.imageName, {...(placement ? {placement} : {}), healthProbe});
	};
	// compose.yaml builds from the context, naming the Dockerfile in the app's folder from there.
	const compose = {context: posix(path.relative(places[placeOfKind.compose], session.contextDirectory)) || '.', dockerfile: posix(path.relative(session.contextDirectory, path.join(places.app, fileNames.dockerfile)))};
	const projectFolder = session.project.projectFile ? path.dirname(path.resolve(session.contextDirectory, session.project.projectFile)) : session.contextDirectory;
	const csprojImport = posix(path.relative(projectFolder, path.join(places.app, fileNames.csproj)));
	// CI files go to the repository root and name the context and the Dockerfile from there.
	const ci = request.kinds.some(atRepositoryRoot) ? ciPlacement(session, places.app) : undefined;
	const {files, notes} = generateFiles(recommendation, session.project, session.imageName, request, {csprojImport, compose, ...(ci ? {ci: {context: ci.context, dockerfile: ci.dockerfile, ...(ciJobs ? {jobs: ciJobs} : {})}} : {})});
	const placed = files.map(file => ({
		...file,
		directory: isCiKind(file.kind) ? ci!.root : places[placeOfKind[file.kind]],
		...(file.kind === 'dockerfile' ? {content: dockerfileAs(file.name), contentAs: dockerfileAs} : {}),
		...(file.kind === 'dockerignore' ? {merge: (current: string) => mergeDockerignore(current, file.content)} : {}),
	}));
	return {files: placed, notes};
}

/** Where the files go, in one line for a person: one folder, or the app's and the context's. */
export function placesText(places: FilePlaces): string {
	if (places.app === places.context) return `into ${places.app}`;
	return `the Dockerfile and container.props into ${places.app} (the app's folder), the .dockerignore (merged with one there), zerops.yml and compose.yaml into ${places.context} (the build context)`;
}
