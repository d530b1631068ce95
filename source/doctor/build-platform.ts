// The edits that turn a build stage into a cross-build: the SDK runs on the build machine
// (--platform=$BUILDPLATFORM) and publishes for the target (-a $TARGETARCH, declared by ARG).
import {baseStage, type Stage} from '../dockerfile/dockerfile.js';
import type {Edit} from './finding.js';
import {declaresArg, dotnetCommands, ridWords, type DotnetCommand} from './stage-facts.js';
import {imageOf} from './stage-facts.js';

const archVerbs = new Set(['restore', 'build', 'publish']);

/** The restore, build and publish commands of a stage that name no runtime identifier. */
export const commandsWithoutRid = (stage: Stage): DotnetCommand[] => dotnetCommands(stage).filter(command => archVerbs.has(command.verb) && ridWords(command.words).filter(word => !word.startsWith('--use-current-runtime') && !word.startsWith('--ucr')).length === 0);

export const onBuildPlatform = (stage: Stage) => baseStage(stage).platform?.includes('BUILDPLATFORM') ?? false;

/** Is this build Native AOT: an -aot SDK, PublishAot on a command line, or the project's PublishAot. */
export function isAot(stage: Stage, projectDeploy: string | undefined): boolean {
	if (imageOf(stage)?.aot) return true;
	if (dotnetCommands(stage).some(command => command.words.some(word => /^[-/]p(?:roperty)?:PublishAot=true$/i.test(word)))) return true;
	return projectDeploy === 'aot';
}

export function targetArchEdits(stage: Stage): Edit[] {
	const edits: Edit[] = [];
	for (const command of commandsWithoutRid(stage)) edits.push({range: {start: command.end, end: command.end}, text: ' -a $TARGETARCH'});
	return edits;
}

export function argTargetArchEdit(stage: Stage): Edit[] {
	if (!commandsWithoutRid(stage).length && !/\$\{?TARGETARCH/.test(stage.instructions.map(instruction => instruction.getRawArgumentsContent() ?? '').join('\n'))) return [];
	if (declaresArg(stage, 'TARGETARCH')) return [];
	const end = stage.from.getRange().end;
	return [{range: {start: end, end}, text: '\nARG TARGETARCH'}];
}

export function buildPlatformEdit(derived: Stage): Edit[] {
	const stage = baseStage(derived);
	const flag = stage.from.getPlatformFlag();
	if (flag) {
		const range = flag.getValueRange();
		return range ? [{range, text: '$BUILDPLATFORM'}] : [];
	}
	const image = stage.from.getImageRange();
	return image ? [{range: {start: image.start, end: image.start}, text: '--platform=$BUILDPLATFORM '}] : [];
}

/** Build stages grouped by the stage that names their image (FROM build AS publish joins build). */
export function byBaseStage(stages: Stage[]): Stage[][] {
	const groups = new Map<Stage, Stage[]>();
	for (const stage of stages) groups.set(baseStage(stage), [...(groups.get(baseStage(stage)) ?? []), stage]);
	return [...groups.values()];
}
