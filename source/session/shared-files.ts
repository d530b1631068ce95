// The files of a multi-app run that describe every app at once: one compose.yaml with a service
// per app, one CI workflow with a matrix over the apps. Each app's own files are placed by
// placeFiles; these are rendered once, from the list.
import path from 'node:path';
import type {Recommendation} from '../engine/recommend.js';
import {imageToBuild} from '../grammar/image-name.js';
import type {Project} from '../project/project.js';
import type {CiApp, CiJobForm} from '../render/ci-apps.js';
import {composeAppOf} from '../render/compose-app.js';
import {renderCompose} from '../render/compose.js';
import {botKinds, isCiKind} from '../render/file-kinds.js';
import {fileNames, type FileKind} from '../render/files.js';
import {renderGithubActions} from '../render/github-actions.js';
import {renderGitlabCi} from '../render/gitlab-ci.js';
import {ciPlacement} from './ci-placement.js';
import type {PlacedFile} from './file-places.js';

/** The kinds one file describes for all the apps of a run. */
export const sharedKinds: readonly FileKind[] = ['compose', 'github-actions', 'gitlab-ci'];

/** Whether one file of this kind serves every app of a run: the shared kinds and the update bots' files. */
export const describesEveryApp = (kind: string): boolean => (sharedKinds as readonly string[]).includes(kind) || (botKinds as readonly string[]).includes(kind);

/** What a shared file needs of each app. */
export type SharedApp = {recommendation: Recommendation; session: {project: Project; contextDirectory: string}; image: string; dockerfile: string};

const posix = (from: string, to: string) => path.relative(from, to).split(path.sep).join('/') || '.';

/**
 * compose.yaml at the first app's build context (a service per app, each built from its context
 * with its Dockerfile), and the CI workflows at the repository root (one matrix over the apps).
 */
export function sharedFiles<App extends SharedApp>(apps: App[], kinds: FileKind[], mirror: (recommendation: Recommendation) => Recommendation, ciJobs?: CiJobForm): Array<PlacedFile & {app: App}> {
	const [first] = apps;
	if (!first) return [];
	const files: Array<PlacedFile & {app: App}> = [];
	if (kinds.includes('compose')) {
		const folder = first.session.contextDirectory;
		const services = apps.map(app => composeAppOf(mirror(app.recommendation), app.session.project, app.image, {context: posix(folder, app.session.contextDirectory), dockerfile: posix(app.session.contextDirectory, app.dockerfile)}));
		files.push({kind: 'compose', directory: folder, name: fileNames.compose, content: renderCompose(services), notes: [], app: first});
	}
	const ciKinds = kinds.filter(isCiKind);
	if (ciKinds.length > 0) {
		const {root} = ciPlacement(first.session, path.dirname(first.dockerfile));
		const ciApps: CiApp[] = apps.map(app => ({recommendation: mirror(app.recommendation), image: imageToBuild(app.image, '--image'), context: posix(root, app.session.contextDirectory), dockerfile: posix(root, app.dockerfile)}));
		for (const kind of ciKinds) {
			const content = kind === 'github-actions' ? renderGithubActions(ciApps, ciJobs) : renderGitlabCi(ciApps, ciJobs);
			files.push({kind, directory: root, name: fileNames[kind], content, notes: [], app: first});
		}
	}
	return files;
}
