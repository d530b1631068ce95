import {dotnetVersions, findImage, osNames, platforms, reference, releasesFor} from '../catalog/catalog.js';
import {supportStatus, type SupportStatus} from '../catalog/lifecycle.js';
import {activeCatalog} from '../catalog/active.js';
import type {NativeNeed} from '../catalog/native-dependencies.js';
import {stalenessWarning} from '../catalog/staleness.js';
import type {Architecture, CatalogImage, Family, OsFamily} from '../catalog/types.js';
import type {ProjectReport} from '../project/project-warnings.js';
import type {Answers} from './answers.js';
import {optionFor} from './questions.js';
import {refuseCombination, refuseMissingImage, type Refusal} from './refusals.js';
import {estimatedSize, flavorOf} from './sizes.js';

export type ImageChoice = {
	image: CatalogImage;
	/** Full multi-arch reference, e.g. mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled */
	reference: string;
	reasons: string[];
};

/**
 * How the build stage gets a binary for each target architecture:
 * - cross: the SDK runs on the build machine's architecture and publishes for $TARGETARCH;
 * - cross-aot: the same, adding the target's C toolchain when Native AOT cross-compiles (Ubuntu);
 * - emulated: the SDK runs on the target architecture (QEMU on a foreign builder), because Native
 *   AOT cannot cross-compile there.
 */
export type BuildMode = 'cross' | 'cross-aot' | 'emulated';

export type Tradeoffs = {
	sizeMb: number;
	shell: boolean;
	packageManager: 'apt' | 'apk' | 'tdnf' | null;
	nonRootByDefault: boolean;
	attackSurface: 'smallest' | 'small' | 'larger';
	startup: string;
	debugging: string;
};

export type Warning = {code: 'end-of-support' | 'preview' | 'emulation' | 'globalization' | 'shell' | 'version-lock' | 'global-json' | 'stale-catalog' | 'target-framework' | 'roll-forward' | 'npm' | 'grpc-musl' | 'native-library'; message: string};

export type Alternative = {
	runtime: string;
	build: string;
	change: Partial<Answers>;
	summary: string;
	sizeMb: number;
};

export type Recommendation = {
	answers: Answers;
	support: SupportStatus;
	build: ImageChoice;
	runtime: ImageChoice;
	buildMode: BuildMode;
	/** Alpine images use musl libc: RIDs are linux-musl-<arch>. */
	musl: boolean;
	runtimeIdentifiers: string[];
	/** For .NET 8/9 Native AOT, which have no -aot SDK: packages the build stage installs. */
	aotToolchain: string[];
	/** Packages of the project whose native code needs an OS library the images lack (set with the project's warnings). */
	nativeDependencies?: NativeNeed[];
	tradeoffs: Tradeoffs;
	warnings: Warning[];
	alternatives: Alternative[];
	/** How the project was read and what the SDK would pick, when there is a project. */
	project?: ProjectReport;
};

export type Outcome = {ok: true; recommendation: Recommendation} | {ok: false; refusal: Refusal};

type Plan = Omit<Recommendation, 'alternatives' | 'warnings' | 'tradeoffs' | 'support'>;

export function runtimeFamily(answers: Pick<Answers, 'app' | 'deploy'>): Family {
	if (answers.deploy !== 'framework') return 'runtime-deps';
	return answers.app === 'web' ? 'aspnet' : 'runtime';
}

/** No shell wanted: Ubuntu has chiseled images and Azure Linux distroless ones. */
export function wantsDistroless(answers: Pick<Answers, 'shell' | 'os'>): boolean {
	return answers.shell === 'no' && (answers.os === 'ubuntu' || answers.os === 'azurelinux');
}

export const packageManagers: Record<OsFamily, 'apt' | 'apk' | 'tdnf'> = {ubuntu: 'apt', debian: 'apt', alpine: 'apk', azurelinux: 'tdnf'};

