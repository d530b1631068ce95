import {dotnetVersions} from '../catalog/catalog.js';
import type {AnswerId} from '../engine/answers.js';
import {InputError} from '../engine/resolve.js';
import {ociOutput} from '../grammar/buildx-output.js';
import {imageToBuild} from '../grammar/image-name.js';
import {shownValue} from '../grammar/shown-text.js';
import {detectModes, type DetectMode} from '../project/evaluate.js';
import {checkBuilderName} from '../render/build-command.js';
import {parseCiJobs} from '../render/ci-apps.js';
import {parseFileKinds} from '../render/file-kinds.js';
import {parseBaseRegistry} from '../runner/base-registry.js';
import {parseEngine} from '../runner/engines/engine.js';

/** The shape of a .NET version (which versions exist, the catalog says later: --refresh may add some). */
function checkDotnetVersion(value: string): void {
	if (!/^(?:net)?\d+(?:\.\d+)?$/i.test(value.trim())) throw new InputError(`--dotnet: ${shownValue(value)} is not a .NET version like 10.0.`);
}

function checkDetectMode(value: string): void {
	if (!detectModes.includes(value.trim().toLowerCase() as DetectMode)) throw new InputError(`--detect: ${shownValue(value)} is not a reader (accepted: msbuild, xml).`);
}

type FlagSpec = {
	type: 'string' | 'boolean';
	shortFlag?: string;
	/** Shown in --help and the README, in this order. */
	help: string;
	value?: string;
	answer?: AnswerId;
	group: 'answers' | 'output' | 'build' | 'project' | 'catalog';
	/**
	 * The value's grammar, checked as the command line is read (before any file is looked at), so
	 * that the error names the flag and its value: throws an InputError with one line.
	 */
	check?: (value: string) => void;
};

