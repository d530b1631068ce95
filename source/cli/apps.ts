// The command line over several apps (--all, --apps): each app's recommendation and files, one
// write for all of them, and a build per app.
import path from 'node:path';
import {InputError} from '../engine/resolve.js';
import {recommendationJson} from '../render/json.js';
import {renderSummary} from '../render/summary.js';
import {placeholderNote, shownBuildxLine} from '../render/build-command.js';
import {parseFileKinds} from '../render/file-kinds.js';
import {parseBaseRegistry, withBaseRegistry} from '../runner/base-registry.js';
import {openApps, placeAppFiles, planApp, type AppPlan, type AppSelection} from '../session/apps.js';
import type {Session} from '../session/session.js';
import {describesEveryApp} from '../session/shared-files.js';
import {pinChoiceJson} from '../session/pin-choice.js';
import {pinRecommendation} from '../engine/pin.js';
import type {Verification} from '../catalog/verify.js';
import type {Flags} from './flags.js';
import type {Terminal} from './main.js';

/** The selection --all or --apps makes, or undefined for a run over one app. */
const shown = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';

/** One app of the JSON document: where it is, what it builds, and the recommendation as a single-app run gives it (pinned, verified). */
function appJson(plan: AppPlan, cwd: string, extra: Record<string, unknown>, session: Session, verification?: Verification) {
	return {
		project: shown(cwd, plan.project),
		name: plan.name,
		dockerfile: shown(cwd, plan.dockerfile),
		context: shown(cwd, plan.context),
		image: plan.image,
		...(plan.port === undefined ? {} : {port: plan.port}),
		recommendation: {...recommendationJson(plan.recommendation, plan.provenance, undefined, verification), ...pinChoiceJson(session.pin)},
		...extra,
	};
}

