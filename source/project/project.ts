import type {AppKind} from '../engine/answers.js';
import {InputError} from '../engine/resolve.js';
import {repositoryOnly} from '../grammar/image-name.js';
import {isImageReference, parseImageReference} from '../grammar/oci-reference.js';
import {shownValue} from '../grammar/shown-text.js';

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
	/** A ContainerRepository that is not a repository name, as written: refused where the image name is needed (imageNameOf). */
	invalidRepository?: string;
	/** The port the app listens on, where the project says (ContainerPort). */
	port?: number;
	/** The person asked (--roll-forward) that a framework-dependent app built for an older .NET run on the image's newer runtime. */
	rollForward?: boolean;
	/**
	 * A NuGet.config with feed credentials (packageSourceCredentials), relative to the context: the
	 * Dockerfile mounts it as the build secret "nugetconfig" for restore and never copies it.
	 */
	secretNugetConfig?: string;
	/** Further NuGet.config files with credentials in the context: not mounted, kept out of the context all the same. */
	otherSecretConfigs?: string[];
	/** The project's Version and RepositoryUrl, for the image's OCI labels (kept only when valid). */
	version?: string;
	sourceUrl?: string;
};

const namePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const segmentPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Values that end up in a Dockerfile line, a YAML value or a shell command: letters, digits, dot,
 * dash and underscore only, so nothing can start a new instruction or escape a quoted string.
 */
export function checkName(value: string, what: string): string {
	if (!namePattern.test(value)) throw new InputError(`${what} ${shownValue(value)} can only contain letters, digits, ".", "-" and "_".`);
	return value;
}

export function checkPath(value: string, what: string): string {
	const segments = value.split('/');
	if (!segments.every(segment => segmentPattern.test(segment))) {
		throw new InputError(`${what} ${shownValue(value)} must be a relative path inside the build context made of letters, digits, ".", "-", "_" and "/".`);
	}
	return value;
}

const frameworkPattern = /^net[a-z]*\d+(\.\d+)*(-[a-z]+[\d.]*)?$/;
// The OCI distribution spec's repository name grammar (lower case, separators between parts).
const repositoryPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** Kestrel's port in the official aspnet images (their ASPNETCORE_HTTP_PORTS). */
export const aspnetImagePort = 8080;

/** The port the image exposes and the app listens on: the project's ContainerPort, else Kestrel's for a web app, else none. */
export function exposedPort(project: Project, app: AppKind): number | undefined {
	return project.port ?? (app === 'web' ? aspnetImagePort : undefined);
}

/** A ContainerPort value ("8096", "8096/tcp") as a port number. */
export function checkPort(value: string, what: string): number {
	const match = /^(\d{1,5})(?:\/(tcp|udp))?$/i.exec(value.trim());
	const port = match ? Number(match[1]) : Number.NaN;
	if (!(port >= 1 && port <= 65_535)) throw new InputError(`${what} ${shownValue(value)} is not a port number (1-65535, optionally /tcp or /udp).`);
	return port;
}

/** A URL a label may carry: http(s), and only characters that need no quoting in a Dockerfile string. */
export const validSourceUrl = (value: string) => /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%/+-]*)?$/.test(value);
/** A version as NuGet and SemVer write it. */
export const validVersion = (value: string) => /^[0-9A-Za-z][0-9A-Za-z.+-]{0,127}$/.test(value);

export function makeProject(input: {name: string; projectFile?: string; restoreFiles?: string[]; frameworks?: string[]; singleFile?: boolean; repository?: string; port?: string; secretNugetConfig?: string; otherSecretConfigs?: string[]; version?: string; sourceUrl?: string}): Project {
	const projectFile = input.projectFile === undefined ? undefined : checkPath(input.projectFile, 'project file');
	for (const framework of input.frameworks ?? []) {
		if (!frameworkPattern.test(framework)) throw new InputError(`target framework ${shownValue(framework)} is not a framework moniker like net10.0.`);
	}
	// A bad ContainerRepository matters only when it names the image: --image makes it moot.
	const validRepository = input.repository !== undefined && repositoryPattern.test(input.repository) && repositoryOnly(input.repository);
	return {
		name: checkName(input.name, 'assembly name'),
		...(projectFile ? {projectFile} : {}),
		restoreFiles: (input.restoreFiles ?? (projectFile ? [projectFile] : [])).map(file => checkPath(file, 'restore file')),
		...(input.frameworks && input.frameworks.length > 1 ? {frameworks: input.frameworks} : {}),
		...(input.singleFile ? {singleFile: true} : {}),
		...(input.repository && validRepository ? {repository: input.repository} : {}),
		...(input.repository && !validRepository ? {invalidRepository: input.repository} : {}),
		...(input.port === undefined ? {} : {port: checkPort(input.port, 'ContainerPort')}),
		...(input.secretNugetConfig === undefined ? {} : {secretNugetConfig: checkPath(input.secretNugetConfig, 'NuGet.config')}),
		...(input.otherSecretConfigs && input.otherSecretConfigs.length > 0 ? {otherSecretConfigs: input.otherSecretConfigs.map(file => checkPath(file, 'NuGet.config'))} : {}),
		...(input.version !== undefined && validVersion(input.version) ? {version: input.version} : {}),
		...(input.sourceUrl !== undefined && validSourceUrl(input.sourceUrl) ? {sourceUrl: input.sourceUrl} : {}),
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

/**
 * The image repository for the app: the project's ContainerRepository, else its name in the
 * distribution grammar (lower case, one separator between letters and digits, at most 128
 * characters). A ContainerRepository that is not a repository name is refused, naming `projectFile`
 * (the file as shown) and the fix: a push to another repository than the project names would surprise.
 */
export function imageNameOf(project: Project, projectFile = 'the project'): string {
	if (project.invalidRepository !== undefined) {
		const parsed = parseImageReference(project.invalidRepository);
		if (!('error' in parsed) && parsed.registry !== undefined && parsed.tag === undefined && parsed.digest === undefined) {
			throw new InputError(`${projectFile}: ContainerRepository ${shownValue(project.invalidRepository)} starts with a registry (${parsed.registry}), which the SDK takes as part of the repository name: set ContainerRegistry to it and ContainerRepository to ${parsed.repository}, or pass --image NAME.`);
		}
		throw new InputError(`${projectFile}: ContainerRepository ${shownValue(project.invalidRepository)} is not an image repository name (lower-case letters and digits, with . _ - or / between them): fix it in the project, or pass --image NAME.`);
	}
	if (project.repository) return project.repository;
	const name = project.name.toLowerCase()
		.replaceAll(/[^a-z0-9]+/g, separator => (/^(?:[._]|__|-+)$/.test(separator) ? separator : '-'))
		.slice(0, 128)
		.replace(/^[^a-z0-9]+/, '')
		.replace(/[^a-z0-9]+$/, '');
	return name !== '' && isImageReference(name) ? name : 'app';
}

/** Every NuGet.config with feed credentials in the context: none of them may reach a layer. */
export const secretConfigs = (project: Project): string[] => [...(project.secretNugetConfig ? [project.secretNugetConfig] : []), ...(project.otherSecretConfigs ?? [])];