export const flags = {
	dotnet: {type: 'string', value: 'VERSION', answer: 'dotnet', group: 'answers', check: checkDotnetVersion, help: `.NET version: ${dotnetVersions().join(', ')} (default: newest supported LTS)`},
	app: {type: 'string', value: 'KIND', answer: 'app', group: 'answers', help: 'web (ASP.NET Core) or console (worker/console app)'},
	deploy: {type: 'string', value: 'MODE', answer: 'deploy', group: 'answers', help: 'framework, self-contained or aot (Native AOT)'},
	startup: {type: 'string', value: 'MODE', answer: 'startup', group: 'answers', help: 'jit, readytorun or composite (aspnet composite image)'},
	shell: {type: 'string', value: 'yes/no', answer: 'shell', group: 'answers', help: 'need a shell and package manager in production? no = chiseled/distroless'},
	globalization: {type: 'string', value: 'MODE', answer: 'globalization', group: 'answers', help: 'invariant, or icu (culture data and time zones)'},
	os: {type: 'string', value: 'DISTRO', answer: 'os', group: 'answers', help: 'ubuntu, debian, alpine or azurelinux'},
	arch: {type: 'string', value: 'LIST', answer: 'arch', group: 'answers', help: 'amd64, arm64, arm, comma-separated (default: amd64,arm64)'},
	rollForward: {type: 'boolean', group: 'answers', help: 'let a framework-dependent app built for an older .NET start on the image\'s newer runtime (ENV DOTNET_ROLL_FORWARD=Major)'},
	yes: {type: 'boolean', shortFlag: 'y', group: 'answers', help: 'take detected, saved or default answers for the rest; never prompt'},
	json: {type: 'boolean', group: 'output', help: 'print the recommendation (and files asked for with --output) as JSON'},
	explain: {type: 'boolean', group: 'output', help: 'print reasons, trade-offs, alternatives and answer sources in full'},
	output: {type: 'string', value: 'FILES', group: 'output', check: parseFileKinds, help: 'print generated files: dockerfile, dockerignore, zerops, csproj, compose or all (comma-separated); github-actions, gitlab-ci when named; renovate, dependabot with --pin'},
	write: {type: 'string', value: '[DIR]', group: 'output', help: 'write the files: Dockerfile and container.props in the app\'s folder, .dockerignore (merged with yours) and zerops.yml at the build context; or all into DIR'},
	ciJobs: {type: 'string', value: 'FORM', group: 'output', check: parseCiJobs, help: 'CI files: per-arch (a job per architecture on native runners, then a merge job) or single (one cross-compiling job); default: per-arch only where Native AOT cannot cross-compile'},
	force: {type: 'boolean', group: 'output', help: 'let --write overwrite files that already exist'},
	plain: {type: 'boolean', group: 'output', help: 'ask the questions line by line, with no redraws or colour (automatic when TERM=dumb)'},
	today: {type: 'string', value: 'DATE', group: 'output', help: 'judge support dates as of DATE (YYYY-MM-DD) instead of today'},
	releases: {type: 'string', value: 'FILE', group: 'output', help: 'use a newer .NET releases-index.json for support dates'},
	project: {type: 'string', value: 'PATH', group: 'project', help: 'project (.csproj, .fsproj, .vbproj), solution (.sln, .slnx, .slnf) or folder to detect answers from (default: current folder)'},
	all: {type: 'boolean', group: 'project', help: 'every runnable app of the solution, folder or Aspire app host (--project, else the solution above this folder): a Dockerfile in each app\'s folder'},
	apps: {type: 'string', value: 'LIST', group: 'project', help: 'the apps to take, by project name (comma-separated), as --all does'},
	context: {type: 'string', value: 'DIR', group: 'project', help: 'build context for the Dockerfile (default: the app\'s folder, widened up to the repository root as restore needs)'},
	detect: {type: 'string', value: 'READER', group: 'project', check: checkDetectMode, help: 'msbuild (dotnet msbuild, the default when the SDK is on PATH) or xml (read the files, no SDK)'},
	config: {type: 'string', value: 'FILE', group: 'project', help: 'read saved answers from FILE instead of searching for a config file'},
	save: {type: 'boolean', group: 'project', help: 'save the answers to .dotnet-image-wizardrc.json for the next run'},
	build: {type: 'boolean', group: 'build', help: 'run the build after generating (with --engine, or the first engine installed)'},
	engine: {type: 'string', value: 'ENGINE', group: 'build', check: parseEngine, help: 'docker (buildx), podman, buildah or sdk (dotnet publish /t:PublishContainer); default: the first that runs, in that order'},
	builder: {type: 'string', value: 'NAME', group: 'build', check: checkBuilderName, help: 'docker buildx builder instance to build with (--engine docker)'},
	image: {type: 'string', value: 'NAME', group: 'build', check: value => imageToBuild(value, '--image'), help: 'image name and tag to build (default: project name, lower case, :latest)'},
	push: {type: 'boolean', group: 'build', help: 'push the built image (needed for multi-platform images without an OCI archive)'},
	oci: {type: 'string', value: 'FILE', group: 'build', check: ociOutput, help: 'write a multi-platform image to an OCI archive instead of loading or pushing it'},
	baseRegistry: {type: 'string', value: 'HOST', group: 'build', check: parseBaseRegistry, help: 'pull the base images from a mirror of mcr.microsoft.com, HOST[:PORT][/PATH] (files and build)'},
	insecure: {type: 'boolean', group: 'build', help: 'allow plain HTTP to the registries of --image and --base-registry (podman, buildah, sdk)'},
	dryRun: {type: 'boolean', group: 'build', help: 'print the exact build commands without running them'},
	refresh: {type: 'boolean', group: 'catalog', help: 'download the current tags and support dates from dotnet-docker and the .NET releases index'},
	offline: {type: 'boolean', group: 'catalog', help: 'use only the catalog built into this version; no network, no cache'},
	verify: {type: 'boolean', group: 'catalog', help: 'ask the registry for each recommended tag: every platform there, and its digests'},
	pin: {type: 'boolean', group: 'catalog', help: 'write every FROM and ContainerBaseImage as tag@sha256:digest, as the registry --verify asks serves it'},
	noPin: {type: 'boolean', group: 'catalog', help: 'leave the base images as tags this run, though the saved answers say "pin": true'},
	manifestBase: {type: 'string', value: 'URL', group: 'catalog', help: 'where manifest.json and manifest.versions.json are (env DOTNET_IMAGE_WIZARD_MANIFEST_BASE)'},
	releasesBase: {type: 'string', value: 'URL', group: 'catalog', help: 'where releases-index.json is (env DOTNET_IMAGE_WIZARD_RELEASES_BASE)'},
	registry: {type: 'string', value: 'URL', group: 'catalog', help: 'the registry --verify asks (default: https://mcr.microsoft.com; env DOTNET_IMAGE_WIZARD_REGISTRY)'},
} satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof flags;

