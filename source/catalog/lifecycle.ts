import {activeCatalog, useLifecycle} from './active.js';
import type {ReleasesEntry} from './build-catalog.js';
import {previewGaDate} from './ga-date.js';
import type {Lifecycle} from './types.js';

export type SupportStatus = {
	dotnet: string;
	releaseType: string;
	/** preview, active, maintenance, eol — computed against today, not just copied from the index. */
	phase: 'preview' | 'active' | 'maintenance' | 'eol' | string;
	eolDate: string | null;
	supported: boolean;
	summary: string;
};

/**
 * Replace the support data with a newer releases-index.json (the official file's shape), so a
 * user can learn about a GA or end-of-support date that is newer than the committed snapshot.
 */
export function useReleasesIndex(index: unknown): void {
	const entries = (index as {'releases-index'?: ReleasesEntry[]})?.['releases-index'];
	if (!Array.isArray(entries)) throw new TypeError('not a .NET releases-index.json: it has no "releases-index" list');
	useLifecycle(activeCatalog().lifecycle.map(known => {
		const entry = entries.find(candidate => candidate['channel-version'] === known.dotnet);
		return entry ? {
			...known,
			releaseType: entry['release-type'] ?? known.releaseType,
			supportPhase: entry['support-phase'] ?? known.supportPhase,
			eolDate: entry['eol-date'] ?? known.eolDate,
			gaDate: entry['support-phase'] ? previewGaDate(entry, entries) : known.gaDate,
		} : known;
	}));
}

export function lifecycleOf(dotnet: string): Lifecycle | undefined {
	return activeCatalog().lifecycle.find(entry => entry.dotnet === dotnet);
}

export function supportStatus(dotnet: string, today: string): SupportStatus {
	const entry = lifecycleOf(dotnet);
	if (!entry) return {dotnet, releaseType: 'unknown', phase: 'unknown', eolDate: null, supported: false, summary: `.NET ${dotnet}: no lifecycle data`};
	const type = entry.releaseType.toUpperCase();
	const ended = entry.eolDate !== null && entry.eolDate <= today;
	const phase = ended ? 'eol' : entry.supportPhase;
	const summary = phase === 'eol'
		? `.NET ${dotnet} (${type}) reached end of support on ${entry.eolDate}`
		: phase === 'preview'
			? `.NET ${dotnet} (${type}) is a preview, not supported in production`
			: `.NET ${dotnet} (${type}) is supported${entry.eolDate ? ` until ${entry.eolDate}` : ''}`;
	return {dotnet, releaseType: entry.releaseType, phase, eolDate: entry.eolDate, supported: phase === 'active' || phase === 'maintenance', summary};
}

/** The newest LTS release still supported today, else the newest supported one. */
export function recommendedVersion(today: string): string {
	const releases = activeCatalog().lifecycle;
	const supported = releases.filter(entry => supportStatus(entry.dotnet, today).supported);
	const lts = supported.filter(entry => entry.releaseType === 'lts');
	const pick = (lts.length > 0 ? lts : supported).at(-1) ?? releases.at(-1)!;
	return pick.dotnet;
}
