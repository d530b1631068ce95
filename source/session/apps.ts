// Several apps in one run: every runnable app of a solution, folder or Aspire app host, each with
// its own answers (detected per app; flags and saved answers shared), recommendation and files.
import path from 'node:path';
import {answerIds, type AnswerId, type Answers} from '../engine/answers.js';
import {recommend, type Recommendation} from '../engine/recommend.js';
import {refusalText} from '../engine/refusals.js';
import {InputError, resolveAnswers, type AnswerLayer, type Provenance} from '../engine/resolve.js';
import {shownValue} from '../grammar/shown-text.js';
import {repositoryRoot} from '../project/build-context.js';
import {shownList} from '../grammar/shown-list.js';
import {locateApps, type AppList} from '../project/locate.js';
import {isSolution} from '../project/project-files.js';
import {withProjectWarnings} from '../project/project-warnings.js';
import {exposedPort, imageNameOf} from '../project/project.js';
import {fileNames, type FileKind} from '../render/files.js';
import {botKinds, fileKinds, type BotKind} from '../render/file-kinds.js';
import {botFileNames, updateBotFiles} from '../render/update-bots.js';
import {ciPlacement} from './ci-placement.js';
import {isPinned} from './pinning.js';
import {filePlaces, placeFiles, type PlacedFile} from './file-places.js';
import {describesEveryApp, sharedFiles, sharedKinds} from './shared-files.js';
import type {Output, PlannedFile} from './planned-files.js';
import {withProject, type Session} from './session.js';
import {readdir} from 'node:fs/promises';

/**
 * One app of a multi-app run, as the renderers, the runner and a compose file need it: the project,
 * its recommendation, where its Dockerfile goes, the context it builds from, its image and port.
 */
export type AppPlan = {
	/** The project file, absolute. */
	project: string;
	/** The assembly name (the entrypoint). */
	name: string;
	/** The app's own session: its detection, answers, build context and image name. */
	session: Session;
	recommendation: Recommendation;
	provenance: Provenance;
	/** Where the app's Dockerfile goes: its own folder, absolute. */
	dockerfile: string;
	/** The build context, absolute: its Dockerfile is built from there with --file. */
	context: string;
	/** The image name (the project's ContainerRepository, else its name in lower case). */
	image: string;
	/** The port the app listens on, where it has one (web apps: the project's, else 8080). */
	port?: number;
};

/** Which apps a run takes: all of them (--all), or those named (--apps A,B). */
export type AppSelection = {all: true} | {names: string[]};

/**
 * Where a whole-repository run starts when no --project names one: the nearest solution in this
 * folder or above it, up to the repository root; else the repository root; else this folder.
 * So `--all` in an app's folder means the apps of its solution.
 */
async function wholeRepository(cwd: string): Promise<string | undefined> {
	const root = await repositoryRoot(cwd);
	let folder = cwd;
	for (;;) {
		const solutions = (await readdir(folder).catch(() => [] as string[])).filter(name => isSolution(name) && !name.endsWith('.slnf')).sort();
		if (solutions.length > 0) return path.join(folder, solutions[0]!);
		if (!root || folder === root) break;
		const parent = path.dirname(folder);
		if (parent === folder) break;
		folder = parent;
	}
	return root;
}

/** The apps a selection names, in the list's order; a name that matches none is an error listing the apps. */
function selected(list: AppList, selection: AppSelection, cwd: string): string[] {
	if ('all' in selection) return list.apps;
	const nameOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '').toLowerCase();
	const unknown = selection.names.filter(name => !list.apps.some(file => nameOf(file) === name.toLowerCase() || path.relative(cwd, file) === name));
	if (unknown.length > 0) {
		throw new InputError(`--apps: ${unknown.map(name => shownValue(name)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among the apps (${shownList(list.apps.map(file => path.basename(file).replace(/\.[^.]+$/, '')), 12)}).`);
	}
	return list.apps.filter(file => selection.names.some(name => nameOf(file) === name.toLowerCase() || path.relative(cwd, file) === name));
}

/** The apps to containerise and what was left out, each app with its own session (detected, with the shared layers). */
export async function openApps(session: Session, selection: AppSelection, projectArgument: string | undefined): Promise<{apps: Session[]; skipped: string[]; notes: string[]}> {
	const start = projectArgument ?? await wholeRepository(session.cwd);
	const list = await locateApps(session.cwd, start === undefined ? undefined : path.relative(session.cwd, start) || '.', projectArgument === undefined ? 'the repository' : '--project');
	if (list.apps.length === 0) {
		const why = list.skipped.length > 0 ? `: ${shownList(list.skipped, 4)}` : '';
		throw new InputError(`no app to containerise in ${path.relative(session.cwd, start ?? session.cwd) || 'this folder'}${why}.`);
	}
	const files = selected(list, selection, session.cwd);
	const apps: Session[] = [];
	for (const file of files) apps.push(await withProject(session, file));
	return {apps, skipped: list.skipped, notes: list.notes};
}

