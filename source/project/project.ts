import {InputError} from '../engine/resolve.js';

/** What the renderers need to know about the .NET project, all validated. */
export type Project = {
	/** Assembly name: the entrypoint is <name>.dll or ./<name>. */
	name: string;
	/** Project file relative to the build context (POSIX), or undefined for "the one .csproj at the root". */
	projectFile?: string;
	/** Files copied before `dotnet restore` (project file, Directory.*.props, NuGet.config), relative to the context. */
	restoreFiles: string[];
	/** The target frameworks of a multi-targeted project: publish then needs `-f`. */
	frameworks?: string[];
	/** PublishSingleFile: the output is one executable, ./<name>, even when framework-dependent. */
	singleFile?: boolean;
	/** The image repository the project names (ContainerRepository, or the older ContainerImageName). */
	repository?: string;
	/** The port the app listens on, where the project says (ContainerPort). */
	port?: number;
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

const frameworkPattern = /^net[a-z]*\d+(\.\d+)*(-[a-z]+[\d.]*)?$/;
// The OCI distribution spec's repository name grammar (lower case, separators between parts).
const repositoryPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** A ContainerPort value ("8096", "8096/tcp") as a port number. */
export function checkPort(value: string, what: string): number {
	const match = /^(\d{1,5})(?:\/(tcp|udp))?$/i.exec(value.trim());
	const port = match ? Number(match[1]) : Number.NaN;
	if (!(port >= 1 && port <= 65_535)) throw new InputError(`${what} ${JSON.stringify(value)} is not a port number (1-65535, optionally /tcp or /udp).`);
	return port;
}

export function makeProject(input: {name: string; projectFile?: string; restoreFiles?: string[]; frameworks?: string[]; singleFile?: boolean; repository?: string; port?: string}): Project {
	const projectFile = input.projectFile === undefined ? undefined : checkPath(input.projectFile, 'project file');
	for (const framework of input.frameworks ?? []) {
		if (!frameworkPattern.test(framework)) throw new InputError(`target framework ${JSON.stringify(framework)} is not a framework moniker like net10.0.`);
	}
	if (input.repository !== undefined && !repositoryPattern.test(input.repository)) {
		throw new InputError(`ContainerRepository ${JSON.stringify(input.repository)} is not an image repository name (lower-case letters, digits, and . _ - / between them).`);
	}
	return {
		name: checkName(input.name, 'assembly name'),
		...(projectFile ? {projectFile} : {}),
		restoreFiles: (input.restoreFiles ?? (projectFile ? [projectFile] : [])).map(file => checkPath(file, 'restore file')),
		...(input.frameworks && input.frameworks.length > 1 ? {frameworks: input.frameworks} : {}),
		...(input.singleFile ? {singleFile: true} : {}),
		...(input.repository ? {repository: input.repository} : {}),
		...(input.port === undefined ? {} : {port: checkPort(input.port, 'ContainerPort')}),
	};
}

/**
 * The `-f` a publish of this project needs: for a multi-targeted project, the framework of the
 * chosen .NET version, else the newest one older than it (which rolls forward only if told to).
 */
export function publishFramework(project: Project, dotnet: string): string | undefined {
	if (!project.frameworks) return undefined;
	const wanted = Number.parseFloat(dotnet);
	const versioned = project.frameworks.flatMap(framework => {
		const match = /^net(\d+\.\d+)$/.exec(framework);
		return match ? [{framework, version: Number.parseFloat(match[1]!)}] : [];
	});
	const exact = versioned.find(entry => entry.version === wanted);
	return exact?.framework ?? versioned.filter(entry => entry.version < wanted).sort((a, b) => b.version - a.version)[0]?.framework ?? versioned[0]?.framework;
}

/** Used when no project was found: the conventional single project at the context root. */
export const defaultProject: Project = makeProject({name: 'App'});

/** A Docker image repository name (lower case) for the app. */
export function imageNameOf(project: Project): string {
	if (project.repository) return project.repository;
	return project.name.toLowerCase().replaceAll(/[^a-z0-9._-]/g, '-').replace(/^[._-]+/, '') || 'app';
}
