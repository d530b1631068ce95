import {InputError} from '../engine/resolve.js';
import type {AppSelection} from '../session/apps.js';
import type {Flags} from './flags.js';

/** --apps: a comma-separated list of app names (project or assembly names). */
export function parseAppNames(value: string): string[] {
	const names = value.split(',').map(name => name.trim()).filter(Boolean);
	if (names.length === 0) throw new InputError('--apps: name at least one app (its project name, as in --apps Api,Worker).');
	return names;
}

/** The apps --all or --apps choose, or none for a run of one app. Kept apart from the several-app run, which a one-app run never loads. */
export function appSelection(flags: Flags): AppSelection | undefined {
	if (flags.all && typeof flags.apps === 'string') throw new InputError('--all and --apps both choose the apps: pass one of them.');
	if (flags.all) return {all: true};
	if (typeof flags.apps === 'string') return {names: parseAppNames(flags.apps)};
	return undefined;
}
