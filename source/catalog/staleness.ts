import type {Catalog} from './types.js';

const versionList = (versions: string[]) => (versions.length === 1 ? `.NET ${versions[0]}` : `.NET ${versions.slice(0, -1).join(', ')} and ${versions.at(-1)}`);

function byDate(entries: Array<{dotnet: string; date: string}>): string[] {
	const dates = [...new Set(entries.map(entry => entry.date))].sort();
	return dates.map(date => `${versionList(entries.filter(entry => entry.date === date).map(entry => entry.dotnet))} (${date})`);
}

/**
 * Whether the catalog has been overtaken by the calendar: a preview whose release day has come
 * (its tags have likely moved to GA names), or an end of support that came after the catalog's date.
 * One sentence naming the command that refreshes it, or undefined.
 */
export function stalenessWarning(catalog: Catalog, today: string): string | undefined {
	const {lifecycle, source} = catalog;
	const released = lifecycle
		.filter(entry => (entry.supportPhase === 'preview' || entry.minorTag.includes('preview')) && entry.gaDate !== null && entry.gaDate <= today)
		.map(entry => ({dotnet: entry.dotnet, date: entry.gaDate!}));
	const ended = lifecycle
		.filter(entry => entry.eolDate !== null && entry.eolDate > source.date && entry.eolDate <= today)
		.map(entry => ({dotnet: entry.dotnet, date: entry.eolDate!}));
	if (released.length === 0 && ended.length === 0) return undefined;
	const events = [
		...(released.length > 0 ? [`${byDate(released).join(', ')} ${released.length === 1 ? 'was' : 'were'} due for release`] : []),
		...(ended.length > 0 ? [`${byDate(ended).join(', ')} reached end of support`] : []),
	];
	const what = source.kind === 'embedded' ? 'the snapshot built into this version' : 'refreshed';
	return `The image catalog is from ${source.date} (${what}); since then ${events.join(', and ')}. Run \`dotnet-image-wizard --refresh\` for current tags.`;
}
