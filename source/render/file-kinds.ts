import {InputError} from '../engine/resolve.js';
import {shownValue} from '../grammar/shown-text.js';

/** The files --output and --write can make; read before any renderer loads. */
export const fileKinds = ['dockerfile', 'dockerignore', 'zerops', 'csproj', 'compose'] as const;
export type FileKind = typeof fileKinds[number];

/**
 * What --write makes when --output names nothing: compose.yaml only when asked (by name or
 * "all"), since the Dockerfile written with it builds the health probe as well.
 */
export const defaultFileKinds: readonly FileKind[] = fileKinds.filter(kind => kind !== 'compose');

/** --output's value; none (--write alone) means the default files. */
export function parseFileKinds(value: string | undefined): {kinds: FileKind[]; explicit: boolean} {
	if (value === undefined) return {kinds: [...defaultFileKinds], explicit: false};
	const parts = value.split(',').map(part => part.trim().toLowerCase()).filter(Boolean);
	if (parts.length === 0 || parts.includes('all')) return {kinds: [...fileKinds], explicit: false};
	const unknown = parts.find(part => !(fileKinds as readonly string[]).includes(part));
	if (unknown) throw new InputError(`--output: unknown file ${shownValue(unknown)} (accepted: ${fileKinds.join(', ')}, all).`);
	return {kinds: [...new Set(parts)] as FileKind[], explicit: true};
}