/** One app's recommendation, from its own answer layers; a refusal names the app. */
export function planApp(app: Session, options: {yes: boolean}): AppPlan {
	if (app.located.kind !== 'found') throw new Error('an app session has its project');
	const shown = path.relative(app.cwd, app.located.file);
	const {answers, provenance, missing} = resolveAnswers(app.layers, app.today);
	if (!options.yes && missing.length > 0) throw new InputError(`${shown}: missing answers (${missing.join(', ')}): pass them, or --yes to take detected and default answers.`);
	const outcome = withProjectWarnings(recommend(answers, app.today), app.detection);
	if (!outcome.ok) throw new InputError(`${shown}: ${refusalText(outcome.refusal)}`);
	return appPlanOf(app, outcome.recommendation, provenance);
}

/** An app's plan once its recommendation is known: where its Dockerfile goes, its context, image and port. */
export function appPlanOf(app: Session, recommendation: Recommendation, provenance: Provenance): AppPlan {
	if (app.located.kind !== 'found') throw new Error('an app session has its project');
	const port = exposedPort(app.project, recommendation.answers.app);
	return {
		project: app.located.file,
		name: app.project.name,
		session: app,
		recommendation,
		provenance,
		dockerfile: path.join(filePlaces(app).app, fileNames.dockerfile),
		context: app.contextDirectory,
		image: app.imageName,
		...(port === undefined ? {} : {port}),
	};
}

/**
 * Every app's files in their places, checked to never collide: one .dockerignore per context
 * (apps that share a context share it), never two apps' files at one path. zerops.yml describes
 * one app at the context: in a run over several apps it is left out with a note, or refused when
 * asked for by name.
 */
export function placeAppFiles(plans: AppPlan[], request: {kinds: FileKind[]; explicit: boolean; bots?: BotKind[]}, mirror: (recommendation: Recommendation) => Recommendation = recommendation => recommendation): {files: AppFile[]; notes: string[]} {
	const several = plans.length > 1;
	if (several && request.explicit && request.kinds.includes('zerops')) throw new InputError(`--output zerops: a zerops.yml describes one app at its build context; with ${plans.length} apps, run once per app with --project.`);
	const kinds = several ? request.kinds.filter(kind => kind !== 'zerops') : request.kinds;
	const notes = several && kinds.length < request.kinds.length ? [`zerops.yml is left out: it describes one app at its build context, and this run has ${plans.length} (run once per app with --project for one)`] : [];
	const byPath = new Map<string, AppFile>();
	for (const plan of plans) {
		const placed = placeFiles(mirror(plan.recommendation), plan.session, filePlaces(plan.session), {kinds, explicit: request.explicit});
		notes.push(...placed.notes.map(note => `${plan.name}: ${note}`));
		for (const file of placed.files.filter(file => !several || !sharedKinds.includes(file.kind as FileKind))) {
			const target = path.join(file.directory, file.name);
			const there = byPath.get(target);
			if (there && file.kind === 'dockerignore') continue;
			if (there) throw new InputError(`${path.relative(plan.session.cwd, target)} would hold the ${file.name} of two apps (${path.basename(there.app.project)} and ${path.basename(plan.project)}), which share a folder: run them one at a time with --project and --write DIR.`);
			byPath.set(target, {...file, app: plan});
		}
	}
	// compose.yaml and the CI workflows describe every app in one file.
	if (several) {
		for (const file of sharedFiles(plans, kinds, mirror)) {
			const target = path.join(file.directory, file.name);
			if (byPath.has(target)) throw new InputError(`${path.relative(file.app.session.cwd, target)} would be written twice: run the apps one at a time with --project.`);
			byPath.set(target, file);
		}
	}
	// The update bots (only for pinned apps): one file at the repository root for every app's Dockerfile.
	const [first] = plans;
	if (first && request.bots && request.bots.length > 0) {
		const {root} = ciPlacement(first.session, path.dirname(first.dockerfile));
		const pinned = plans.every(plan => isPinned(plan.recommendation));
		for (const bot of updateBotFiles(request.bots, {root, directories: plans.map(plan => path.dirname(plan.dockerfile)), pinned})) {
			const target = path.join(root, botFileNames[bot.kind]);
			if (byPath.has(target)) throw new InputError(`${path.relative(first.session.cwd, target)} would be written twice: run the apps one at a time with --project.`);
			byPath.set(target, {kind: bot.kind, directory: root, name: botFileNames[bot.kind], content: bot.content, notes: [], app: first});
		}
	}
	return {files: [...byPath.values()], notes};
}

