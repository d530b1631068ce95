import {describe, expect, it, beforeAll} from 'vitest';
import {missingTools} from '../support/requirements.js';
import {buildah, configOf, isolationFlags} from './buildah.js';
import {ensureStandIns, standInImages, standInLabel} from './stand-ins.js';

const missing = missingTools(['buildah', 'debootstrap', 'dotnet']);

async function inContainer<T>(image: string, work: (container: string) => Promise<T>): Promise<T> {
	const container = await buildah(['from', '--pull=never', image]);
	try {
		return await work(container);
	} finally {
		await buildah(['rm', container]);
	}
}

describe.skipIf(missing !== '')(`stand-in base images${missing}`, () => {
	beforeAll(async () => {
		await ensureStandIns();
	}, 20 * 60_000);

	it('carry the official names as two-platform manifest lists, labelled as test fixtures', async () => {
		expect(standInImages).toContain('mcr.microsoft.com/dotnet/sdk:10.0-noble');
		expect(standInImages).toContain('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		for (const reference of standInImages) {
			const list = JSON.parse(await buildah(['manifest', 'inspect', reference])) as {manifests: Array<{platform: {architecture: string}}>};
			expect(list.manifests.map(entry => entry.platform.architecture).sort(), reference).toEqual(['amd64', 'arm64']);
		}
		const labels = (await configOf('localhost/dotnet-image-wizard-stand-in/aspnet:10.0-noble-chiseled-amd64')).Labels ?? {};
		expect(labels[standInLabel]).toMatch(/^[0-9a-f]{16}$/);
		expect(labels['org.opencontainers.image.title']).toMatch(/^Test fixture/);
	});

	it('are built once: a second call with the same recipe keeps every image', async () => {
		const ids = async () => (await buildah(['images', '--noheading', '--no-trunc', '--format', '{{.Name}}:{{.Tag}} {{.ID}}'])).split('\n').filter(line => line.startsWith('localhost/dotnet-image-wizard-stand-in/')).sort().join('\n');
		const before = await ids();
		await ensureStandIns();
		expect(await ids()).toBe(before);
	}, 20 * 60_000);

	it('chiseled: no shell, the app user, the .NET host on PATH', async () => {
		await inContainer('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled', async container => {
			await expect(buildah(['run', ...isolationFlags, container, '--', '/bin/sh', '-c', 'true'])).rejects.toThrow(/no such file or directory/);
			const config = await configOf(container, 'container');
			expect(config.User).toBe('1654');
			expect(config.Env).toEqual(expect.arrayContaining(['APP_UID=1654', 'ASPNETCORE_HTTP_PORTS=8080']));
			expect(await buildah(['run', ...isolationFlags, container, '--', 'dotnet', '--list-runtimes'])).toMatch(/Microsoft\.AspNetCore\.App 10\.0/);
		});
	}, 120_000);

	it('sdk: the real SDK and a shell; -aot adds clang', async () => {
		await inContainer('mcr.microsoft.com/dotnet/sdk:10.0-noble-aot', async container => {
			expect(await buildah(['run', ...isolationFlags, container, '--', 'sh', '-c', 'dotnet --list-sdks && command -v clang && id -u app'])).toMatch(/^10\.0\.\d+ .*\n\/usr\/bin\/clang\n1654$/s);
		});
	}, 120_000);
});
