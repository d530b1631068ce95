import {InputError} from '../engine/resolve.js';

/** What the renderers need to know about the .NET project, all validated. */
export type Project = {
	/** Assembly name: the entrypoint is <name>.dll or ./<name>. */
	name: string;
	/** Project file relative to the build context (POSIX), or undefined for "the one .csproj at the root". */
	projectFile?: string;
	/** Files copied before `dotnet restore` (project file, Directory.*.props, NuGet.config), relative to the context. */
	restoreFiles: string[];
};

const namePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const segmentPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Values that end up in a Dockerfile line, a YAML value or a shell command: letters, digits, dot,
 * dash and underscore only, so nothing can start a new instruction or escape a quoted string.
 */
export function checkName(value: string, what: string): string {
	if (!namePattern.test(value)) throw new InputError(`${what} ${JSON.stringify(value)} can only contain letters, digits, ".", "-" and "_".`);
	return value;
}

export function checkPath(value: string, what: string): string {
	const segments = value.split('/');
	if (!segments.every(segment => segmentPattern.test(segment))) {
		throw new InputError(`${what} ${JSON.stringify(value)} must be a relative path inside the build context made of letters, digits, ".", "-", "_" and "/".`);
	}
	return value;
}

export function makeProject(input: {name: string; projectFile?: string; restoreFiles?: string[]}): Project {
	const projectFile = input.projectFile === undefined ? undefined : checkPath(input.projectFile, 'project file');
	return {
		name: checkName(input.name, 'assembly name'),
		...(projectFile ? {projectFile} : {}),
		restoreFiles: (input.restoreFiles ?? (projectFile ? [projectFile] : [])).map(file => checkPath(file, 'restore file')),
	};
}

/** Used when no project was found: the conventional single project at the context root. */
export const defaultProject: Project = makeProject({name: 'App'});

/** A Docker image repository name (lower case) for the app. */
export function imageNameOf(project: Project): string {
	return project.name.toLowerCase().replaceAll(/[^a-z0-9._-]/g, '-').replace(/^[._-]+/, '') || 'app';
}
