// The I/O edge of doctor: which Dockerfiles to check, their .dockerignore, secrets in the build
// context, the project (read by the project layer, which runs none of the project's targets) and
// the engine's version. Everything the rules read is gathered here, once.
import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {architectures as knownArchitectures} from '../catalog/catalog.js';
import type {Architecture} from '../catalog/types.js';
import {InputError} from '../engine/resolve.js';
import {parseDockerfile, type ParsedDockerfile} from '../dockerfile/dockerfile.js';
import {detectProject} from '../project/detect.js';
import type {DetectMode} from '../project/evaluate.js';
import {locateProject} from '../project/locate.js';
import {readInputFile} from '../read/input-file.js';
import type {DockerignoreFacts, DoctorInput, ProjectFacts} from './finding.js';

/** A Dockerfile or .dockerignore is a few KiB; 1 MiB is far past any real one. */
const maxBytes = 1024 * 1024;

export type DoctorOptions = {
	cwd: string;
	/** --project: the project to judge the Dockerfiles against. */
	project?: string;
	detect?: DetectMode;
	/** --arch, as given. */
	arch?: Architecture[];
	engine?: {name: string; version: string; copyLink: boolean};
	today: string;
};

export type Checked = {input: DoctorInput; path: string; text: string; notes: string[]};

const isDockerfileName = (name: string) => /^(?:Dockerfile|Containerfile)(?:\..+)?$/.test(name) || /\.(?:Dockerfile|dockerfile)$/.test(name);

async function kindOf(target: string): Promise<'file' | 'folder' | 'missing'> {
	try {
		return (await stat(target)).isDirectory() ? 'folder' : 'file';
	} catch {
		return 'missing';
	}
}

async function dockerfilesIn(folder: string): Promise<string[]> {
	const entries = await readdir(folder, {withFileTypes: true});
	return entries.filter(entry => entry.isFile() && isDockerfileName(entry.name)).map(entry => path.join(folder, entry.name)).sort();
}

/** The Dockerfiles the command line names: files, the Dockerfiles of folders, or those of the project's folder. */
export async function dockerfilesToCheck(paths: string[], options: DoctorOptions): Promise<string[]> {
	const shown = (target: string) => path.relative(options.cwd, target) || '.';
	if (paths.length === 0) {
		const located = await locateProject(options.cwd, options.project);
		const folders = located.kind === 'found' ? [...new Set([path.dirname(located.file), options.cwd])] : [options.cwd];
		for (const folder of folders) {
			const found = await dockerfilesIn(folder);
			if (found.length > 0) return found;
		}
		throw new InputError(`no Dockerfile in ${folders.map(shown).join(' or ')}: pass one (doctor path/to/Dockerfile), or run dotnet-image-wizard without doctor to generate one.`);
	}
	const files: string[] = [];
	for (const given of paths) {
		const target = path.resolve(options.cwd, given);
		const kind = await kindOf(target);
		if (kind === 'missing') throw new InputError(`${given}: no such file or folder.`);
		if (kind === 'file') files.push(target);
		else {
			const found = await dockerfilesIn(target);
			if (found.length === 0) throw new InputError(`${given}: no Dockerfile in this folder.`);
			files.push(...found);
		}
	}
	return [...new Set(files)];
}

async function readIfThere(file: string, shownAs: string): Promise<string | undefined> {
	if ((await kindOf(file)) !== 'file') return undefined;
	return readInputFile(file, {shownAs, maxBytes});
}

/** BuildKit reads <Dockerfile>.dockerignore first, then the context's .dockerignore. */
async function dockerignoreFor(dockerfile: string, context: string, shown: (file: string) => string): Promise<DockerignoreFacts> {
	for (const candidate of [`${dockerfile}.dockerignore`, path.join(context, '.dockerignore')]) {
		const text = await readIfThere(candidate, shown(candidate));
		if (text !== undefined) return {file: shown(candidate), patterns: text.split(/\r?\n/)};
	}
	return {missing: true, file: shown(path.join(context, '.dockerignore'))};
}

const skippedFolders = new Set(['.git', 'bin', 'obj', 'node_modules', '.vs', '.idea']);

