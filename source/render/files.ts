import {InputError} from '../engine/resolve.js';
import type {Recommendation} from '../engine/recommend.js';
import type {Project} from '../project/project.js';
import {renderCsproj} from './csproj.js';
import {renderDockerfile} from './dockerfile.js';
import {renderDockerignore} from './dockerignore.js';
import {renderZerops} from './zerops.js';

export const fileKinds = ['dockerfile', 'dockerignore', 'zerops', 'csproj'] as const;
export type FileKind = typeof fileKinds[number];

export const fileNames: Record<FileKind, string> = {
	dockerfile: 'Dockerfile',
	dockerignore: '.dockerignore',
	zerops: 'zerops.yml',
	// An importable MSBuild file; its PropertyGroup can also be pasted into the .csproj.
	csproj: 'container.props',
};

export type GeneratedFile = {kind: FileKind; name: string; content: string; notes: string[]};

export function parseFileKinds(value: string): {kinds: FileKind[]; explicit: boolean} {
	const parts = value.split(',').map(part => part.trim().toLowerCase()).filter(Boolean);
	if (parts.length === 0 || parts.includes('all')) return {kinds: [...fileKinds], explicit: false};
	const unknown = parts.find(part => !(fileKinds as readonly string[]).includes(part));
	if (unknown) throw new InputError(`--output: unknown file "${unknown}" (accepted: ${fileKinds.join(', ')}, all).`);
	return {kinds: [...new Set(parts)] as FileKind[], explicit: true};
}

/**
 * Renders the asked-for files. A file that cannot be made for this choice (zerops.yml for a .NET
 * version Zerops lacks) is an error when asked for by name, and a note when part of "all".
 */
export function generateFiles(recommendation: Recommendation, project: Project, imageName: string, request: {kinds: FileKind[]; explicit: boolean}): {files: GeneratedFile[]; notes: string[]} {
	const files: GeneratedFile[] = [];
	const notes: string[] = [];
	for (const kind of request.kinds) {
		const name = fileNames[kind];
		if (kind === 'dockerfile') files.push({kind, name, content: renderDockerfile(recommendation, project, imageName), notes: []});
		if (kind === 'dockerignore') files.push({kind, name, content: renderDockerignore(), notes: []});
		if (kind === 'csproj') {
			const snippet = renderCsproj(recommendation, project, imageName);
			files.push({kind, name, content: `<Project>\n${snippet}</Project>\n`, notes: [`${name}: import it from the .csproj (<Import Project="${name}" />) or paste its PropertyGroup in.`]});
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
