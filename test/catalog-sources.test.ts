import {describe, expect, it} from 'vitest';
import {embeddedCatalog} from '../source/catalog/active.js';
import {buildCatalog, CatalogDataError} from '../source/catalog/build-catalog.js';
import {newerCatalog} from '../source/catalog/cache.js';
import {cacheFolder, homeFolder} from '../source/read/user-folders.js';
import {nearestTag} from '../source/catalog/nearest-tag.js';
import {sourceUrls} from '../source/catalog/sources.js';
import {stalenessWarning} from '../source/catalog/staleness.js';
import type {Catalog} from '../source/catalog/types.js';
import {parseChallenge} from '../source/registry/token-challenge.js';
import {gaDocuments, snapshotDocuments} from './support/catalog-server.js';

const refreshed = (date: string): Catalog => ({...buildCatalog(gaDocuments()), source: {kind: 'refreshed', date, manifest: 'https://example/manifest.json', releases: 'https://example/releases-index.json'}});

describe('the catalog builder', () => {
	it('rebuilds the embedded catalog exactly from the documents it came from', () => {
		const built = buildCatalog(snapshotDocuments());
		expect(built.images).toEqual(embeddedCatalog.images);
		expect(built.lifecycle).toEqual(embeddedCatalog.lifecycle);
	});

	it('gives a released 11.0 its GA tags and a preview its due date', () => {
		const {images, lifecycle} = buildCatalog(gaDocuments());
		const aspnet = images.filter(image => image.repo === 'aspnet' && image.dotnet === '11.0').map(image => image.tag);
		expect(aspnet).toContain('11.0-resolute-chiseled');
		expect(aspnet.some(tag => tag.includes('preview'))).toBe(false);
		expect(images.find(image => image.repo === 'sdk' && image.aliases.includes('11.0'))?.tag).toBe('11.0-resolute');
		expect(lifecycle.find(entry => entry.dotnet === '11.0')).toMatchObject({supportPhase: 'active', gaDate: null, eolDate: '2028-11-14', minorTag: '11.0'});
		expect(embeddedCatalog.lifecycle.find(entry => entry.dotnet === '11.0')?.gaDate).toBe('2026-11-10');
	});

	it('refuses documents of the wrong shape or incomplete, naming the document', () => {
		const {manifest, versions, releasesIndex} = snapshotDocuments();
		const without = (family: string) => ({...manifest, repos: (manifest['repos'] as Array<{id: string}>).filter(repo => repo.id !== family)});
		expect(() => buildCatalog({manifest: {hello: 1}, versions, releasesIndex})).toThrow(/^manifest\.json is not a dotnet-docker manifest/);
		expect(() => buildCatalog({manifest: without('aspnet'), versions, releasesIndex})).toThrow('manifest.json has no images for the repository aspnet');
		expect(() => buildCatalog({manifest, versions: {variables: {}}, releasesIndex})).toThrow(/^manifest\.versions\.json does not define dotnet\|8\.0\|minor-tag/);
		expect(() => buildCatalog({manifest, versions: [], releasesIndex})).toThrow(CatalogDataError);
		const no11 = {'releases-index': (releasesIndex['releases-index'] as Array<Record<string, string>>).filter(entry => entry['channel-version'] !== '11.0')};
		expect(() => buildCatalog({manifest, versions, releasesIndex: no11})).toThrow('releases-index.json has no .NET 11.0, which manifest.json has images for');
		expect(() => buildCatalog({manifest, versions, releasesIndex: {'releases-index': [{'channel-version': '8.0'}]}})).toThrow(/^releases-index\.json: an entry lacks/);
	});
});

describe('a catalog overtaken by the calendar', () => {
	it('warns for the built-in snapshot once 11.0 was due and 8.0 and 9.0 ended, naming --refresh', () => {
		expect(stalenessWarning(embeddedCatalog, '2026-11-24')).toBe('The image catalog is from 2026-08-21 (the snapshot built into this version); since then .NET 11.0 (2026-11-10) was due for release, and .NET 8.0 and 9.0 (2026-11-10) reached end of support. Run `dotnet-image-wizard --refresh` for current tags.');
		expect(stalenessWarning(embeddedCatalog, '2026-11-09')).toBeUndefined();
	});

	it('does not warn for a catalog refreshed after those dates', () => {
		expect(stalenessWarning(refreshed('2026-11-20'), '2026-11-24')).toBeUndefined();
	});

	it('prefers the newer catalog, the refreshed one on the same day', () => {
		expect(newerCatalog(embeddedCatalog, refreshed('2026-11-20'))).not.toBe(embeddedCatalog);
		expect(newerCatalog(embeddedCatalog, refreshed('2026-08-21')).source.kind).toBe('refreshed');
		expect(newerCatalog(embeddedCatalog, refreshed('2026-01-01'))).toBe(embeddedCatalog);
		expect(newerCatalog(embeddedCatalog, undefined)).toBe(embeddedCatalog);
	});
});

