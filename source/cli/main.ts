import path from 'node:path';
import process from 'node:process';
import type {AnswerId, Answers} from '../engine/answers.js';
import {recommend, type Recommendation} from '../engine/recommend.js';
import {refusalText} from '../engine/refusals.js';
import {InputError, resolveAnswers, type Provenance} from '../engine/resolve.js';
import {placeholderNote, shownBuildxLine} from '../render/build-command.js';
import type {GeneratedFile} from '../render/files.js';
import {recommendationJson} from '../render/json.js';
import {renderSummary} from '../render/summary.js';
import {withProjectWarnings} from '../project/project-warnings.js';
import type {Verification} from '../catalog/verify.js';
import {pinRecommendation} from '../engine/pin.js';
import {parseBaseRegistry, withBaseRegistry} from '../runner/base-registry.js';
import {buildableOutcome} from '../session/multi-target.js';
import {pinChoiceJson} from '../session/pin-choice.js';
import {configTarget, openingSession, openSession, type Session} from '../session/session.js';
import {drawFirstFrame} from '../ui/first-frame.js';
import {loadUiLibraries} from '../ui/ui-libraries.js';
import {shownList} from '../grammar/shown-list.js';
import {shownText} from '../grammar/shown-text.js';
import {shellWord} from '../grammar/posix-shell.js';
import {parseEngine} from '../runner/engines/engine.js';
import {parseCiJobs} from '../render/ci-apps.js';
import {appSelection} from './app-selection.js';
import {inCi, noWizard} from './wizard-start.js';
import {openCatalog} from './catalog.js';
import {withWriters} from './terminal-writers.js';
import {answerFlags, kebab, type Flags} from './flags.js';

export type Terminal = {
	stdinIsTTY: boolean;
	stdoutIsTTY: boolean;
	cwd: string;
	write: (text: string) => void;
	error: (text: string) => void;
};

const flagFor = (id: AnswerId) => `--${kebab(answerFlags.find(flag => flag.answer === id)!.name)}`;

/**
 * An error as one line a person reads, never a stack trace, control characters escaped: ours
 * whole (a newline in a value it quotes shows as \n), another's (a tool, a library) its first line.
 */
export function errorLine(error: unknown): string {
	const message = error instanceof Error ? error.message || String(error) : String(error);
	const first = error instanceof InputError ? message : message.split('\n').find(line => line.trim() !== '') ?? message;
	return `dotnet-image-wizard: ${shownText(first, {limit: 1000})}`;
}

/**
 * The terminal as this run uses it: stderr, and stdout when it holds text for a person (not
 * --json, not --output's files), shows control characters escaped, whatever reached the text.
 */
function guarded(terminal: Terminal, flags: Flags): Terminal {
	const machine = Boolean(flags.json) || typeof flags.output === 'string';
	const escaped = (text: string) => shownText(text, {lines: true, limit: Number.POSITIVE_INFINITY});
	return withWriters(terminal, {error: text => terminal.error(escaped(text)), write: machine ? terminal.write : text => terminal.write(escaped(text))});
}

/** Runs one invocation; returns the exit code. Never throws. */
export async function main(flags: Flags, terminal: Terminal): Promise<number> {
	// A promise that fails outside the awaited chain still ends the run with one line.
	const stray = (error: unknown) => {
		terminal.error(errorLine(error));
		process.exit(error instanceof InputError ? 2 : 1);
	};
	process.on('unhandledRejection', stray);
	try {
		return await run(flags, guarded(terminal, flags));
	} catch (error) {
		terminal.error(errorLine(error));
		return error instanceof InputError ? 2 : 1;
	} finally {
		process.off('unhandledRejection', stray);
	}
}

function wantsWizard(flags: Flags, terminal: Terminal, session: Session, missing: AnswerId[]): boolean {
	if (noWizard(flags, terminal)) return false;
	const given = session.layers.find(layer => layer.source === 'flag')!.values;
	return Object.keys(given).length < answerFlags.length || missing.length > 0 || session.located.kind === 'choose';
}

/**
 * Whether the guided session starts before the project is read: a terminal, no flag that asks
 * for a script's run (the same rule as wantsWizard's), and an answer not given as a flag. Its
 * first frame is then drawn at once, while the project is read.
 */
