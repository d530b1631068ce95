import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {describe, expect, it} from 'vitest';
import {installable, nativeDependencies, nativeNeeds} from '../source/catalog/native-dependencies.js';
import type {Answers} from '../source/engine/answers.js';
import type {Recommendation} from '../source/engine/recommend.js';
import {makeProject} from '../source/project/project.js';
import {renderDockerfile} from '../source/render/dockerfile.js';
import {renderZerops} from '../source/render/zerops.js';
import {recommendationFor} from './answers.js';
import {root, runCli} from './cli-run.js';

const project = makeProject({name: 'Thumbnails'});
const skia = nativeNeeds(['SkiaSharp', 'SkiaSharp.NativeAssets.Linux']);

function withSkia(overrides: Partial<Answers>): Recommendation {
	return {...recommendationFor(overrides), nativeDependencies: skia};
}

describe('the list of packages with native dependencies', () => {
	it('names a source for every entry, and a package for each package manager where one fixes it', () => {
		for (const dependency of nativeDependencies) {
			expect(dependency.source.length, dependency.library).toBeGreaterThan(20);
			if (installable(dependency)) for (const manager of ['apt', 'apk', 'tdnf'] as const) expect(dependency.install[manager].length, `${dependency.library} ${manager}`).toBeGreaterThan(0);
			else expect(dependency.advice, dependency.library).toBeDefined();
		}
	});

	it('matches package ids case-insensitively, by prefix where the list says, one need per library', () => {
		expect(skia.map(need => [need.package, need.dependency.library])).toEqual([['SkiaSharp.NativeAssets.Linux', 'libfontconfig.so.1']]);
		// The build of libSkiaSharp without fontconfig needs nothing.
		expect(nativeNeeds(['SkiaSharp', 'SkiaSharp.NativeAssets.Linux.NoDependencies'])).toEqual([]);
		expect(nativeNeeds(['magick.net-q8-anycpu']).map(need => need.package)).toEqual(['magick.net-q8-anycpu']);
		expect(nativeNeeds(['Microsoft.Data.SqlClient', 'Npgsql']).map(need => need.package)).toEqual(['Microsoft.Data.SqlClient']);
		expect(nativeNeeds(['Newtonsoft.Json'])).toEqual([]);
	});
});

describe('the files for an app with a native dependency', () => {
	it('installs the library in the final stage with the runtime OS\'s package manager, before the app user', () => {
		const cases = [
			[{shell: 'yes', os: 'ubuntu'}, 'RUN apt-get update \\\n    && apt-get install -y --no-install-recommends libfontconfig1 \\\n    && rm -rf /var/lib/apt/lists/*\n'],
			[{shell: 'yes', os: 'debian', dotnet: '9.0'}, 'apt-get install -y --no-install-recommends libfontconfig1'],
			[{os: 'alpine'}, 'RUN apk add --no-cache fontconfig\n'],
			[{shell: 'yes', os: 'azurelinux'}, 'RUN tdnf install -y fontconfig \\\n    && tdnf clean all\n'],
		] as const;
		for (const [answers, install] of cases) {
			const dockerfile = renderDockerfile(withSkia(answers as Partial<Answers>), project, 'thumbnails');
			const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
			expect(finalStage, JSON.stringify(answers)).toContain(install);
			expect(finalStage.indexOf('RUN '), JSON.stringify(answers)).toBeLessThan(Math.max(finalStage.indexOf('USER '), finalStage.indexOf('ENTRYPOINT')));
		}
	});

	it('adds no RUN to a shell-less image, where it would fail: the warning says what to choose instead', () => {
		const dockerfile = renderDockerfile(withSkia({shell: 'no', os: 'ubuntu'}), project, 'thumbnails');
		expect(dockerfile).toContain('-chiseled');
		expect(dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))).not.toContain('RUN ');
	});

	it('zerops.yml builds a custom runtime image with the library, beside ICU on Alpine', () => {
		const ubuntu = parseYaml(renderZerops(withSkia({shell: 'yes', os: 'ubuntu'}), project).content) as {zerops: Array<{run: {prepareCommands: string[]}}>};
		expect(ubuntu.zerops[0]!.run.prepareCommands).toEqual(['sudo apt-get update', 'sudo apt-get install -y --no-install-recommends libfontconfig1']);
		const alpine = parseYaml(renderZerops(withSkia({os: 'alpine', globalization: 'icu'}), project).content) as typeof ubuntu;
		expect(alpine.zerops[0]!.run.prepareCommands).toEqual(['sudo apk add --no-cache icu-libs icu-data-full tzdata fontconfig']);
		// Without a native dependency nothing changes.
		const plain = parseYaml(renderZerops(recommendationFor({os: 'ubuntu'}), project).content) as {zerops: Array<{run: Record<string, unknown>}>};
		expect(plain.zerops[0]!.run).not.toHaveProperty('prepareCommands');
	});
});

describe('a project that references SkiaSharp.NativeAssets.Linux', () => {
	const cwd = path.join(root, 'test', 'real', 'apps', 'thumbnails');

	it('is given an image with a shell (the detected answer says why), the install, and a warning naming package and library', async () => {
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--detect', 'xml', '--explain', '--arch', 'amd64'], {cwd});
		expect(exitCode, stderr).toBe(0);
		expect(stdout).toContain('PackageReference SkiaSharp.NativeAssets.Linux: it loads libfontconfig.so.1, which an image with no shell cannot add');
		expect(stdout).toContain('mcr.microsoft.com/dotnet/runtime:10.0-noble');
		expect(stdout).toMatch(/SkiaSharp\.NativeAssets\.Linux loads libfontconfig\.so\.1, which mcr\.microsoft\.com\/dotnet\/runtime:10\.0-noble lacks: the Dockerfile's final stage installs it/);
	});

	it('--shell no keeps the chiseled image and warns that the app will fail, with the fix', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--detect', 'xml', '--shell', 'no'], {cwd});
		expect(exitCode).toBe(0);
		expect(stdout).toContain('warning: SkiaSharp.NativeAssets.Linux loads libfontconfig.so.1, which mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled lacks and, with no shell or package manager, cannot add: the app fails when it first calls it (DllNotFoundException). Use an image with a shell (--shell yes)');
	});

	it('System.Drawing.Common gets the advice no package can replace', () => {
		const [need] = nativeNeeds(['System.Drawing.Common']);
		expect(need!.dependency.advice).toMatch(/PlatformNotSupportedException/);
		expect(installable(need!.dependency)).toBe(false);
	});
});