describe('where the catalog comes from and is kept', () => {
	it('uses the official locations unless a flag or the environment names a mirror', () => {
		expect(sourceUrls({}, {})).toEqual({
			manifest: 'https://raw.githubusercontent.com/dotnet/dotnet-docker/main/manifest.json',
			versions: 'https://raw.githubusercontent.com/dotnet/dotnet-docker/main/manifest.versions.json',
			releases: 'https://builds.dotnet.microsoft.com/dotnet/release-metadata/releases-index.json',
			registry: 'https://mcr.microsoft.com',
		});
		const env = {DOTNET_IMAGE_WIZARD_MANIFEST_BASE: 'https://mirror.example/docker', DOTNET_IMAGE_WIZARD_REGISTRY: 'http://127.0.0.1:5000/'};
		expect(sourceUrls({}, env)).toMatchObject({manifest: 'https://mirror.example/docker/manifest.json', registry: 'http://127.0.0.1:5000'});
		expect(sourceUrls({manifestBase: 'https://flag.example/'}, env).manifest).toBe('https://flag.example/manifest.json');
	});

	it('refuses a base that is not a plain http(s) address, naming where it came from', () => {
		expect(() => sourceUrls({manifestBase: 'ftp://mirror'}, {})).toThrow('--manifest-base: "ftp://mirror" is not an http or https URL.');
		expect(() => sourceUrls({}, {DOTNET_IMAGE_WIZARD_RELEASES_BASE: 'mirror'})).toThrow(/^DOTNET_IMAGE_WIZARD_RELEASES_BASE: "mirror" is not a URL/);
		expect(() => sourceUrls({registry: 'https://user:secret@registry.example'}, {})).toThrow(/carries credentials/);
		expect(() => sourceUrls({registry: 'https://registry.example/?x=1'}, {})).toThrow(/leave out \?query/);
	});

	it('keeps the cache where each platform keeps caches', () => {
		expect(cacheFolder({XDG_CACHE_HOME: '/var/cache/me'}, 'linux', '/home/me')).toBe('/var/cache/me/dotnet-image-wizard');
		expect(cacheFolder({XDG_CACHE_HOME: 'relative'}, 'linux', '/home/me')).toBe('/home/me/.cache/dotnet-image-wizard');
		expect(cacheFolder({}, 'darwin', '/Users/me')).toBe('/Users/me/Library/Caches/dotnet-image-wizard');
		expect(cacheFolder({LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local'}, 'win32', 'C:\\Users\\me')).toBe('C:\\Users\\me\\AppData\\Local\\dotnet-image-wizard\\Cache');

	});

	it('ignores a relative HOME or XDG_CACHE_HOME: the account\'s own home, else no cache at all', () => {
		expect(homeFolder('project/home', () => '/home/me')).toBe('/home/me');
		expect(homeFolder('/home/you', () => '/home/me')).toBe('/home/you');
		expect(homeFolder('', () => 'relative')).toBeUndefined();
		expect(cacheFolder({XDG_CACHE_HOME: '.cache'}, 'linux', homeFolder('.', () => '/home/me'))).toBe('/home/me/.cache/dotnet-image-wizard');
		expect(cacheFolder({LOCALAPPDATA: 'AppData'}, 'win32', 'C:\\Users\\me')).toBe('C:\\Users\\me\\AppData\\Local\\dotnet-image-wizard\\Cache');
	});
});

describe('registry details', () => {
	it('names the nearest floating tag for one that vanished', () => {
		const tags = ['11.0', '11.0-resolute', '11.0-resolute-chiseled', '11.0-resolute-chiseled-extra', '11.0.0-resolute-chiseled', '11.0.0-preview.7-resolute-chiseled', '10.0-noble-chiseled'];
		expect(nearestTag('11.0-preview-resolute-chiseled', tags)).toBe('11.0-resolute-chiseled');
		expect(nearestTag('11.0-preview', tags)).toBe('11.0');
		expect(nearestTag('anything', [])).toBeUndefined();
	});

	it('reads a bearer challenge with quoted, escaped and bare values', () => {
		expect(parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:dotnet/sdk:pull"')).toEqual({
			scheme: 'bearer',
			params: {realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:dotnet/sdk:pull'},
		});
		expect(parseChallenge('Bearer realm="a\\"b", service=bare')?.params).toEqual({realm: 'a"b', service: 'bare'});
		expect(parseChallenge('Basic realm="Registry"')?.scheme).toBe('basic');
		expect(parseChallenge('')).toBeUndefined();
	});
});
