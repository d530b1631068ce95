import {InputError} from '../engine/resolve.js';
import type {Recommendation} from '../engine/recommend.js';
import {secretConfigs, type Project} from '../project/project.js';
import {composeAppOf, type ComposePlacement} from './compose-app.js';
import {renderCompose} from './compose.js';
import {importInstruction, importPathFor, renderCsproj} from './csproj.js';
import {renderDockerfile, type DockerfileOptions} from './dockerfile.js';
import {renderDockerignore} from './dockerignore.js';
import {renderZerops} from './zerops.js';
import {imageToBuild} from '../grammar/image-name.js';
import type {CiApp, CiJobForm} from './ci-apps.js';
import {renderGithubActions} from './github-actions.js';
import {renderGitlabCi} from './gitlab-ci.js';

import {fileKinds, isCiKind, type BotKind, type FileKind} from './file-kinds.js';

export {fileKinds, parseFileKinds, type FileKind} from './file-kinds.js';
export {updateBotFiles} from './update-bots.js';

export const fileNames: Record<FileKind, string> = {
	dockerfile: 'Dockerfile',
	dockerignore: '.dockerignore',
	zerops: 'zerops.yml',
	// An importable MSBuild file; its PropertyGroup can also be pasted into the .csproj.
	csproj: 'container.props',
	compose: 'compose.yaml',
	// CI files sit at the repository root, where the service reads them.
	'github-actions': '.github/workflows/container.yml',
	'gitlab-ci': '.gitlab-ci.yml',
};

/** Kinds written at the repository root rather than beside the Dockerfile. */
export const atRepositoryRoot = isCiKind;

/** What a CI file needs beyond the recommendation: paths from the repository root, and the form of its jobs. */
export type CiFileOptions = {context: string; dockerfile: string; jobs?: CiJobForm};

export type GeneratedFile = {kind: FileKind | BotKind; name: string; content: string; notes: string[]};

/** What to do with container.props once written, as its comment says it. */
function importNote(project: Project, name: string, importPath: string): string {
	return `${name}: ${importInstruction(project.projectFile ?? `${project.name}.csproj`, importPath)} (or paste its PropertyGroup in).`;
}

/**
 * Renders the asked-for files. A file that cannot be made for this choice (zerops.yml for a .NET
 * version Zerops lacks) is an error when asked for by name, and a note when part of "all".
 */
export function generateFiles(recommendation: Recommendation, project: Project, imageName: string, request: {kinds: FileKind[]; explicit: boolean}, options: {dockerfile?: DockerfileOptions; csprojImport?: string; compose?: ComposePlacement; ci?: CiFileOptions} = {}): {files: Array<GeneratedFile & {kind: FileKind}>; notes: string[]} {
	const files: Array<GeneratedFile & {kind: FileKind}> = [];
	const notes: string[] = [];
	// compose.yaml's health check runs a probe that the Dockerfile written with it builds.
	const healthProbe = request.kinds.includes('compose') && recommendation.answers.app === 'web';
	for (const kind of request.kinds) {
		const name = fileNames[kind];
		if (kind === 'dockerfile') files.push({kind, name, content: renderDockerfile(recommendation, project, imageName, {...options.dockerfile, healthProbe}), notes: []});
		if (kind === 'compose') files.push({kind, name, content: renderCompose([composeAppOf(recommendation, project, imageName, options.compose)]), notes: healthProbe && !request.kinds.includes('dockerfile') ? [`${name}: its health check runs the probe that the Dockerfile builds when written with it (--output dockerfile,compose).`] : []});
		if (kind === 'dockerignore') files.push({kind, name, content: renderDockerignore(secretConfigs(project)), notes: []});
		if (kind === 'csproj') {
			const importPath = importPathFor(project, name, options.csprojImport);
			const snippet = renderCsproj(recommendation, project, imageName, importPath);
			files.push({kind, name, content: `<Project>\n${snippet}</Project>\n`, notes: [importNote(project, name, importPath)]});
		}
		if (isCiKind(kind)) {
			const ci = options.ci ?? {context: '.', dockerfile: 'Dockerfile'};
			const apps: CiApp[] = [{recommendation, image: imageToBuild(imageName, '--image'), context: ci.context, dockerfile: ci.dockerfile}];
			const content = kind === 'github-actions' ? renderGithubActions(apps, ci.jobs) : renderGitlabCi(apps, ci.jobs);
			files.push({kind, name, content, notes: []});
		}
		if (kind === 'zerops') {
			try {
				const zerops = renderZerops(recommendation, project);
				files.push({kind, name, content: zerops.content, notes: zerops.notes});
			} catch (error) {
				if (request.explicit || !(error instanceof InputError)) throw error;
				notes.push(`zerops.yml skipped: ${error.message}`);
			}
		}
	}
	return {files, notes: [...notes, ...files.flatMap(file => file.notes)]};
}
