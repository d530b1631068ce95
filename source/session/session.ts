// What the two faces, the command line (cli/) and the guided session (ui/), share: answers →
// recommendation → planned files → build plan, and the outcome in words.
import {readInputFile} from '../read/input-file.js';
import path from 'node:path';
import process from 'node:process';
import {useReleasesIndex} from '../catalog/lifecycle.js';
import {configLayer, loadConfig, savedConfigName, type LoadedConfig} from '../config/config.js';
import {answerIds, type AnswerId} from '../engine/answers.js';
import {InputError, type AnswerLayer} from '../engine/resolve.js';
import {imageToBuild} from '../grammar/image-name.js';
import {detectProject, type Detection, type DetectOptions} from '../project/detect.js';
import {detectModes, type DetectMode} from '../project/evaluate.js';
import {locateProject, type Located} from '../project/locate.js';
import {defaultProject, imageNameOf, type Project} from '../project/project.js';
import {pinChoice, type PinChoice} from './pin-choice.js';

type Given = string | boolean | undefined;

/** What a session reads from the options it was opened with: the command line's flags, by name. */
export type SessionFlags = Partial<Record<AnswerId | 'today' | 'releases' | 'config' | 'project' | 'image' | 'detect' | 'context' | 'rollForward' | 'pin' | 'noPin', Given>>;

/** Everything known before any question: flags, config file and the project, as answer layers. */
export type Session = {
	today: string;
	cwd: string;
	layers: AnswerLayer[];
	located: Located;
	detection?: Detection;
	project: Project;
	contextDirectory: string;
	config?: LoadedConfig;
	imageName: string;
	/** Where the image name came from: --image, the config's "image", or the project. */
	imageSource: 'flag' | 'config' | 'project';
	notes: string[];
	/** How the project is read (--detect, --context), for a project picked later. */
	detectOptions?: DetectOptions;
	/** --roll-forward: the Dockerfile lets an app built for an older .NET run on the newer runtime. */
	rollForward?: boolean;
	/** Whether the base images are pinned by digest (--pin, --no-pin, the saved "pin"), and what said so. */
	pin?: PinChoice;
};

/** The detection with the person's --roll-forward on its project. */
function withRollForward(detection: Detection, rollForward: boolean | undefined): Detection {
	return rollForward ? {...detection, project: {...detection.project, rollForward: true}} : detection;
}

function todayFrom(flags: SessionFlags): string {
	if (typeof flags.today === 'string') {
		if (!/^\d{4}-\d\d-\d\d$/.test(flags.today) || Number.isNaN(Date.parse(flags.today))) {
			throw new InputError(`--today: "${flags.today}" is not a date like 2026-11-24.`);
		}
		return flags.today;
	}
	return new Date().toISOString().slice(0, 10);
}

// The releases index is about 40 KB today; a cap far above it keeps a pipe or a device from being read forever.
const releasesCap = 16 * 1024 * 1024;

async function loadReleases(file: string): Promise<void> {
	let index: unknown;
	try {
		index = JSON.parse(await readInputFile(file, {shownAs: `--releases: ${file}`, maxBytes: releasesCap}));
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(`--releases: cannot read ${file} as JSON (${(error as Error).message.split('\n')[0]}).`);
	}
	try {
		useReleasesIndex(index);
	} catch (error) {
		throw new InputError(`--releases: ${file} is ${(error as Error).message}.`);
	}
}

/** The answers given as options; each is named like its answer (--os answers os). */
export function flagLayer(flags: SessionFlags): AnswerLayer {
	const values: Partial<Record<AnswerId, string>> = {};
	for (const id of answerIds) {
		const value = flags[id];
		if (typeof value === 'string') values[id] = value;
	}
	return {source: 'flag', values, origin: id => `--${id}`};
}

function detectOptions(flags: SessionFlags): DetectOptions {
	const detect = typeof flags.detect === 'string' ? flags.detect.trim().toLowerCase() : 'auto';
	if (!detectModes.includes(detect as DetectMode)) throw new InputError(`--detect: "${String(flags.detect)}" is not a reader (accepted: msbuild, xml).`);
	return {detect: detect as DetectMode, ...(typeof flags.context === 'string' ? {context: flags.context} : {})};
}

/** What detection found that stops the run, else its notes. */
function detectionNotes(detection: Detection, layers: AnswerLayer[], shown: string): string[] {
	if (detection.refusal) throw new InputError(`${shown}: ${detection.refusal}`);
	const dotnetGiven = layers.some(layer => layer.source !== 'detected' && layer.values.dotnet);
	for (const problem of detection.problems) {
		if (!dotnetGiven) throw new InputError(`${shown}: ${problem} Pass --dotnet to generate files anyway.`);
	}
	return [...detection.problems, ...detection.notes];
}

/**
 * The image to build, validated as an OCI reference where it is read, so that the error names
 * its source: --image, the config file's "image" key, or the project's ContainerRepository.
 */
function imageFrom(flags: SessionFlags, config: LoadedConfig | undefined, project: Project, projectFile: string | undefined): {name: string; source: Session['imageSource']} {
	if (typeof flags.image === 'string') {
		imageToBuild(flags.image, '--image');
		return {name: flags.image, source: 'flag'};
	}
	if (config?.config.image !== undefined) {
		imageToBuild(config.config.image, `${path.relative(process.cwd(), config.file) || config.file} "image"`);
		return {name: config.config.image, source: 'config'};
	}
	return {name: imageNameOf(project, projectFile), source: 'project'};
}