export async function runApps(flags: Flags, terminal: Terminal, session: Session, selection: AppSelection): Promise<number> {
	if (typeof flags.image === 'string') throw new InputError('--image names one image; with --all or --apps each app gets its own, from its project (ContainerRepository, else its name).');
	if (typeof flags.write === 'string' && flags.write !== '') throw new InputError('--write DIR puts one app\'s files in DIR; with --all or --apps each app\'s Dockerfile goes in its own folder: pass --write alone.');
	if (typeof flags.oci === 'string') throw new InputError('--oci names one archive; with --all or --apps, build to the local store or --push.');
	if (flags.save) throw new InputError('--save keeps the answers of one app; with --all or --apps, run it for one app with --project.');
	const projectArgument = typeof flags.project === 'string' ? path.resolve(session.cwd, flags.project) : undefined;
	const {apps, skipped, notes} = await openApps(session, selection, projectArgument);
	// A saved "pin" pins as --pin does (--no-pin leaves it for one run); it needs the registry --offline rules out.
	const pinned = session.pin?.pinned === true;
	if (pinned && flags.offline) throw new InputError(`--offline uses no network: it cannot pin the base images as ${session.pin!.note} says; add --no-pin to leave them as tags this run.`);
	const unpinned = apps.map(app => planApp(app, {yes: Boolean(flags.yes)}));
	const baseNotes = new Set(session.notes);
	for (const note of notes) terminal.error(`note: ${note}`);
	if (skipped.length > 0) terminal.error(`note: left out: ${skipped.join('; ')}`);
	for (const plan of unpinned) for (const note of plan.session.notes.filter(note => !baseNotes.has(note))) terminal.error(`note: ${plan.name}: ${note}`);

	// Pinning (and --verify) asks the registry before anything is written, every app in one run:
	// each distinct base image once, one deadline; a problem with any app's image writes nothing.
	let verifications: Verification[] | undefined;
	if (flags.verify || pinned) {
		const [verified, {verifyRecommendations}] = await Promise.all([import('./verify.js'), import('../session/verify-recommendation.js')]);
		const {all, each} = await verifyRecommendations(unpinned.map(plan => plan.recommendation), verified.registryOf(flags));
		verifications = each;
		for (const problem of all.problems) terminal.error(`dotnet-image-wizard: ${problem}`);
		if (all.problems.length > 0) {
			if (flags.json) terminal.write(`${JSON.stringify({apps: unpinned.map((plan, index) => appJson(plan, terminal.cwd, {}, session, each[index])), skipped, notes}, null, 2)}\n`);
			return 1;
		}
		if (!flags.json) for (const line of verified.verificationLines(all)) terminal.error(line);
	}
	const plans = pinned && verifications ? unpinned.map((plan, index) => ({...plan, recommendation: pinRecommendation(plan.recommendation, verifications![index]!)})) : unpinned;
	const verificationOf = (plan: AppPlan) => verifications?.[plans.indexOf(plan)];

	const writing = typeof flags.write === 'string';
	const request = typeof flags.output === 'string' || writing ? parseFileKinds(typeof flags.output === 'string' ? flags.output : undefined) : undefined;
	const mirror = typeof flags.baseRegistry === 'string' ? parseBaseRegistry(flags.baseRegistry) : undefined;
	const placed = request ? placeAppFiles(plans, request, recommendation => withBaseRegistry(recommendation, mirror)) : {files: [], notes: []};
	const written: string[] = [];
	if (writing) {
		// Where each file goes, said before anything is written.
		for (const file of placed.files) terminal.error(`${file.kind === 'dockerignore' ? 'merging' : 'writing'} ${shown(terminal.cwd, path.join(file.directory, file.name))}${file.kind === 'dockerignore' ? ' (the build context\'s; your entries are kept)' : describesEveryApp(file.kind) && plans.length > 1 ? ' (every app)' : ` (${file.app.name})`}`);
		const {mergedTargets} = await import('../session/merged-targets.js');
		const targets = await mergedTargets(placed.files);
		const {writeFileSet} = await import('../write/write-files.js');
		await writeFileSet(targets, {force: Boolean(flags.force)});
		written.push(...targets.map(target => target.path));
	}
	for (const note of placed.notes) terminal.error(`note: ${note}`);

	if (flags.json) {
		const contents = (plan: AppPlan) => Object.fromEntries(placed.files.filter(file => file.app === plan).map(file => [shown(terminal.cwd, path.join(file.directory, file.name)), file.content]));
		const document = {
			apps: plans.map(plan => appJson(plan, terminal.cwd, request && !writing ? {files: contents(plan)} : {}, session, verificationOf(plan))),
			skipped,
			notes: [...notes, ...placed.notes],
			...(writing ? {written} : {}),
		};
		terminal.write(`${JSON.stringify(document, null, 2)}\n`);
	} else if (request && !writing) {
		terminal.write(placed.files.map(file => `==> ${shown(terminal.cwd, path.join(file.directory, file.name))} <==\n${file.content}`).join('\n'));
	} else {
		for (const plan of plans) {
			terminal.write(`== ${plan.name} (${shown(terminal.cwd, plan.project)}) ==\n${renderSummary(plan.recommendation, {explain: Boolean(flags.explain), provenance: plan.provenance})}\n\n`);
		}
		if (writing) {
			terminal.write(`${written.map(file => `wrote ${shown(terminal.cwd, file)}`).join('\n')}\n`);
			if (!flags.build && !flags.dryRun) {
				const placeholder = plans.map(plan => placeholderNote(plan.recommendation, plan.image)).find(Boolean);
				terminal.write(`\nBuild each app from its build context, with its Dockerfile${placeholder ? ` (${placeholder})` : ''}:\n`);
				for (const plan of plans) {
					terminal.write(`Build: ${shownBuildxLine(plan.recommendation, {image: plan.image, context: shown(terminal.cwd, plan.context), dockerfile: shown(terminal.cwd, plan.dockerfile)})}\n`);
				}
			}
		}
	}

	if (!flags.build && !flags.dryRun) return 0;
	const {buildFromCommandLine} = await import('./build.js');
	for (const plan of plans) {
		terminal.error(`== ${plan.name}: ${flags.dryRun ? 'the build command' : 'building'} ==`);
		const code = await buildFromCommandLine(plan.recommendation, plan.session, flags, terminal, written.includes(plan.dockerfile) ? plan.dockerfile : undefined);
		if (code !== 0) return code;
	}
	return 0;
}