/** A file of a several-app run: an app's own, its context's .dockerignore, or one for every app (compose.yaml, CI, the update bots). */
export type AppFile = Omit<PlacedFile, 'kind'> & {kind: FileKind | BotKind; app: AppPlan};

/**
 * The answers a guided session gives every app: those from a flag or chosen here, as flags are on
 * the command line. An answer left as detected, saved or defaulted is each app's own.
 */
export function chosenLayer(answers: Answers, provenance: Provenance): AnswerLayer {
	const text = (id: AnswerId) => {
		const value = answers[id];
		return Array.isArray(value) ? value.join(',') : String(value);
	};
	return {source: 'flag', values: Object.fromEntries(answerIds.filter(id => provenance[id]?.source === 'flag').map(id => [id, text(id)]))};
}

/**
 * The apps a guided session ticked, planned as `--apps A,B` with the chosen answers as flags
 * plans them: the first as the summary showed it, each other from its own project with the
 * answers chosen once. An app the answers cannot work for is left out, with why. One image name
 * (--image, a saved "image") cannot name several apps: each gets its project's, with a note.
 */
export function guidedAppPlans(first: {session: Session; recommendation: Recommendation}, others: Session[], answers: Answers, provenance: Provenance): {plans: AppPlan[]; refused: string[]; notes: string[]} {
	const chosen = chosenLayer(answers, provenance);
	const named = others.length > 0 && first.session.imageSource !== 'project';
	const own = (app: Session): Session => (named && app.located.kind === 'found' ? {...app, imageName: imageNameOf(app.project, path.relative(app.cwd, app.located.file)), imageSource: 'project'} : app);
	const notes = named ? [`${first.session.imageSource === 'flag' ? '--image' : 'the saved "image"'} names one image; with ${others.length + 1} apps each gets its own, from its project (ContainerRepository, else its name)`] : [];
	const refused: string[] = [];
	const plans: AppPlan[] = [];
	for (const [index, app] of [first.session, ...others].entries()) {
		try {
			plans.push(index === 0 ? appPlanOf(own(app), first.recommendation, provenance) : planApp(own({...app, layers: [chosen, ...app.layers]}), {yes: true}));
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			refused.push(`${error.message} It gets no files.`);
		}
	}
	return {plans, refused, notes};
}

/**
 * The files of the apps a guided session ticked: exactly those `--apps A,B --write` writes (see
 * placeAppFiles: each app's Dockerfile in its folder, one .dockerignore per context, one
 * compose.yaml and CI workflow for every app), each with the app it belongs to. zerops.yml and
 * the saved answers describe one app: left out, with a note, when there are several.
 */
export function guidedAppFiles(plans: AppPlan[], outputs: Output[]): {files: Array<PlannedFile & {kind: FileKind | BotKind; app: AppPlan}>; notes: string[]} {
	const kinds = outputs.filter((output): output is FileKind => (fileKinds as readonly string[]).includes(output));
	// The update-bot files keep pinned digests current: only when every app was pinned (see pinning.ts).
	const bots = plans.every(plan => isPinned(plan.recommendation)) ? outputs.filter((output): output is BotKind => (botKinds as readonly string[]).includes(output)) : [];
	const {files, notes} = placeAppFiles(plans, {kinds, explicit: false, bots});
	if (plans.length > 1 && outputs.includes('config')) notes.push(`the saved answers are left out: they keep one app's answers, and this run has ${plans.length} (choose one app for them)`);
	return {files: files.map(({kind, directory, name, content, contentAs, merge, app}) => ({kind, directory, name, content, ...(contentAs ? {contentAs} : {}), ...(merge ? {merge} : {}), app})), notes};
}

/** Whose a file of a several-app run is, in a few words: an app's name, every app's, or the build context's. */
export function fileOwner(file: {kind: FileKind | BotKind; app: AppPlan}, several: boolean): string {
	if (file.kind === 'dockerignore') return 'the build context\'s';
	if (several && describesEveryApp(file.kind)) return 'every app';
	return file.app.name;
}
