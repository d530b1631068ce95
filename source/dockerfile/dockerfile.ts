// A parsed Dockerfile: its stages, their base images with ARG defaults substituted, and every
// instruction with its line and ranges, read by dockerfile-ast (escapes, continuations, heredocs).
import {DockerfileParser, type Dockerfile, type From, type Instruction} from 'dockerfile-ast';

export type {Instruction};
/** A 0-based line/character range, as the parser gives it. */
export type Range = ReturnType<Instruction['getRange']>;

export type Stage = {
	/** 0-based position among the stages. */
	index: number;
	/** The name after AS, lower-cased as BuildKit compares them. */
	name?: string;
	from: From;
	/** The base image as written, and with the global ARG defaults substituted (unset ones empty). */
	imageWritten: string;
	image: string;
	/** The --platform flag's value, as written. */
	platform?: string;
	/** The stage's instructions after its FROM. */
	instructions: Instruction[];
	/** The earlier stage this one is built on (FROM build), if any. */
	parent?: Stage;
};

export type ParsedDockerfile = {
	text: string;
	ast: Dockerfile;
	stages: Stage[];
	/** ARGs before the first FROM, with their defaults. */
	globalArgs: Map<string, string | undefined>;
};

/** $NAME, ${NAME} and ${NAME:-default} with the values known; the others become empty, as BuildKit does. */
export function substituteArgs(value: string, args: ReadonlyMap<string, string | undefined>): string {
	return value.replaceAll(/\$(?:\{([A-Za-z_]\w*)(?::?-([^}]*))?\}|([A-Za-z_]\w*))/g, (_match, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
		const known = args.get((braced ?? bare)!);
		return known === undefined || known === '' ? fallback ?? '' : known;
	});
}

export function parseDockerfile(text: string): ParsedDockerfile {
	const ast = DockerfileParser.parse(text);
	const globalArgs = new Map<string, string | undefined>();
	for (const arg of ast.getInitialARGs()) {
		const property = arg.getProperty();
		if (property) globalArgs.set(property.getName(), property.getValue() ?? undefined);
	}
	const stages: Stage[] = [];
	for (const instruction of ast.getInstructions()) {
		if (instruction.getKeyword() === 'FROM') {
			const from = instruction as From;
			const imageWritten = from.getImage() ?? '';
			const image = substituteArgs(imageWritten, globalArgs);
			const name = from.getBuildStage()?.toLowerCase();
			const parent = stages.find(stage => stage.name !== undefined && stage.name === image.toLowerCase());
			const platform = from.getPlatformFlag()?.getValue() ?? undefined;
			stages.push({index: stages.length, ...(name ? {name} : {}), from, imageWritten, image, ...(platform === undefined ? {} : {platform}), instructions: [], ...(parent ? {parent} : {})});
		} else {
			stages.at(-1)?.instructions.push(instruction);
		}
	}
	return {text, ast, stages, globalArgs};
}

/** The stage an image is finally built from, following FROM <stage> back to a real image. */
export function baseStage(stage: Stage): Stage {
	let current = stage;
	while (current.parent) current = current.parent;
	return current;
}

/** The stage the image is (the last one: `--target` aside, what docker build produces). */
export const finalStage = (dockerfile: ParsedDockerfile) => dockerfile.stages.at(-1);

/** 1-based line of an instruction, for file:line. */
export const lineOf = (instruction: Instruction) => instruction.getRange().start.line + 1;