/** Secrets lying in the build context (bounded walk): .env files, NuGet.config with credentials, certificates with keys. */
async function secretsIn(context: string): Promise<Array<{path: string; why: string}>> {
	const found: Array<{path: string; why: string}> = [];
	let seen = 0;
	const walk = async (folder: string, depth: number): Promise<void> => {
		if (depth > 5 || seen > 5000) return;
		let entries;
		try {
			entries = await readdir(folder, {withFileTypes: true});
		} catch {
			return;
		}
		for (const entry of entries) {
			seen++;
			const full = path.join(folder, entry.name);
			const relative = path.relative(context, full).split(path.sep).join('/');
			if (entry.isDirectory() && !skippedFolders.has(entry.name)) await walk(full, depth + 1);
			if (!entry.isFile()) continue;
			if (entry.name === '.env' || (/^\.env\./.test(entry.name) && !/\.(?:example|sample|template)$/.test(entry.name))) found.push({path: relative, why: 'environment secrets'});
			else if (/\.pfx$|\.p12$/i.test(entry.name)) found.push({path: relative, why: 'a certificate with its private key'});
			else if (entry.name.toLowerCase() === 'nuget.config') {
				const text = await readInputFile(full, {shownAs: relative, maxBytes}).catch(() => '');
				if (/<packageSourceCredentials>\s*<[^/]/i.test(text)) found.push({path: relative, why: 'a NuGet.config with packageSourceCredentials'});
			}
		}
	};
	await walk(context, 0);
	return found;
}

/** What the project says, read without running its targets; undefined when there is no one project. */
async function projectFacts(folder: string, options: DoctorOptions, notes: string[]): Promise<ProjectFacts | undefined> {
	const shown = (file: string) => path.relative(options.cwd, file) || path.basename(file);
	const located = await locateProject(options.project ? options.cwd : folder, options.project);
	if (located.kind === 'none') return undefined;
	if (located.kind === 'choose') {
		notes.push(`${located.reason}: the Dockerfile is checked without a project (pass --project to judge it against one).`);
		return undefined;
	}
	try {
		const detection = await detectProject(located.file, options.cwd, {...(options.detect ? {detect: options.detect} : {})});
		return {
			file: shown(located.file),
			evaluator: detection.evaluator,
			answers: detection.layer.values as ProjectFacts['answers'],
			frameworks: detection.frameworks,
			notes: detection.notes,
		};
	} catch (error) {
		notes.push(`${shown(located.file)} could not be read (${(error as Error).message.split('\n')[0]}): the Dockerfile is checked without it.`);
		return undefined;
	}
}

const usesTargetPlatform = (dockerfile: ParsedDockerfile) => /\$\{?(?:TARGETARCH|TARGETPLATFORM|BUILDPLATFORM)\b/.test(dockerfile.ast.getInstructions().map(instruction => instruction.getRawArgumentsContent() ?? '').join('\n'));

function platformsOf(dockerfile: ParsedDockerfile, project: ProjectFacts | undefined, options: DoctorOptions): Pick<DoctorInput, 'architectures' | 'architecturesFrom'> {
	if (options.arch) return {architectures: options.arch, architecturesFrom: 'flag'};
	const fromProject = project?.answers.arch?.split(',').filter((architecture): architecture is Architecture => knownArchitectures.includes(architecture as Architecture));
	if (fromProject && fromProject.length > 0) return {architectures: fromProject, architecturesFrom: 'project'};
	// A Dockerfile written with $TARGETARCH is written for several platforms.
	if (usesTargetPlatform(dockerfile)) return {architectures: ['amd64', 'arm64'], architecturesFrom: 'dockerfile'};
	return {architectures: ['amd64'], architecturesFrom: 'unknown'};
}

/** Reads one Dockerfile and everything around it the rules need. */
export async function gatherInput(file: string, options: DoctorOptions): Promise<Checked> {
	const shown = (target: string) => path.relative(options.cwd, target) || path.basename(target);
	const text = await readInputFile(file, {shownAs: shown(file), maxBytes});
	const dockerfile = parseDockerfile(text);
	if (dockerfile.stages.length === 0) throw new InputError(`${shown(file)} has no FROM instruction: it is not a Dockerfile.`);
	const notes: string[] = [];
	// The context is the Dockerfile's folder, as `docker build .` next to it.
	const context = path.dirname(file);
	const project = await projectFacts(context, options, notes);
	return {
		path: file,
		text,
		notes: [...notes, ...(project?.notes ?? [])],
		input: {
			file: shown(file),
			dockerfile,
			dockerignore: await dockerignoreFor(file, context, shown),
			secrets: await secretsIn(context),
			...(project ? {project} : {}),
			...platformsOf(dockerfile, project, options),
			...(options.engine ? {engine: options.engine} : {}),
			today: options.today,
		},
	};
}
