import {osNames, platforms} from '../catalog/catalog.js';
import type {AnswerId, Answers} from '../engine/answers.js';
import type {Provenance} from '../engine/resolve.js';
import type {Warning} from '../engine/recommend.js';
import {shownText} from '../grammar/shown-text.js';

const phrases: {[Id in AnswerId]: (value: Answers[Id]) => string} = {
	dotnet: value => `.NET ${value}`,
	app: value => (value === 'web' ? 'web app' : 'worker/console app'),
	deploy: value => ({framework: 'framework-dependent', 'self-contained': 'self-contained', aot: 'Native AOT'})[value],
	startup: value => ({jit: 'JIT start-up', readytorun: 'ReadyToRun', composite: 'ReadyToRun + composite'})[value],
	shell: value => (value === 'no' ? 'no shell' : 'with a shell'),
	globalization: value => (value === 'invariant' ? 'invariant globalization' : 'ICU and time zones'),
	os: value => osNames[value],
	arch: value => value.map(architecture => platforms[architecture].platform).join(', '),
};

/** An answer in a few words, as the summary and the record of answers say it: "Native AOT". */
export function answerPhrase<Id extends AnswerId>(id: Id, value: Answers[Id]): string {
	return phrases[id](value);
}

const sourceMarks: Record<string, string> = {detected: 'detected', config: 'saved', default: 'recommended'};

/** Where an answer came from, as the wizard marks it: "detected: TargetFramework net10.0", "saved". */
export function sourceMark(provenance: Provenance[AnswerId] | undefined): string | undefined {
	const mark = provenance ? sourceMarks[provenance.source] : undefined;
	if (!mark) return undefined;
	// The note quotes the project ("TargetFramework net10.0"): its control characters show escaped.
	return provenance!.note && provenance!.source === 'detected' ? `${mark}: ${shownText(provenance!.note)}` : mark;
}

// Warnings that say an answer will not hold come first; advice comes last.
const order: Array<Warning['code']> = ['shell', 'emulation', 'global-json', 'end-of-support', 'preview', 'version-lock', 'globalization'];
const rank = (code: string) => {
	const index = order.indexOf(code as Warning['code']);
	// A code this list does not know (a project check) says the project and the answers disagree.
	return index === -1 ? 2 : index;
};

/**
 * The warnings a person should read, most pressing first. The globalization caution is left
 * out when the project itself sets InvariantGlobalization: the answer is the project's own. A
 * version older than the project's target is said once, first, in the session's words
 * (olderThanTarget, see summaryWarnings): the recommendation's own line for it is left out.
 */
export function warningsToShow(warnings: Warning[], provenance: Partial<Provenance>): Warning[] {
	return warnings
		.filter(warning => !(warning.code === 'globalization' && provenance.globalization?.source === 'detected'))
		.filter(warning => warning.code !== 'target-framework')
		.map((warning, index) => ({warning, index}))
		.sort((a, b) => rank(a.warning.code) - rank(b.warning.code) || a.index - b.index)
		.map(({warning}) => ({...warning, message: inSessionWords(warning.message)}));
}

/** Answers a message may name as a flag with its value ("--globalization icu"). */
const flagged = ['dotnet', 'app', 'deploy', 'startup', 'shell', 'globalization', 'os'] as const;

/**
 * A message written for the command line, in the words of the guided session: a flag and its
 * value become the answer they give ("--globalization icu" → "ICU and time zones"). A value the
 * answer does not know is left as it was.
 */
export function inSessionWords(message: string): string {
	return message.replaceAll(/`?--([a-z]+) ([\w-]+(?:\.[\w-]+)*)`?/g, (whole, id: string, value: string) => {
		if (!(flagged as readonly string[]).includes(id)) return whole;
		try {
			const phrase = phrases[id as (typeof flagged)[number]](value as never);
			return phrase ? `"${phrase}"` : whole;
		} catch {
			return whole;
		}
	});
}
