import type {Architecture} from '../catalog/types.js';
import {answerIds, type AnswerId, type Answers} from './answers.js';
import {questionFor} from './questions.js';

/** Bad input from a person or a file: exit code 2, one line. */
export class InputError extends Error {
	override name = 'InputError';
}

export type AnswerSource = 'flag' | 'config' | 'detected' | 'default';

/** Answers from one place, as text; `notes` says what told us (e.g. "TargetFramework net10.0"). */
export type AnswerLayer = {
	source: AnswerSource;
	values: Partial<Record<AnswerId, string>>;
	notes?: Partial<Record<AnswerId, string>>;
	/** Where the layer came from, for error messages: "--os", "the config file x.json". */
	origin?: (id: AnswerId) => string;
};

export type Provenance = Record<AnswerId, {source: AnswerSource | 'not-applicable'; note?: string}>;

const aliases: Partial<Record<AnswerId, Record<string, string>>> = {
	app: {api: 'web', aspnet: 'web', aspnetcore: 'web', worker: 'console', service: 'console'},
	deploy: {'framework-dependent': 'framework', fdd: 'framework', sc: 'self-contained', selfcontained: 'self-contained', 'native-aot': 'aot', nativeaot: 'aot'},
	startup: {r2r: 'readytorun', 'ready-to-run': 'readytorun', default: 'jit'},
	shell: {true: 'yes', false: 'no', y: 'yes', n: 'no'},
	globalization: {icu: 'icu', full: 'icu', culture: 'icu', true: 'invariant', false: 'icu'},
	os: {'azure-linux': 'azurelinux', mariner: 'azurelinux'},
	arch: {x64: 'amd64', x86_64: 'amd64', aarch64: 'arm64', arm64v8: 'arm64', arm32: 'arm', armv7: 'arm', arm32v7: 'arm'},
};

/** What one value of an answer is, as an error names it: "\"7.0\" is not a valid .NET version". */
const valueNames: Record<AnswerId, string> = {
	dotnet: '.NET version',
	app: 'app kind',
	deploy: 'way to publish',
	startup: 'start-up mode',
	shell: 'shell answer',
	globalization: 'globalization mode',
	os: 'distribution',
	arch: 'architecture',
};

function normalise(id: AnswerId, raw: string): string {
	const value = raw.trim().toLowerCase();
	return aliases[id]?.[value] ?? value;
}

function accepted(id: AnswerId, answers: Partial<Answers>, today: string): string[] {
	return questionFor(id).options(answers, today).map(option => option.value);
}

function parseValue(id: AnswerId, raw: string, answers: Partial<Answers>, today: string, origin: string): string | Architecture[] {
	const allowed = accepted(id, {...answers, startup: undefined}, today);
	// composite is valid text even where it does not apply: the engine then says why it is refused.
	if (id === 'startup') allowed.push('composite');
	if (id === 'arch') {
		const parts = raw.split(',').map(part => part.trim()).filter(Boolean);
		const expanded = parts.flatMap(part => (['multi', 'all'].includes(part.toLowerCase()) ? ['amd64', 'arm64'] : [normalise(id, part)]));
		const unknown = expanded.filter(part => !allowed.includes(part));
		if (unknown.length > 0 || expanded.length === 0) {
			throw new InputError(`${origin}: unknown architecture "${unknown[0] ?? raw}" (accepted: ${allowed.join(', ')}, or a comma-separated list).`);
		}
		return [...new Set(expanded)] as Architecture[];
	}
	const value = id === 'dotnet' ? raw.trim().replace(/^net/i, '').replace(/^(\d+)$/, '$1.0') : normalise(id, raw);
	if (!allowed.includes(value)) {
		throw new InputError(`${origin}: "${raw}" is not a valid ${valueNames[id]} (accepted: ${[...new Set(allowed)].join(', ')}).`);
	}
	return value;
}

/**
 * Merge answer layers (earlier layers win), validate every value and fill in defaults. Answers to
 * questions that do not apply (startup for Native AOT) fall back to their neutral value.
 */
export function resolveAnswers(layers: AnswerLayer[], today: string): {answers: Answers; provenance: Provenance; missing: AnswerId[]} {
	const answers: Partial<Answers> = {};
	const provenance = {} as Provenance;
	const missing: AnswerId[] = [];
	for (const id of answerIds) {
		const question = questionFor(id);
		const layer = layers.find(candidate => candidate.values[id] !== undefined && candidate.values[id] !== '');
		if (layer) {
			const origin = layer.origin?.(id) ?? (layer.source === 'flag' ? `--${id}` : `${layer.source} ${id}`);
			const value = parseValue(id, layer.values[id]!, answers, today, origin);
			(answers as Record<string, unknown>)[id] = value;
			provenance[id] = {source: layer.source, note: layer.notes?.[id]};
			continue;
		}
		if (!question.applies(answers)) {
			(answers as Record<string, unknown>)[id] = 'jit';
			provenance[id] = {source: 'not-applicable'};
			continue;
		}
		missing.push(id);
		const fallback = question.defaultValue(answers, today);
		(answers as Record<string, unknown>)[id] = parseValue(id, fallback, answers, today, 'default');
		provenance[id] = {source: 'default'};
	}
	return {answers: answers as Answers, provenance, missing};
}