// Packages that let the regular SDK image link Native AOT (the -aot SDK images have them built in).
const aotPackages: Partial<Record<OsFamily, string[]>> = {
	ubuntu: ['clang', 'zlib1g-dev'],
	debian: ['clang', 'zlib1g-dev'],
	alpine: ['clang', 'build-base', 'zlib-dev'],
};

// Build machines that run the cross-compiling SDK: an x64 CI runner or an Arm64 laptop.
const buildHosts: Architecture[] = ['amd64', 'arm64'];

export function recommend(answers: Answers, today: string): Outcome {
	const outcome = plan(answers);
	if (!outcome.ok) return outcome;
	const chosen = outcome.plan;
	return {
		ok: true,
		recommendation: {
			...chosen,
			support: supportStatus(answers.dotnet, today),
			tradeoffs: tradeoffsOf(chosen),
			warnings: warningsFor(chosen, today),
			alternatives: alternativesFor(chosen),
		},
	};
}

function plan(answers: Answers): {ok: true; plan: Plan} | {ok: false; refusal: Refusal} {
	const combination = refuseCombination(answers);
	if (combination) return {ok: false, refusal: combination};

	const family = runtimeFamily(answers);
	const distroless = wantsDistroless(answers);
	const extra = answers.globalization === 'icu' && (distroless || answers.os === 'alpine');
	const composite = answers.deploy === 'framework' && answers.startup === 'composite';
	const aot = answers.deploy === 'aot';

	const wanted = {distroless, chiseled: distroless && answers.os === 'ubuntu', extra, composite};
	let firstMiss: Refusal | undefined;
	for (const codename of releasesFor(answers.dotnet, answers.os)) {
		const base = {dotnet: answers.dotnet, os: answers.os, codename};
		const runtime = findImage({...base, repo: family, distroless, extra, composite, aot: false});
		const aotSdk = aot ? findImage({...base, repo: 'sdk', distroless: false, extra: false, composite: false, aot: true}) : undefined;
		const sdk = aotSdk ?? findImage({...base, repo: 'sdk', distroless: false, extra: false, composite: false, aot: false});
		const buildMode: BuildMode = !aot ? 'cross' : aotSdk && answers.os === 'ubuntu' ? 'cross-aot' : 'emulated';
		const aotToolchain = aot && !aotSdk ? aotPackages[answers.os] : [];
		// AOT compiles for the target with the SDK's native toolchain, so the -aot SDK must exist for it.
		const sdkArchitectures = aot ? [...new Set([...buildHosts, ...answers.arch])] : buildHosts;
		const miss = refuseMissingImage({answers, family, runtime, sdk, sdkArchitectures, aotToolchain, wanted});
		if (miss) {
			firstMiss ??= miss;
			continue;
		}

		return {
			ok: true,
			plan: {
				answers,
				build: {image: sdk!, reference: reference(sdk!), reasons: buildReasons(sdk!, answers, buildMode)},
				runtime: {image: runtime!, reference: reference(runtime!), reasons: runtimeReasons(runtime!, answers, codename)},
				buildMode,
				musl: answers.os === 'alpine',
				runtimeIdentifiers: answers.arch.map(architecture => `linux-${answers.os === 'alpine' ? 'musl-' : ''}${platforms[architecture].rid}`),
				aotToolchain: aotToolchain ?? [],
			},
		};
	}

	const noRelease = {answers, family, runtime: undefined, sdk: undefined, sdkArchitectures: buildHosts, aotToolchain: [], wanted};
	return {ok: false, refusal: firstMiss ?? refuseMissingImage(noRelease)!};
}

function describe(id: keyof Answers, value: string, answers: Answers): string {
	return optionFor(id, value, answers)?.description ?? value;
}

