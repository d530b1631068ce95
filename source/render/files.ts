import {InputError} from '../engine/resolve.js';
import type {Recommendation} from '../engine/recommend.js';
import type {Project} from '../project/project.js';
import {renderCsproj} from './csproj.js';
import {renderDockerfile, type DockerfileOptions} from './dockerfile.js';
import {renderDockerignore} from './dockerignore.js';
import {renderZerops} from './zerops.js';
import {imageToBuild} from '../grammar/image-name.js';
import type {CiApp, CiJobForm} from './ci-apps.js';
import {renderGithubActions} from './github-actions.js';
import {renderGitlabCi} from './gitlab-ci.js';

import {fileKinds, type FileKind} from './file-kinds.js';

export {fileKinds, parseFileKinds, type FileKind} from './file-kinds.js';

export const fileNames: Record<FileKind, string> = {
	dockerfile: 'Dockerfile',
	dockerignore: '.dockerignore',
	zerops: 'zerops.yml',
	// An importable MSBuild file; its PropertyGroup can also be pasted into the .csproj.
	csproj: 'container.props',
	// CI files sit at the repository root, where the service reads them.
	'github-actions': '.github/workflows/container.yml',
	'gitlab-ci': '.gitlab-ci.yml',
};

/** Kinds written at the repository root rather than beside the Dockerfile. */
export const atRepositoryRoot = (kind: FileKind) => kind === 'github-actions' || kind === 'gitlab-ci';

/** What a CI file needs beyond the recommendation: paths from the repository root, and the form of its jobs. */
export type CiFileOptions = {context: string; dockerfile: string; jobs?: CiJobForm};

export type GeneratedFile = {kind: FileKind; name: string; content: string; notes: string[]};

/** container.props sits at the context root; MSBuild resolves an Import from the project's folder. */
function importNote(project: Project, name: string): string {
	const depth = project.projectFile ? project.projectFile.split('/').length - 1 : 0;
	const relative = `${'../'.repeat(depth)}${name}`;
	const projectName = project.projectFile ?? `${project.name}.csproj`;
	return `${name}: import it from ${projectName} (<Import Project="${relative}" />) or paste its PropertyGroup in.`;
}

/**
 * Renders the asked-for files. A file that cannot be made for this choice (zerops.yml for a .NET
 * version Zerops lacks) is an error when asked for by name, and a note when part of "all".
 */
export function generateFiles(recommendation: Recommendation, project: Project, imageName: string, request: {kinds: FileKind[]; explicit: boolean}, options: {dockerfile?: DockerfileOptions; ci?: CiFileOptions} = {}): {files: GeneratedFile[]; notes: string[]} {
	const files: GeneratedFile[] = [];
	const notes: string[] = [];
	for (const kind of request.kinds) {
		const name = fileNames[kind];
		if (kind === 'dockerfile') files.push({kind, name, content: renderDockerfile(recommendation, project, imageName, options.dockerfile), notes: []});
		if (kind === 'dockerignore') files.push({kind, name, content: renderDockerignore(), notes: []});
		if (kind === 'csproj') {
			const snippet = renderCsproj(recommendation, project, imageName);
			files.push({kind, name, content: `<Project>\n${snippet}</Project>\n`, notes: [importNote(project, name)]});
		}
		if (kind === 'github-actions' || kind === 'gitlab-ci') {
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