export function wizardFirst(flags: Flags, terminal: Pick<Terminal, 'stdinIsTTY' | 'stdoutIsTTY'>, env: NodeJS.ProcessEnv = process.env): boolean {
	if (noWizard(flags, terminal, env)) return false;
	return answerFlags.some(flag => flags[flag.name as keyof Flags] === undefined);
}

async function run(flags: Flags, terminal: Terminal): Promise<number> {
	const ended = await openCatalog(flags, terminal);
	if (ended !== undefined) return ended;
	const selection = appSelection(flags);
	if (!selection && wizardFirst(flags, terminal)) {
		// Drawn at once; the project is read while Ink and the screens load.
		const erase = drawFirstFrame(flags);
		const open = openingSession(flags, terminal.cwd);
		await loadUiLibraries();
		const {runWizard} = await import('../ui/run-wizard.js');
		return runWizard(open, flags, erase);
	}
	const session = await openSession(flags, terminal.cwd, selection ? {severalApps: true} : {});
	if (selection) {
		const {runApps} = await import('./apps.js');
		return runApps(flags, terminal, session, selection);
	}
	const {answers, provenance, missing} = resolveAnswers(session.layers, session.today);

	if (wantsWizard(flags, terminal, session, missing)) {
		await loadUiLibraries();
		const {runWizard} = await import('../ui/run-wizard.js');
		return runWizard(session, flags);
	}
	if (session.located.kind === 'choose') {
		const choices = session.located.candidates.map(file => path.relative(terminal.cwd, file));
		const skipped = session.located.skipped ? ` Left out: ${shownList(session.located.skipped, 4)}.` : '';
		throw new InputError(`${session.located.reason}: pass --project with one of ${shownList(choices, 8)}, or --all for every app (--apps A,B for some).${skipped}`);
	}
	if (session.located.kind === 'none' && (typeof flags.output === 'string' || typeof flags.write === 'string' || flags.build || flags.dryRun)) {
		throw new InputError(`no .NET project in ${path.relative(terminal.cwd, session.located.folder) || 'this folder'} or the folders below it, and the files need one: run in the app's folder or pass --project.`);
	}
	if (!flags.yes && missing.length > 0) {
		const why = !terminal.stdinIsTTY ? 'Stdin is not a terminal, so there is no wizard' : inCi() ? 'CI is set, so there is no wizard' : `With --${flags.json ? 'json' : flags.pin ? 'pin' : 'verify'} there are no prompts`;
		throw new InputError(`missing answers: ${missing.map(flagFor).join(', ')}. ${why}: pass them, or --yes to take detected and default answers.`);
	}

	// A saved "pin" pins as --pin does (--no-pin leaves it for one run); it needs the registry --offline rules out.
	const pinned = session.pin?.pinned === true;
	if (pinned && flags.offline) throw new InputError(`--offline uses no network: it cannot pin the base images as ${session.pin!.note} says; add --no-pin to leave them as tags this run.`);

	const outcome = buildableOutcome(withProjectWarnings(recommend(answers, session.today), session.detection), session.project, session.today);
	if (!outcome.ok) throw new InputError(refusalText(outcome.refusal));
	for (const note of session.notes) terminal.error(`note: ${note}`);
	// Pinning asks the registry first (as --verify does): the files then name the digests it serves.
	let verification: Verification | undefined;
	if (flags.verify || pinned) {
		const [verified, {verifyRecommendation}] = await Promise.all([import('./verify.js'), import('../session/verify-recommendation.js')]);
		verification = await verifyRecommendation(outcome.recommendation, verified.registryOf(flags));
		for (const problem of verification.problems) terminal.error(`dotnet-image-wizard: ${problem}`);
		if (verification.problems.length > 0) {
			if (flags.json) terminal.write(`${JSON.stringify({...recommendationJson(outcome.recommendation, provenance, undefined, verification), ...pinJson(session)}, null, 2)}\n`);
			return 1;
		}
		if (!flags.json) for (const line of verified.verificationLines(verification)) terminal.error(line);
	}

	const recommendation = pinned && verification ? pinRecommendation(outcome.recommendation, verification) : outcome.recommendation;
	// Everything is checked before anything is written or saved: the files render, the build plans.
	const building = Boolean(flags.build || flags.dryRun);
	const prepared = await prepareFiles(recommendation, session, flags);
	const askedForBuild = building || buildFlags.some(name => flags[name] !== undefined);
	const {checkBuild, buildFromCommandLine} = askedForBuild ? await import('./build.js') : {checkBuild: undefined, buildFromCommandLine: undefined};
	const choice = checkBuild ? await checkBuild(recommendation, session, flags, {building, ...(prepared.writing && prepared.dockerfile ? {writtenDockerfile: prepared.dockerfile} : {})}) : undefined;

	// --explain and --json say how each platform builds on the engine and builder chosen.
	const planning = flags.explain || flags.json ? await import('../session/platform-plan.js') : undefined;
	const platformPlan = planning ? await planning.platformPlanFor(recommendation, choice ?? {engine: typeof flags.engine === 'string' ? parseEngine(flags.engine) : 'docker'}) : undefined;
	const buildPlan = planning && platformPlan ? {buildPlan: planning.platformPlanJson(platformPlan)} : {};
	const planText = planning && platformPlan && flags.explain ? [planning.platformPlanTitle(platformPlan), ...planning.platformPlanLines(platformPlan).map(line => `  ${line}`), ...(platformPlan.refusal ? [`  ${platformPlan.refusal}`] : [])].join('\n') : undefined;

	const savedConfig = flags.save ? await plannedConfig(session, answers, flags) : undefined;
	// Saved answers go in the same all-or-nothing write as the files; alone when no files are written.
	if (savedConfig && !prepared.writing) await writeSavedConfig(savedConfig, flags, terminal);
	if (building && !prepared.writing && !prepared.request && !flags.json) return buildFromCommandLine!(recommendation, session, flags, terminal, undefined, choice);
	const {code, writtenDockerfile} = await deliver(recommendation, provenance, session, flags, terminal, {...prepared, ...(prepared.writing && savedConfig ? {savedConfig} : {}), buildPlan, ...(planText ? {planText} : {})}, verification);
	if (code !== 0 || !building) return code;
	return buildFromCommandLine!(recommendation, session, flags, terminal, writtenDockerfile, choice);
}