function runtimeReasons(runtime: CatalogImage, answers: Answers, codename: string): string[] {
	const reasons = [
		`${runtime.repo}: ${answers.deploy === 'framework' ? describe('app', answers.app, answers) : describe('deploy', answers.deploy, answers)}`,
	];
	if (runtime.distroless) reasons.push(`${runtime.chiseled ? 'chiseled' : 'distroless'}: ${describe('shell', 'no', answers)}`);
	else if (answers.os === 'alpine') reasons.push(`alpine: ${describe('os', 'alpine', answers)}`);
	else reasons.push(`${runtime.os} ${runtime.release}: ${answers.shell === 'yes' ? describe('shell', 'yes', answers) : 'Debian has no shell-less variant'}`);
	if (runtime.extra) reasons.push(`-extra: ${describe('globalization', 'icu', answers)}`);
	else if (answers.globalization === 'icu') reasons.push(`${runtime.os} ${runtime.release} already includes ICU and tzdata`);
	if (runtime.composite) reasons.push(`-composite: ${describe('startup', 'composite', answers)}`);
	const preferred = releasesFor(answers.dotnet, answers.os)[0];
	reasons.push(codename === preferred
		? `${codename}: the ${osNames[runtime.os]} release Microsoft ships by default for .NET ${answers.dotnet}`
		: `${codename}: the first ${osNames[runtime.os]} release with this image for ${answers.arch.join(', ')}`);
	return reasons;
}

function buildReasons(sdk: CatalogImage, answers: Answers, mode: BuildMode): string[] {
	const reasons = ['sdk: the SDK builds and publishes the app; it stays in the build stage, never in the final image'];
	if (sdk.aot) reasons.push('-aot: carries the native toolchain (clang, zlib) that Native AOT links with');
	reasons.push(`${sdk.codename}: the same distro as the runtime image, so native dependencies match`);
	if (mode === 'cross') reasons.push('runs on the build machine\'s own architecture and publishes for each target with -a $TARGETARCH: no emulation');
	if (mode === 'cross-aot') reasons.push('runs natively and installs the target\'s C toolchain when cross-compiling, as the official cross-build samples do');
	if (mode === 'emulated') reasons.push(`Native AOT on ${osNames[answers.os]} cannot cross-compile: the build stage runs on each target architecture`);
	return reasons;
}

function tradeoffsOf(chosen: Plan): Tradeoffs {
	const {runtime: {image}, answers} = chosen;
	const flavor = flavorOf(image);
	const startup = answers.deploy === 'aot'
		? 'fastest: native code, no JIT and no runtime to load'
		: answers.startup === 'composite'
			? 'faster cold start: app and framework precompiled (composite)'
			: answers.startup === 'readytorun'
				? 'faster: app precompiled with ReadyToRun, framework JIT-warm'
				: 'standard: JIT compiles code as it first runs';
	return {
		sizeMb: estimatedSize(image, answers.deploy),
		shell: !image.distroless,
		packageManager: image.distroless ? null : packageManagers[image.os],
		nonRootByDefault: image.distroless,
		attackSurface: image.distroless ? 'smallest' : flavor === 'alpine' ? 'small' : 'larger',
		startup,
		debugging: image.distroless
			? 'no shell: debug from outside (docker debug, kubectl debug with a sidecar, dotnet-monitor)'
			: `shell and ${packageManagers[image.os]} available for docker exec`,
	};
}

/** What makes Native AOT cross-compile: Ubuntu, with the sdk -aot images (from .NET 10.0). */
export function crossCompilingFix(answers: Answers): string {
	const hasAotSdk = (dotnet: string) => releasesFor(dotnet, 'ubuntu').some(codename => findImage({dotnet, os: 'ubuntu', codename, repo: 'sdk', distroless: false, extra: false, composite: false, aot: true}));
	if (hasAotSdk(answers.dotnet)) return 'choose --os ubuntu';
	const newer = dotnetVersions().find(version => Number(version) > Number(answers.dotnet) && hasAotSdk(version));
	const version = newer ? `--dotnet ${newer} or later` : 'a newer .NET';
	return answers.os === 'ubuntu' ? `use ${version}` : `use ${version} with --os ubuntu`;
}

