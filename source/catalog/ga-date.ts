import type {ReleasesEntry} from './build-catalog.js';

/**
 * A new .NET version ships on the day older ones reach end of support (November's Patch
 * Tuesday), so a preview is due on the first end-of-support date after its latest preview.
 */
export function previewGaDate(entry: ReleasesEntry, entries: readonly ReleasesEntry[]): string | null {
	if (entry['support-phase'] !== 'preview') return null;
	const after = entry['latest-release-date'] ?? '';
	const dates = entries.map(other => other['eol-date']).filter((date): date is string => date !== undefined && date > after).sort();
	return dates[0] ?? null;
}
