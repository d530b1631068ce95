import {InputError} from '../engine/resolve.js';
import {shownValue} from '../grammar/shown-text.js';

/** The files --output and --write can make; read before any renderer loads. */
export const fileKinds = ['dockerfile', 'dockerignore', 'zerops', 'csproj',
	'github-actions', 'gitlab-ci',
] as const;
export type FileKind = typeof fileKinds[number];

/** Files "all" leaves out: made only when named, as they go elsewhere (the repository root) and set up a service. */
export const namedOnlyKinds: readonly FileKind[] = [
	'github-actions', 'gitlab-ci',
];

export function parseFileKinds(value: string): {kinds: FileKind[]; explicit: boolean} {
	const parts = value.split(',').map(part => part.trim().toLowerCase()).filter(Boolean);
	if (parts.length === 0 || parts.includes('all')) return {kinds: fileKinds.filter(kind => !namedOnlyKinds.includes(kind)), explicit: false};
	const unknown = parts.find(part => !(fileKinds as readonly string[]).includes(part));
	if (unknown) throw new InputError(`--output: unknown file ${shownValue(unknown)} (accepted: ${fileKinds.join(', ')}, all).`);
	return {kinds: [...new Set(parts)] as FileKind[], explicit: true};
}
