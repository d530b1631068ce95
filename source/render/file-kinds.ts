import {InputError} from '../engine/resolve.js';
import {shownValue} from '../grammar/shown-text.js';

/** The files --output and --write can make; read before any renderer loads. */
export const fileKinds = ['dockerfile', 'dockerignore', 'zerops', 'csproj', 'compose',
	'github-actions', 'gitlab-ci',
] as const;
export type FileKind = typeof fileKinds[number];

/** CI workflows: written at the repository root, where the service reads them. */
export const ciKinds = ['github-actions', 'gitlab-ci'] as const;
export type CiKind = typeof ciKinds[number];
export const isCiKind = (kind: string): kind is CiKind => (ciKinds as readonly string[]).includes(kind);

/** Files "all" leaves out: made only when named, as they go elsewhere (the repository root) and set up a service. */
export const namedOnlyKinds: readonly FileKind[] = ciKinds;

/**
 * What --write makes when --output names nothing: compose.yaml only when asked (by name or
 * "all"), since the Dockerfile written with it builds the health probe as well.
 */
export const defaultFileKinds: readonly FileKind[] = fileKinds.filter(kind => kind !== 'compose' && !namedOnlyKinds.includes(kind));

/** Update-bot configurations that keep --pin's digests current: asked for by name, never part of "all". */
export const botKinds = ['renovate', 'dependabot'] as const;
export type BotKind = typeof botKinds[number];

/** --output's value; none (--write alone) means the default files. */
export function parseFileKinds(value: string | undefined): {kinds: FileKind[]; explicit: boolean; bots: BotKind[]} {
	if (value === undefined) return {kinds: [...defaultFileKinds], explicit: false, bots: []};
	const parts = value.split(',').map(part => part.trim().toLowerCase()).filter(Boolean);
	const unknown = parts.find(part => part !== 'all' && !(fileKinds as readonly string[]).includes(part) && !(botKinds as readonly string[]).includes(part));
	if (unknown) throw new InputError(`--output: unknown file ${shownValue(unknown)} (accepted: ${[...fileKinds, ...botKinds].join(', ')}, all).`);
	const bots = botKinds.filter(kind => parts.includes(kind));
	const named = parts.filter((part): part is FileKind => (fileKinds as readonly string[]).includes(part));
	if (parts.length === 0 || parts.includes('all')) return {kinds: [...new Set([...fileKinds.filter(kind => !namedOnlyKinds.includes(kind)), ...named])], explicit: false, bots};
	return {kinds: [...new Set(named)], explicit: true, bots};
}