/** What is being read while a session opens, in words a spinner can show. */
export type Reading = (what: string) => void;

/** How a project is read: MSBuild unless the XML reader is asked for. */
const readerWords = (options: DetectOptions) => (options.detect === 'xml' ? 'the XML reader' : 'MSBuild');

/**
 * Why saved answers found upwards do not apply here: they name another project than the one in
 * the current folder. Undefined when they apply (they name none, or this one, or the folder has none).
 */
async function savedForAnotherProject(config: LoadedConfig, cwd: string): Promise<string | undefined> {
	if (!config.config.project) return undefined;
	const saved = path.resolve(path.dirname(config.file), config.config.project);
	const here = await locateProject(cwd, undefined, '--project');
	if (here.kind !== 'found' || path.resolve(here.file) === saved) return undefined;
	const shown = (file: string) => path.relative(cwd, file) || file;
	return `${shown(config.file)} holds answers for ${shown(saved)}, not for ${shown(here.file)} in this folder: they are not used (--config uses them anyway).`;
}

/** `severalApps`: a run over several apps (--all, --apps) finds its apps itself (see apps.ts): the session reads no project. */
export async function openSession(flags: SessionFlags, cwd: string, opening: {severalApps?: boolean; reading?: Reading} = {}): Promise<Session> {
	const reading = opening.reading ?? (() => {});
	const today = todayFrom(flags);
	const options = detectOptions(flags);
	reading('looking for the .NET project');
	if (typeof flags.releases === 'string') await loadReleases(flags.releases);
	const found = await loadConfig(cwd, typeof flags.config === 'string' ? flags.config : undefined);
	const elsewhere = found && flags.project === undefined && flags.config === undefined ? await savedForAnotherProject(found, cwd) : undefined;
	// Saved answers found upwards for another project than the one in this folder: this folder's project wins.
	const config = elsewhere ? undefined : found;
	const projectArgument = typeof flags.project === 'string'
		? flags.project
		: config?.config.project ? path.resolve(path.dirname(config.file), config.config.project) : undefined;
	const named = typeof flags.project === 'string' || !config ? '--project' : `${path.relative(cwd, config.file) || config.file} "project"`;
	const located: Located = opening.severalApps ? {kind: 'none', folder: cwd} : await locateProject(cwd, projectArgument, named);
	const notes: string[] = [...(config?.warnings ?? []), ...(elsewhere ? [elsewhere] : [])];
	if (config) notes.push(`saved answers from ${path.relative(cwd, config.file) || config.file}.`);
	const layers = [flagLayer(flags), ...(config ? [configLayer(config)] : [])];
	let detection: Detection | undefined;
	if (located.kind === 'found') {
		if (located.note) notes.push(located.note);
		reading(`reading ${path.basename(located.file)} with ${readerWords(options)}`);
		detection = withRollForward(await detectProject(located.file, cwd, options), flags.rollForward === true);
		notes.push(...detectionNotes(detection, layers, path.relative(cwd, located.file)));
		layers.push(detection.layer);
	} else if (located.kind === 'none' && !opening.severalApps) {
		notes.push(`no .NET project in ${path.relative(cwd, located.folder) || 'this folder'} or the folders below it: the recommendation follows the answers alone.`);
	}
	const project = detection?.project ?? defaultProject;
	const image = imageFrom(flags, config, project, located.kind === 'found' ? path.relative(cwd, located.file) : undefined);
	return {
		today,
		cwd,
		layers,
		located,
		...(detection ? {detection} : {}),
		project,
		contextDirectory: detection?.contextDirectory ?? (located.kind === 'none' ? located.folder : cwd),
		...(config ? {config} : {}),
		imageName: image.name,
		imageSource: image.source,
		notes,
		detectOptions: options,
		...(flags.rollForward === true ? {rollForward: true} : {}),
		pin: pinChoice(flags, config, cwd),
	};
}

/** Re-opens the session for a project picked from a list (the wizard's first question). */
export async function withProject(session: Session, file: string, reading: Reading = () => {}): Promise<Session> {
	reading(`reading ${path.basename(file)} with ${readerWords(session.detectOptions ?? {detect: 'auto'})}`);
	const detection = withRollForward(await detectProject(file, session.cwd, session.detectOptions), session.rollForward);
	const notes = detectionNotes(detection, session.layers, path.relative(session.cwd, file));
	return {
		...session,
		notes: [...session.notes, ...notes],
		located: {kind: 'found', file},
		detection,
		layers: [...session.layers.filter(layer => layer.source !== 'detected'), detection.layer],
		project: detection.project,
		contextDirectory: detection.contextDirectory,
		...(session.imageSource === 'project' ? {imageName: imageNameOf(detection.project, path.relative(session.cwd, file))} : {}),
	};
}

/** Where saved answers go: the file they were read from, else beside the files written (the folder the confirmation names). */
export function configTarget(session: Session, directory = session.cwd): string {
	return session.config?.file ?? path.join(directory, savedConfigName);
}

/**
 * Starts opening the session now, while the screens load; the wizard listens later and hears
 * what is being read from then on, the latest first.
 */
export function openingSession(flags: SessionFlags, cwd: string): (reading: Reading) => Promise<Session> {
	let latest: string | undefined;
	let listener: Reading | undefined;
	const opened = openSession(flags, cwd, {reading: what => {
		latest = what;
		listener?.(what);
	}});
	// Awaited once the wizard is drawn: a failure before then is not an unhandled one.
	opened.catch(() => {});
	return reading => {
		listener = reading;
		if (latest !== undefined) reading(latest);
		return opened;
	};
}
