import {describe, expect, it} from 'vitest';
import {findImage, reference, releasesFor, tagExists} from '../source/catalog/catalog.js';
import {images} from '../source/catalog/images.generated.js';
import {recommendedVersion, supportStatus, useReleasesIndex} from '../source/catalog/lifecycle.js';

describe('tag catalog', () => {
	it('knows the floating tags of all four families', () => {
		expect(tagExists('aspnet', '10.0-noble-chiseled-extra')).toBe(true);
		expect(tagExists('runtime-deps', '10.0-noble-chiseled')).toBe(true);
		expect(tagExists('sdk', '10.0-noble-aot')).toBe(true);
		expect(tagExists('sdk', '10.0')).toBe(true);
		expect(tagExists('runtime', '8.0-jammy-chiseled')).toBe(true);
		expect(tagExists('aspnet', '11.0-preview-resolute-chiseled')).toBe(true);
	});

	it('does not invent tags the manifest lacks', () => {
		expect(tagExists('sdk', '10.0-noble-chiseled')).toBe(false);
		expect(tagExists('aspnet', '10.0-bookworm-slim')).toBe(false);
		expect(tagExists('runtime-deps', '10.0-noble-aot')).toBe(false);
		expect(tagExists('aspnet', '11.0-resolute')).toBe(false);
	});

	it('records variant flags and architectures per image', () => {
		const distroless = findImage({repo: 'aspnet', dotnet: '10.0', os: 'azurelinux', codename: 'azurelinux3.0', distroless: true, extra: false, composite: false, aot: false});
		expect(distroless?.tag).toBe('10.0-azurelinux3.0-distroless');
		expect(distroless?.architectures).toEqual(['amd64', 'arm64']);
		const chiseled = findImage({repo: 'runtime', dotnet: '10.0', os: 'ubuntu', codename: 'noble', distroless: true, extra: true, composite: false, aot: false});
		expect(chiseled).toMatchObject({tag: '10.0-noble-chiseled-extra', chiseled: true, extra: true});
		expect(chiseled?.architectures).toContain('arm');
		expect(reference(chiseled!, 'arm64')).toBe('mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra-arm64v8');
	});

	it('uses the name people write: the distro, and the floating Alpine version', () => {
		const names = images.map(image => image.tag);
		expect(names).toContain('10.0-alpine');
		expect(names).toContain('10.0-noble-aot');
		expect(names).not.toContain('10.0-aot');
	});

	it('orders releases with the default one first, then newest', () => {
		expect(releasesFor('10.0', 'ubuntu')).toEqual(['noble', 'resolute']);
		expect(releasesFor('8.0', 'ubuntu')).toEqual(['noble', 'jammy']);
		expect(releasesFor('8.0', 'debian')).toEqual(['bookworm']);
		expect(releasesFor('10.0', 'debian')).toEqual([]);
		expect(releasesFor('10.0', 'alpine')[0]).toBe('alpine3.24');
	});
});

describe('lifecycle', () => {
	it('computes end of support against the date, not the snapshot phase', () => {
		expect(supportStatus('8.0', '2026-06-01')).toMatchObject({phase: 'active', supported: true});
		expect(supportStatus('8.0', '2026-11-24')).toMatchObject({phase: 'eol', supported: false});
		expect(supportStatus('9.0', '2026-11-24').summary).toBe('.NET 9.0 (STS) reached end of support on 2026-11-10');
		expect(supportStatus('11.0', '2026-11-24')).toMatchObject({phase: 'preview', supported: false});
	});

	it('recommends the newest supported LTS', () => {
		expect(recommendedVersion('2026-11-24')).toBe('10.0');
		expect(recommendedVersion('2026-01-01')).toBe('10.0');
	});

	it('accepts a newer releases index', () => {
		useReleasesIndex({'releases-index': [{'channel-version': '11.0', 'release-type': 'sts', 'support-phase': 'active', 'eol-date': '2028-11-14'}]});
		expect(supportStatus('11.0', '2026-11-24')).toMatchObject({phase: 'active', supported: true, eolDate: '2028-11-14'});
		expect(() => useReleasesIndex({channels: []})).toThrow(/releases-index/);
		useReleasesIndex({'releases-index': [{'channel-version': '11.0', 'release-type': 'sts', 'support-phase': 'preview'}]});
	});
});