/** Flags that only matter to a build: given without --build, they are still checked. */
const buildFlags = ['push', 'oci', 'engine', 'builder', 'baseRegistry', 'insecure'] as const satisfies ReadonlyArray<keyof Flags>;

type SavedConfig = {path: string; content: string};

/** The saved-answers file --save would write, or nothing when it already holds these answers. */
async function plannedConfig(session: Session, answers: Answers, flags: Flags): Promise<SavedConfig | undefined> {
	const file = configTarget(session);
	const projectFile = session.located.kind === 'found' ? path.relative(path.dirname(file), session.located.file).split(path.sep).join('/') : undefined;
	const {renderConfig} = await import('../config/render-config.js');
	// "pin" is saved as this run pinned: --pin adds it, --no-pin drops it, neither keeps what was saved.
	const content = renderConfig(answers, {...(projectFile ? {project: projectFile} : {}), ...(typeof flags.image === 'string' ? {image: flags.image} : {}), ...(session.pin?.pinned ? {pin: true} : {})}, file);
	const {readInputFile, inputCaps} = await import('../read/input-file.js');
	// A config that cannot be read as one (a folder, a pipe) is not "unchanged": the write says what is in the way.
	const current = await readInputFile(file, {shownAs: file, maxBytes: inputCaps.config}).catch(() => undefined);
	return current === content ? undefined : {path: file, content};
}

async function writeSavedConfig(config: SavedConfig, flags: Flags, terminal: Terminal): Promise<void> {
	const {writeFileSet} = await import('../write/write-files.js');
	await writeFileSet([config], {force: Boolean(flags.force), onNote: line => terminal.error(`note: ${line}`)});
	terminal.error(`saved answers to ${path.relative(terminal.cwd, config.path) || config.path}`);
}

/** A path as a build command names it from `from`: relative, unless climbing out is longer than the absolute path. */
function shownPath(from: string, target: string): string {
	const relative = path.relative(from, target).split(path.sep).join('/') || '.';
	return relative.startsWith('..') && relative.length > target.length ? target : relative;
}

type Prepared = {
	writing: boolean; directory: string; request?: ReturnType<typeof import('../render/files.js').parseFileKinds>; files: Array<GeneratedFile & {directory?: string; merge?: (current: string) => string}>; notes: string[]; savedConfig?: SavedConfig; dockerfile?: string;
	/** With --json: {buildPlan}, how each platform builds. */
	buildPlan?: Record<string, unknown>;
	/** With --explain: the per-platform build plan as text. */
	planText?: string;
};

