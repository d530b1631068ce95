import {InputError} from '../engine/resolve.js';
import type {Evaluation} from './evaluation.js';
import {evaluateWithXml} from './xml-evaluation.js';

/** `--detect`: MSBuild where the SDK is there (auto), always MSBuild, or the XML reader alone. */
export type DetectMode = 'auto' | 'msbuild' | 'xml';

export const detectModes: DetectMode[] = ['auto', 'msbuild', 'xml'];

export const noSdkReason = 'the .NET SDK (dotnet) is not on PATH';

export type Evaluated = {evaluation: Evaluation; /** Why the XML reader was used, when MSBuild was wanted. */ fallback?: string};

/**
 * MSBuild says what a property is, not where it was set: the XML reader, where it sees the same
 * value, says in which file and under which condition.
 */
function withXmlOrigins(evaluation: Evaluation, xml: Evaluation): Evaluation {	const same = (name: string) => xml.properties[name] !== undefined && xml.properties[name]!.toLowerCase() === evaluation.properties[name]?.toLowerCase();
	const pick = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).filter(([name]) => same(name)));
	return {...evaluation, setIn: pick(xml.setIn), conditions: pick(xml.conditions)};
}

/**
 * Evaluates the project with MSBuild when the SDK is on PATH (from the cache when none of its
 * MSBuild files changed), else with the XML reader. `--detect msbuild` makes a missing SDK or a
 * failed evaluation an error; `--detect xml` never runs MSBuild.
 */
export async function evaluateProject(file: string, options: {mode: DetectMode; shown: (file: string) => string; pickFramework: (frameworks: string[]) => string | undefined; cacheExtra?: string}): Promise<Evaluated> {
	const {mode, shown, pickFramework, cacheExtra = ''} = options;
	if (mode === 'xml') return {evaluation: await evaluateWithXml(file, shown)};
	// Loaded only here: `--detect xml` never loads what hashes the cache, and a cached evaluation never loads what runs dotnet.
	const {cachedEvaluation, dotnetOnPath, storeEvaluation} = await import('./evaluation-cache.js');
	const dotnetRoot = await dotnetOnPath();
	const cached = dotnetRoot ? await cachedEvaluation(file, dotnetRoot, cacheExtra) : undefined;
	// An entry holds MSBuild's evaluation with the XML reader's origins already in it, and the
	// files both readers read: none changed, so neither reader needs to run again.
	if (cached && 'evaluation' in cached) return {evaluation: cached.evaluation};
	// The XML reader runs on every other path: it says where MSBuild's values were set, and a
	// file that is not XML gets the same one-line error whichever reader is used.
	const xml = await evaluateWithXml(file, shown);
	let reason: string;
	if (!dotnetRoot) {
		reason = noSdkReason;
	} else if (cached) {
		reason = cached.failure;
	} else {
		const {EvaluationFailed, evaluateWithMsbuild, NoSdk} = await import('./msbuild-evaluation.js');
		try {
			const evaluation = withXmlOrigins(await evaluateWithMsbuild(file, pickFramework, xml.imports, dotnetRoot), xml);
			await storeEvaluation({evaluation, files: xml.imports}, dotnetRoot, cacheExtra);
			return {evaluation};
		} catch (error) {
			if (!(error instanceof EvaluationFailed || error instanceof NoSdk)) throw error;
			reason = error instanceof NoSdk ? noSdkReason : `MSBuild could not evaluate ${shown(file)} (${error.message})`;
			// MSBuild's verdict on the project is remembered too, until one of the files the XML
			// reader finds changes; dotnet failing to start is not (the next run may have room).
			if (error instanceof EvaluationFailed && error.aboutProject) {
				await storeEvaluation({failure: reason, file, files: xml.imports}, dotnetRoot, cacheExtra);
			}
		}
	}
	if (mode === 'msbuild') throw new InputError(`--detect msbuild: ${reason}.`);
	return {evaluation: xml, fallback: reason};
}