/** The parsed command line: each flag by its name in the table. */
export type Flags = Partial<Record<FlagName, string | boolean | undefined>>;

export const answerFlags = Object.entries(flags)
	.filter(([, spec]) => 'answer' in spec)
	.map(([name, spec]) => ({name, answer: (spec as FlagSpec).answer!}));

export const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

const groupTitles = {answers: 'Answers', output: 'Output', project: 'Project and config', build: 'Build', catalog: 'Catalog'};

export function helpText(): string {
	const lines = [
		'Usage',
		'  $ dotnet-image-wizard [options]',
		'  $ dotnet-image-wizard doctor [PATH...] [options]   check existing Dockerfiles (doctor --help)',
		'',
		'Picks the official mcr.microsoft.com/dotnet images for your app and generates the',
		'Dockerfile, .dockerignore, zerops.yml and SDK container properties. Without --yes',
		'in a terminal it asks its questions one by one.',
	];
	for (const [group, title] of Object.entries(groupTitles)) {
		lines.push('', title);
		for (const [name, spec] of Object.entries(flags) as Array<[string, FlagSpec]>) {
			if (spec.group !== group) continue;
			const left = `${spec.shortFlag ? `-${spec.shortFlag}, ` : '    '}--${kebab(name)}${spec.value ? ` ${spec.value}` : ''}`;
			lines.push(`  ${left.padEnd(28)} ${spec.help}`);
		}
	}
	lines.push(
		'      --help                   show this help',
		'      --version                show the version',
		'',
		'Exit codes: 0 done, 1 failure (build failed, file system error), 2 bad input or an',
		'impossible combination, 130 cancelled.',
		'',
		'Examples',
		'  $ dotnet-image-wizard --yes --project src/Api',
		'  $ dotnet-image-wizard --dotnet 10.0 --app web --deploy aot --shell no --os ubuntu --arch amd64,arm64 --json',
		'  $ dotnet-image-wizard --yes --output dockerfile > Dockerfile',
		'  $ dotnet-image-wizard --yes --write --build --push --image registry.example.com/api:1.0',
		'  $ dotnet-image-wizard --refresh && dotnet-image-wizard --yes --verify',
	);
	return lines.join('\n');
}

/** The first command-line token that names no flag, as a one-line error, or undefined. */
export function unknownFlagError(argv: string[]): string | undefined {
	const known = new Set(['help', 'version', ...Object.keys(flags).map(kebab)]);
	const shorts = new Set(['h', ...Object.values(flags).flatMap(spec => ('shortFlag' in spec ? [spec.shortFlag] : []))]);
	for (const token of argv) {
		if (token === '--') break;
		const long = /^--([^=]+)/.exec(token)?.[1];
		if (long !== undefined && !known.has(long)) {
			const close = [...known].find(name => name.startsWith(long.slice(0, 3)));
			return `unknown flag --${long}${close ? ` (did you mean --${close}?)` : ''}. See --help.`;
		}
		const short = /^-([^-].*)$/.exec(token)?.[1];
		if (short !== undefined && ![...short].every(letter => shorts.has(letter))) return `unknown flag ${token}. See --help.`;
	}
	return undefined;
}