function warningsFor(chosen: Plan, today: string): Warning[] {
	const {answers} = chosen;
	const warnings: Warning[] = [];
	const support = supportStatus(answers.dotnet, today);
	if (support.phase === 'eol') warnings.push({code: 'end-of-support', message: `${support.summary}: its images get no more security fixes. Move to a supported version.`});
	if (support.phase === 'preview') warnings.push({code: 'preview', message: `${support.summary}; its tags (${chosen.runtime.image.tag}) move with every preview.`});
	if (chosen.buildMode === 'emulated' && answers.arch.length > 0) {
		warnings.push({code: 'emulation', message: `Native AOT${answers.os === 'ubuntu' ? ` for .NET ${answers.dotnet}` : ''} cannot cross-compile on ${osNames[answers.os]}: a build for an architecture other than the build machine's (${answers.arch.map(architecture => platforms[architecture].platform).join(', ')}) runs the SDK under QEMU emulation, which is slow. Build on a machine of that architecture, or ${crossCompilingFix(answers)} to cross-compile.`});
	}
	if (answers.globalization === 'invariant') {
		warnings.push({code: 'globalization', message: 'Invariant globalization: culture-specific formatting and sorting fall back to the invariant culture, and time zones other than UTC are not found. Choose --globalization icu if the app shows dates, numbers or currency to users.'});
	}
	if (answers.shell === 'no' && !chosen.runtime.image.distroless) {
		warnings.push({code: 'shell', message: `${answers.os === 'alpine' ? 'Alpine images always have a shell (BusyBox) and apk' : 'Debian images have no shell-less variant'}: for no shell at all choose --os ubuntu (chiseled) or --os azurelinux (distroless).`});
	}
	if (chosen.runtime.image.composite) {
		warnings.push({code: 'version-lock', message: 'Composite images tie the app to the exact framework build in the image: the app cannot carry its own framework assemblies.'});
	}
	const stale = stalenessWarning(activeCatalog(), today);
	if (stale) warnings.push({code: 'stale-catalog', message: stale});
	return warnings;
}

// Single changes a person might weigh against the recommendation, kept when the catalog has them.
const alternativeChanges: Array<{change: Partial<Answers>; summary: string}> = [
	{change: {shell: 'no', os: 'ubuntu'}, summary: 'Ubuntu chiseled: no shell, non-root by default'},
	{change: {shell: 'no', os: 'azurelinux'}, summary: 'Azure Linux distroless: no shell, non-root by default'},
	{change: {os: 'alpine'}, summary: 'Alpine: small, keeps a shell and apk'},
	{change: {shell: 'yes', os: 'ubuntu'}, summary: 'full Ubuntu: shell and apt for debugging'},
	{change: {shell: 'yes', os: 'debian'}, summary: 'full Debian: shell and apt for debugging'},
	{change: {deploy: 'aot', startup: 'jit'}, summary: 'Native AOT: smallest and fastest to start, if the code is AOT-compatible'},
	{change: {deploy: 'self-contained'}, summary: 'self-contained on runtime-deps: no shared framework in the image'},
	{change: {deploy: 'framework', startup: 'composite'}, summary: 'composite aspnet image: faster cold start'},
	{change: {globalization: 'invariant'}, summary: 'invariant globalization: no ICU or tzdata in the image; set InvariantGlobalization=true in the project so the app does not look for them'},
];

function alternativesFor(chosen: Plan): Alternative[] {
	const seen = new Set([chosen.runtime.reference]);
	const alternatives: Alternative[] = [];
	for (const {change, summary} of alternativeChanges) {
		const answers = {...chosen.answers, ...change};
		const changed = Object.entries(change).filter(([key, value]) => chosen.answers[key as keyof Answers] !== value);
		if (changed.length === 0) continue;
		const outcome = plan(answers);
		if (!outcome.ok || seen.has(outcome.plan.runtime.reference)) continue;
		seen.add(outcome.plan.runtime.reference);
		alternatives.push({
			runtime: outcome.plan.runtime.reference,
			build: outcome.plan.build.reference,
			change: Object.fromEntries(changed) as Partial<Answers>,
			summary,
			sizeMb: estimatedSize(outcome.plan.runtime.image, answers.deploy),
		});
	}
	return alternatives.sort((a, b) => a.sizeMb - b.sizeMb).slice(0, 4);
}
