// The one gate every catalog passes before the engine reads it: a fresh download right after it is
// built, and the cached copy on every run. Each field is checked against the grammar its readers
// write it into (a tag into FROM, a codename into a RUN line, a version into an ARG), so a
// tampered cache or mirror is refused here, not quoted in a Dockerfile.
import {CatalogDataError, checkComplete, families, parseDistro} from './build-catalog.js';
import type {Architecture, Catalog, CatalogImage, CatalogSource, Lifecycle, OsFamily} from './types.js';

const architectures: readonly Architecture[] = ['amd64', 'arm64', 'arm'];
const channelPattern = /^\d{1,2}\.\d{1,2}$/;
const tagPattern = /^\w[\w.-]{0,127}$/;
const versionPattern = /^\d{1,3}\.\d{1,3}\.\d{1,5}(?:-[\dA-Za-z][\dA-Za-z.-]{0,63})?$/;
const datePattern = /^\d{4}-\d\d-\d\d$/;
const wordPattern = /^[a-z][a-z-]{0,23}$/;
const maxImages = 5000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function field(where: string, record: Record<string, unknown>, name: string, valid: (value: unknown) => boolean): unknown {
	const value = record[name];
	if (!valid(value)) throw new CatalogDataError(`${where} has ${value === undefined ? 'no' : 'an invalid'} "${name}"`);
	return value;
}

const text = (pattern: RegExp) => (value: unknown) => typeof value === 'string' && pattern.test(value);
const isBoolean = (value: unknown) => typeof value === 'boolean';
const isDateOrNull = (value: unknown) => value === null || text(datePattern)(value);

function parseImage(value: unknown, index: number): CatalogImage {
	const where = `image ${index + 1}`;
	if (!isObject(value)) throw new CatalogDataError(`${where} is not an object`);
	const get = (name: string, valid: (value: unknown) => boolean) => field(where, value, name, valid);
	const codename = get('codename', text(/^[a-z][a-z\d.]{0,31}$/)) as string;
	// The same reading as a download's osVersion: a codename of a distro release this program knows.
	let distro;
	try {
		distro = parseDistro(codename);
	} catch {
		throw new CatalogDataError(`${where} has an unknown "codename"`);
	}
	const image: CatalogImage = {
		repo: get('repo', repo => families.includes(repo as CatalogImage['repo'])) as CatalogImage['repo'],
		dotnet: get('dotnet', text(channelPattern)) as string,
		tag: get('tag', text(tagPattern)) as string,
		aliases: get('aliases', aliases => Array.isArray(aliases) && aliases.length <= 64 && aliases.every(text(tagPattern))) as string[],
		os: get('os', os => os === distro.os) as OsFamily,
		release: get('release', release => release === distro.release) as string,
		codename,
		chiseled: get('chiseled', isBoolean) as boolean,
		distroless: get('distroless', isBoolean) as boolean,
		extra: get('extra', isBoolean) as boolean,
		composite: get('composite', isBoolean) as boolean,
		aot: get('aot', isBoolean) as boolean,
		architectures: get('architectures', list => Array.isArray(list) && list.length > 0 && list.every(entry => architectures.includes(entry as Architecture))) as Architecture[],
	};
	if (!image.tag.startsWith(`${image.dotnet}`)) throw new CatalogDataError(`${where} has a "tag" that does not start with its .NET version`);
	return image;
}

function parseLifecycle(value: unknown, index: number): Lifecycle {
	const where = `lifecycle entry ${index + 1}`;
	if (!isObject(value)) throw new CatalogDataError(`${where} is not an object`);
	const get = (name: string, valid: (value: unknown) => boolean) => field(where, value, name, valid);
	return {
		dotnet: get('dotnet', text(channelPattern)) as string,
		releaseType: get('releaseType', text(wordPattern)) as string,
		supportPhase: get('supportPhase', text(wordPattern)) as string,
		eolDate: get('eolDate', isDateOrNull) as string | null,
		runtimeVersion: get('runtimeVersion', text(versionPattern)) as string,
		sdkVersion: get('sdkVersion', text(versionPattern)) as string,
		minorTag: get('minorTag', text(tagPattern)) as string,
		gaDate: get('gaDate', isDateOrNull) as string | null,
	};
}

const isAddress = (value: unknown) => {
	if (typeof value !== 'string' || value.length > 2048) return false;
	try {
		return ['http:', 'https:'].includes(new URL(value).protocol);
	} catch {
		return false;
	}
};

/** A downloaded catalog's source: where from (http(s) addresses) and a day that is not after `today`. */
function parseSource(value: unknown, today: string): CatalogSource {
	if (!isObject(value)) throw new CatalogDataError('its "source" is not an object');
	const get = (name: string, valid: (value: unknown) => boolean) => field('its source', value, name, valid);
	get('kind', kind => kind === 'refreshed');
	const date = get('date', text(datePattern)) as string;
	if (date > today) throw new CatalogDataError(`it is dated ${date}, after today (${today})`);
	const fetchedAt = get('fetchedAt', text(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?Z$/)) as string;
	if (fetchedAt.slice(0, 10) !== date) throw new CatalogDataError('its "fetchedAt" is not the day it is dated');
	return {kind: 'refreshed', date, manifest: get('manifest', isAddress) as string, releases: get('releases', isAddress) as string, fetchedAt};
}

/**
 * A downloaded catalog, from a refresh or from the cache, field by field; a CatalogDataError
 * names the first thing wrong. `today` (YYYY-MM-DD, UTC) bounds its date: none is from the future.
 */
export function parseCatalog(value: unknown, today: string): Catalog {
	if (!isObject(value)) throw new CatalogDataError('it is not an object');
	const {images, lifecycle} = value;
	if (!Array.isArray(images) || images.length === 0 || images.length > maxImages) throw new CatalogDataError('its "images" is not a list of images');
	if (!Array.isArray(lifecycle) || lifecycle.length === 0 || lifecycle.length > 200) throw new CatalogDataError('its "lifecycle" is not a list of .NET versions');
	const catalog: Catalog = {
		images: images.map((image, index) => parseImage(image, index)),
		lifecycle: lifecycle.map((entry, index) => parseLifecycle(entry, index)),
		source: parseSource(value['source'], today),
	};
	checkComplete(catalog.images, 'it', catalog.lifecycle);
	return catalog;
}