/** The files the flags ask for, rendered (and so checked) before anything is written: where they go, their content, their notes. */
async function prepareFiles(recommendation: Recommendation, session: Session, flags: Flags): Promise<Prepared> {
	const writing = typeof flags.write === 'string';
	// The renderers (and yaml) load only when files are asked for.
	const rendering = typeof flags.output === 'string' || writing ? await import('../render/files.js') : undefined;
	const request = rendering ? rendering.parseFileKinds(typeof flags.output === 'string' ? flags.output : undefined) : undefined;
	// Files name the base images as the mirror serves them (--base-registry); the JSON keeps the official names.
	const mirror = typeof flags.baseRegistry === 'string' ? parseBaseRegistry(flags.baseRegistry) : undefined;
	const mirrored = withBaseRegistry(recommendation, mirror);
	const ciJobs = typeof flags.ciJobs === 'string' ? parseCiJobs(flags.ciJobs) : undefined;
	if (writing && request) {
		// Each file in its place: the Dockerfile in the app's folder, the .dockerignore at the context (or all in --write DIR).
		const {filePlaces, placeFiles} = await import('../session/file-places.js');
		const places = filePlaces(session, typeof flags.write === 'string' && flags.write ? flags.write : undefined);
		const {files, notes} = placeFiles(mirrored, session, places, request, ciJobs);
		const dockerfile = files.find(file => file.kind === 'dockerfile');
		const bots = botFiles(rendering!, request, session, places.app).map(file => ({...file, directory: places.app}));
		return {writing, directory: places.app, request, files: [...files, ...bots], notes, ...(dockerfile ? {dockerfile: path.join(dockerfile.directory, dockerfile.name)} : {})};
	}
	// Printed, the Dockerfile's "# Build:" line runs from the current folder.
	const buildContext = shownPath(session.cwd, session.contextDirectory);
	const dockerfile = buildContext === '.' ? {} : {placement: {context: buildContext, dockerfile: 'Dockerfile'}};
	// Printed, compose.yaml too sits in the current folder; its build section names the Dockerfile from the context.
	const posix = (from: string, to: string) => path.relative(from, to).split(path.sep).join('/') || '.';
	const compose = {context: posix(session.cwd, session.contextDirectory), dockerfile: posix(session.contextDirectory, path.join(session.cwd, 'Dockerfile'))};
	// CI files name the context and the Dockerfile from the repository root.
	const placement = request?.kinds.some(kind => rendering!.atRepositoryRoot(kind)) ? (await import('../session/ci-placement.js')).ciPlacement(session, session.cwd) : undefined;
	const ci = placement ? {ci: {context: placement.context, dockerfile: placement.dockerfile, ...(ciJobs ? {jobs: ciJobs} : {})}} : {};
	const {files, notes} = rendering && request ? rendering.generateFiles(mirrored, session.project, session.imageName, request, {dockerfile, compose, ...ci}) : {files: [] as GeneratedFile[], notes: [] as string[]};
	const bots = rendering && request ? botFiles(rendering, request, session, session.cwd) : [];
	return {writing, directory: session.cwd, ...(request ? {request} : {}), files: [...files, ...bots], notes};
}

/** Update bots read their configuration at the repository root (else where the Dockerfile goes). */
function botFiles(rendering: typeof import('../render/files.js'), request: ReturnType<typeof import('../render/files.js').parseFileKinds>, session: Session, directory: string): GeneratedFile[] {
	const bound = session.detection?.context.bound;
	const root = bound?.reason === 'repository' ? bound.folder : directory;
	return rendering.updateBotFiles(request.bots, {root, directories: [directory], pinned: session.pin?.pinned === true});
}

/** With --json, whether the base images are pinned and what said so, when anything did. */
const pinJson = (session: Session) => pinChoiceJson(session.pin);

/** With --explain, the pinning and what said so, when anything did. */
function pinText(session: Session): string | undefined {
	const choice = session.pin;
	if (!choice || choice.source === 'default') return undefined;
	return `Pinning\n  ${choice.pinned ? 'by digest: every FROM and ContainerBaseImage as tag@sha256' : 'none: the base images stay as tags'}, ${choice.source} (${choice.note})`;
}

