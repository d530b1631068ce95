// Facts the rules read off a parsed Dockerfile: each stage's .NET image, the dotnet commands its
// RUN lines run (with their options), its USER, EXPOSE and ENV. All from the parser's tokens.
import type {Copy} from 'dockerfile-ast';
import {baseStage, finalStage, substituteArgs, type Instruction, type ParsedDockerfile, type Range, type Stage} from '../dockerfile/dockerfile.js';
import {dotnetImage, type DotnetImage} from './dotnet-image.js';

export const imageOf = (stage: Stage): DotnetImage | undefined => dotnetImage(baseStage(stage).image);

/** One `dotnet <verb>` a RUN line runs, its words and where the last one ends (to append an option). */
export type DotnetCommand = {verb: string; words: string[]; instruction: Instruction; end: Range['end']};

const separators = new Set(['&&', '||', ';', '|', '&']);

export function dotnetCommands(stage: Stage): DotnetCommand[] {
	const commands: DotnetCommand[] = [];
	for (const instruction of stage.instructions) {
		if (instruction.getKeyword() !== 'RUN') continue;
		const argumentsList = instruction.getArguments();
		let current: {words: string[]; end: Range['end']} | undefined;
		const close = () => {
			if (current && current.words[0] === 'dotnet' && current.words[1]) commands.push({verb: current.words[1], words: current.words.slice(2), instruction, end: current.end});
			current = undefined;
		};
		for (const argument of argumentsList) {
			const value = argument.getValue();
			if (separators.has(value)) {
				close();
				continue;
			}
			const trailing = /^(.*?)(&&|;)$/.exec(value);
			const word = trailing ? trailing[1]! : value;
			current ??= {words: [], end: argument.getRange().end};
			if (word !== '') current.words.push(word);
			current.end = trailing ? {line: argument.getRange().end.line, character: argument.getRange().end.character - trailing[2]!.length} : argument.getRange().end;
			if (trailing) close();
		}
		close();
	}
	return commands;
}

/** The value of an option (`-a x`, `--arch=x`), or true when present without one, or undefined. */
export function option(words: string[], names: string[]): string | true | undefined {
	for (const [index, word] of words.entries()) {
		for (const name of names) {
			if (word === name) return words[index + 1] && !words[index + 1]!.startsWith('-') ? words[index + 1]! : true;
			if (word.startsWith(`${name}=`)) return word.slice(name.length + 1);
		}
	}
	return undefined;
}

export const ridOptions = ['-a', '--arch', '-r', '--runtime', '--os', '--use-current-runtime', '--ucr'];
/** The runtime identifier options of a command, as written (`-a $TARGETARCH`), in a stable order. */
export function ridWords(words: string[]): string[] {
	const found: string[] = [];
	for (const name of ridOptions) {
		const value = option(words, [name]);
		if (value !== undefined) found.push(value === true ? name : `${name} ${value}`);
	}
	return found;
}

export const stageUses = (stage: Stage, variable: string) => stage.instructions.some(instruction => new RegExp(`\\$\\{?${variable}\\b`).test(instruction.getRawArgumentsContent() ?? ''));
// A stage built FROM another sees the ARGs that one declared (the official complexapp sample relies on it).
export const declaresArg = (stage: Stage, name: string) => inherited(stage).some(instruction => instruction.getKeyword() === 'ARG' && (instruction.getArguments()[0]?.getValue().split('=')[0] === name));

/** The last USER of a stage and the stages it is built on. */
export function userOf(stage: Stage): {value: string; instruction: Instruction} | undefined {
	for (let current: Stage | undefined = stage; current; current = current.parent) {
		const users = current.instructions.filter(instruction => instruction.getKeyword() === 'USER');
		const last = users.at(-1);
		if (last) return {value: last.getArguments().map(argument => argument.getValue()).join(' '), instruction: last};
	}
	return undefined;
}

/** Instructions of a stage and the stages it is built on, oldest first. */
export function inherited(stage: Stage): Instruction[] {
	const chain: Stage[] = [];
	for (let current: Stage | undefined = stage; current; current = current.parent) chain.unshift(current);
	return chain.flatMap(current => current.instructions);
}

/** ENV values the final image has (name → value and its instruction), from its stage chain. */
export function environment(stage: Stage): Map<string, {value: string; instruction: Instruction; range: Range}> {
	const values = new Map<string, {value: string; instruction: Instruction; range: Range}>();
	for (const instruction of inherited(stage)) {
		if (instruction.getKeyword() !== 'ENV') continue;
		for (const property of (instruction as unknown as {getProperties(): Array<{getName(): string; getValue(): string | null; getValueRange(): Range | null; getRange(): Range}>}).getProperties()) {
			values.set(property.getName(), {value: property.getValue() ?? '', instruction, range: property.getValueRange() ?? property.getRange()});
		}
	}
	return values;
}

/** Does the user run as root? The image's default (root unless chiseled/distroless) and the last USER decide. */
export function runsAsRoot(stage: Stage): boolean {
	const user = userOf(stage);
	if (!user) return !(imageOf(stage)?.distroless ?? false);
	return /^(?:root|0)(?::.*)?$/.test(user.value);
}

/** The stages that build the app (run dotnet publish/build/restore), in order. */
export const buildStages = (dockerfile: ParsedDockerfile) => dockerfile.stages.filter(stage => dotnetCommands(stage).some(command => ['restore', 'publish', 'build'].includes(command.verb)));

/** The final stage, when it is one with a Linux .NET base image (Windows images are outside these rules). */
export function finalDotnet(dockerfile: ParsedDockerfile): {stage: Stage; image: DotnetImage} | undefined {
	const stage = finalStage(dockerfile);
	const image = stage ? imageOf(stage) : undefined;
	return stage && image && !image.windows ? {stage, image} : undefined;
}

/** The stage or image a COPY --from names, if any. */
export function copiedFrom(instruction: Instruction): string | undefined {
	if (instruction.getKeyword() !== 'COPY') return undefined;
	return (instruction as Copy).getFromFlag()?.getValue() ?? undefined;
}

/** The stages the final image is made of: its chain, the stages it copies from, and theirs. */
export function shippedStages(dockerfile: ParsedDockerfile): Set<Stage> {
	const shipped = new Set<Stage>();
	const visit = (stage: Stage | undefined) => {
		for (let current = stage; current && !shipped.has(current); current = current.parent) {
			shipped.add(current);
			for (const instruction of current.instructions) {
				const from = copiedFrom(instruction)?.toLowerCase();
				visit(dockerfile.stages.find(candidate => candidate.name === from || String(candidate.index) === from));
			}
		}
	};
	visit(finalStage(dockerfile));
	return shipped;
}

/** The command ENTRYPOINT and CMD run, as words, in the final stage chain. */
export function startCommand(stage: Stage): {words: string[]; instruction: Instruction} | undefined {
	const start = inherited(stage).filter(instruction => instruction.getKeyword() === 'ENTRYPOINT' || instruction.getKeyword() === 'CMD').at(-1);
	if (!start) return undefined;
	const json = (start as unknown as {getJSONStrings?(): Array<{getJSONValue(): string}>}).getJSONStrings?.() ?? [];
	return {words: json.length > 0 ? json.map(value => value.getJSONValue()) : start.getArguments().map(argument => argument.getValue()), instruction: start};
}

/** The text of the Dockerfile's ARG-substituted FROM image, for messages. */
export const shownImage = (stage: Stage, dockerfile: ParsedDockerfile) => substituteArgs(stage.imageWritten, dockerfile.globalArgs);
