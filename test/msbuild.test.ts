// Every fixture shape read by both readers, against the real .NET SDK: the XML reader and MSBuild
// agree on each answer, or the test names what the XML reader cannot see.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {detectProject, type Detection} from '../source/project/detect.js';
import {failureReason} from '../source/project/msbuild-evaluation.js';
import {fixture, root} from './cli-run.js';
import {missingTools} from './support/requirements.js';

const missing = missingTools(['dotnet']);

async function both(file: string): Promise<{xml: Detection | Error; msbuild: Detection | Error}> {
	const read = async (detect: 'xml' | 'msbuild') => detectProject(path.join(root, 'test', 'fixtures', 'projects', file), root, {detect}).catch((error: Error) => error);
	return {xml: await read('xml'), msbuild: await read('msbuild')};
}

/** What a user sees of a detection: answers, kind, the files restore needs, the entrypoint facts. */
function seen(detection: Detection | Error) {
	if (detection instanceof Error) return {error: detection.message};
	const {layer, kind, project, contextDirectory, problems, refusal} = detection;
	return {values: layer.values, kind, project, context: path.relative(root, contextDirectory), problems, refusal};
}

describe.skipIf(missing !== '')(`MSBuild and the XML reader on every project shape${missing}`, () => {
	it.each([
		['central package management, the framework in Directory.Packages.props, global.json and NuGet.config at the root', 'central-packages/src/Api/Api.csproj'],
		['a props chain through GetPathOfFileAbove', 'props-chain/src/App/App.csproj'],
		['references added by a glob in Directory.Build.targets', 'glob-references/src/Api/Api.csproj'],
		['PublishSelfContained, PublishTrimmed and PublishSingleFile', 'single-file/Tool.csproj'],
		['an F# web app', 'fsharp-web/Site.fsproj'],
		['a multi-targeted app', 'multi-target/Shop.csproj'],
		['ContainerRepository and a ContainerPort', 'container-settings/MediaServer.csproj'],
		['ASPNETCORE_HTTP_PORTS in the container environment', 'http-ports/Gateway.csproj'],
		['a library', 'library/Library.csproj'],
		['a test project', 'tests-only/Api.Tests.csproj'],
		['a NUKE build project', 'nuke-build/build/_build.csproj'],
		['a SPA publish with npm and gRPC', 'spa-grpc/Shop.csproj'],
	])('%s: both readers agree', async (_shape, file) => {
		const {xml, msbuild} = await both(file);
		expect(msbuild).not.toBeInstanceOf(Error);
		expect((msbuild as Detection).evaluator).toBe('msbuild');
		expect(seen(xml)).toEqual(seen(msbuild));
	});

	it('reads the framework from Directory.Packages.props and copies every root file restore reads', async () => {
		const {msbuild} = await both('central-packages/src/Api/Api.csproj');
		const detection = msbuild as Detection;
		expect(detection.layer.values).toMatchObject({dotnet: '8.0', app: 'web', globalization: 'icu'});
		expect(detection.layer.notes?.dotnet).toBe('TargetFramework net8.0 in Directory.Packages.props');
		expect(detection.contextDirectory).toBe(fixture('central-packages'));
		expect(detection.project.restoreFiles).toEqual(['global.json', 'Directory.Build.props', 'Directory.Packages.props', 'NuGet.config', 'src/Api/Api.csproj']);
		expect(detection.notes).toEqual(['build context: test/fixtures/projects/central-packages, widened from test/fixtures/projects/central-packages/src/Api to hold Directory.Build.props, Directory.Packages.props, NuGet.config, global.json.']);
	});

	it('follows the props chain and the glob references into the build context', async () => {
		const chain = (await both('props-chain/src/App/App.csproj')).msbuild as Detection;
		expect(chain.layer.values).toMatchObject({dotnet: '8.0', app: 'console', globalization: 'invariant', startup: 'readytorun'});
		// In the order MSBuild reads them: the nearest props file, then the one it imports.
		expect(chain.project.restoreFiles).toEqual(['src/Directory.Build.props', 'Directory.Build.props', 'src/App/App.csproj']);
		const glob = (await both('glob-references/src/Api/Api.csproj')).msbuild as Detection;
		expect(glob.contextDirectory).toBe(fixture('glob-references'));
		expect(glob.project.restoreFiles).toEqual(['Directory.Build.targets', 'libs/Billing/Billing.csproj', 'libs/Mail/Mail.csproj', 'src/Api/Api.csproj']);
	});

	it('publishes a single-file app self-contained, with its executable as the entrypoint', async () => {
		const detection = (await both('single-file/Tool.csproj')).msbuild as Detection;
		expect(detection.layer.values).toMatchObject({dotnet: '10.0', app: 'console', deploy: 'self-contained', globalization: 'icu'});
		expect(detection.project).toMatchObject({name: 'Tool', singleFile: true});
	});

	it('reads the project\'s image name and port', async () => {
		const detection = (await both('container-settings/MediaServer.csproj')).msbuild as Detection;
		expect(detection.project).toMatchObject({repository: 'media/server', port: 8096});
		expect(((await both('http-ports/Gateway.csproj')).msbuild as Detection).project.port).toBe(5000);
	});

	it('refuses what is not an app, saying what it is', async () => {
		for (const [file, refusal] of [
			['library/Library.csproj', /it is a library, not an app/],
			['tests-only/Api.Tests.csproj', /it is a test project, not an app/],
			['nuke-build/build/_build.csproj', /it is a build project, not an app/],
		] as const) {
			const {xml, msbuild} = await both(file);
			expect((msbuild as Detection).refusal).toMatch(refusal);
			expect((xml as Detection).refusal).toMatch(refusal);
		}
	});

	it('refuses a classic .NET Framework project as clearly as net48', async () => {
		const {xml, msbuild} = await both('classic-net48/Classic.csproj');
		for (const detection of [xml, msbuild] as Detection[]) {
			expect(detection.problems[0]).toMatch(/classic \.NET Framework project \(TargetFrameworkVersion v4\.8, no SDK\): \.NET Framework runs only in Windows containers/);
		}
	});

	it('names what the XML reader cannot see: an Aspire app host SDK and a MAUI target are still told apart', async () => {
		const aspire = await both('aspire-element/AppHost.csproj');
		expect((aspire.xml as Detection).kind).toBe('aspire-host');
		expect((aspire.msbuild as Detection).kind).toBe('aspire-host');
		const maui = await both('maui-app/Phone.csproj');
		expect((maui.xml as Detection).kind).toBe('mobile');
		expect((maui.msbuild as Detection).kind).toBe('mobile');
	});
});

describe('what MSBuild printed when it failed', () => {
	it('is one line: the error itself, with the project\'s own text escaped and cut short', () => {
		const output = `/work/App.csproj : error MSB4236: The SDK 'X\u001B]0;pwned\u0007${'y'.repeat(500)}' specified could not be found. [/work/App.csproj]\nBuild FAILED.`;
		const reason = failureReason(output)!;
		expect(reason.startsWith('error MSB4236: The SDK \'X\\x1b]0;pwned\\x07y')).toBe(true);
		expect(reason).not.toMatch(/[\u0000-\u001F]/);
		expect(reason.length).toBeLessThanOrEqual(240);
		expect(reason.endsWith('…')).toBe(true);
	});
});