/** Prints or writes what the flags ask for: summary, JSON, file contents or files on disk. */
export async function deliver(recommendation: Recommendation, provenance: Provenance, session: Session, flags: Flags, terminal: Terminal, prepared: Prepared, verification?: Verification): Promise<{code: number; writtenDockerfile?: string}> {
	const {writing, directory, request, files, notes, savedConfig, buildPlan = {}, planText} = prepared;
	const explain = Boolean(flags.explain);
	const pinning = explain ? pinText(session) : undefined;
	const summary = () => `${renderSummary(recommendation, {explain, provenance})}${pinning ? `\n\n${pinning}` : ''}${planText ? `\n\n${planText}` : ''}`;

	if (writing) {
		const {writeFileSet} = await import('../write/write-files.js');
		const {mergedTargets} = await import('../session/merged-targets.js');
		const targets = await mergedTargets(files, directory);
		// The saved answers land in the same write: all the files and the config, or none of them.
		await writeFileSet(savedConfig ? [...targets, savedConfig] : targets, {force: Boolean(flags.force), onNote: line => terminal.error(`note: ${line}`)});
		const written = targets.map(target => target.path);
		if (savedConfig) terminal.error(`saved answers to ${path.relative(terminal.cwd, savedConfig.path) || savedConfig.path}`);
		if (flags.json) {
			terminal.write(`${JSON.stringify({...recommendationJson(recommendation, provenance, undefined, verification), ...pinJson(session), ...buildPlan, written, notes}, null, 2)}\n`);
			return {code: 0, ...(prepared.dockerfile ? {writtenDockerfile: prepared.dockerfile} : {})};
		}
		terminal.write(`${summary()}\n\n`);
		terminal.write(`${written.map(file => `wrote ${path.relative(terminal.cwd, file) || file}`).join('\n')}\n`);
		for (const note of notes) terminal.error(`note: ${note}`);
		const context = shownPath(terminal.cwd, session.contextDirectory);
		const elsewhere = path.resolve(directory) !== path.resolve(session.contextDirectory) ? {dockerfile: shownPath(terminal.cwd, path.join(directory, 'Dockerfile'))} : {};
		if (!flags.build && !flags.dryRun && typeof flags.engine === 'string' && flags.engine !== 'docker') {
			// The command for the engine named: podman, buildah or the SDK.
			const [{planFor}, {parseEngine}, {commandLine}] = await Promise.all([import('../session/build-plan.js'), import('../runner/engines/detect.js'), import('../runner/plan.js')]);
			const plan = planFor(recommendation, session, flags, path.join(directory, 'Dockerfile'), {engine: parseEngine(flags.engine), notes: []});
			const where = path.relative(terminal.cwd, plan.cwd) || '.';
			terminal.write(`\nBuild: ${where === '.' ? '' : `cd ${shellWord(where)} && `}${commandLine(plan)}\n`);
		} else if (!flags.build && !flags.dryRun) {
			const multiPlatform = recommendation.answers.arch.length > 1;
			terminal.write(`\nBuild: ${shownBuildxLine(recommendation, {image: session.imageName, context, ...elsewhere})}\n`);
			const placeholder = placeholderNote(recommendation, session.imageName);
			if (multiPlatform) terminal.write(`(--push sends the multi-platform image to a registry${placeholder ? `: ${placeholder}` : ''}; for a file instead, use --output type=oci,dest=image.tar. Or let this tool run it: --build --push, or --build --oci FILE.)\n`);
		}
		return {code: 0, ...(prepared.dockerfile ? {writtenDockerfile: prepared.dockerfile} : {})};
	}

	if (flags.json) {
		const contents = request ? Object.fromEntries(files.map(file => [file.name, file.content])) : undefined;
		terminal.write(`${JSON.stringify({...recommendationJson(recommendation, provenance, contents, verification), ...pinJson(session), ...buildPlan, ...(request ? {notes} : {})}, null, 2)}\n`);
		return {code: 0};
	}

	if (request) {
		// One file prints bare, so `--output dockerfile > Dockerfile` works; several get headers.
		terminal.write(files.length === 1 ? files[0]!.content : files.map(file => `==> ${file.name} <==\n${file.content}`).join('\n'));
		for (const note of notes) terminal.error(`note: ${note}`);
		return {code: 0};
	}

	terminal.write(`${summary()}\n`);
	return {code: 0};
}
