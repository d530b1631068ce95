import {osNames} from '../catalog/catalog.js';
import {crossCompilingFix, type Recommendation} from '../engine/recommend.js';
import {platformList} from '../render/build-command.js';
import {machineTitle, runsNatively, type BuildMachine, type BuildNode} from './build-machine.js';
import type {EngineName} from './engines/engine.js';

/**
 * How one platform gets built on the machine at hand:
 * - native: a node of that architecture runs every stage at full speed;
 * - cross: the SDK stage runs natively on another node and publishes for the target, the final
 *   stage only copies files: no emulation, one restore and publish per platform on that node;
 * - emulated: the SDK stage would run under QEMU (only Native AOT that cannot cross-compile).
 */
export type Verdict = 'native' | 'cross' | 'emulated';

export type PlatformBuild = {
	platform: string;
	verdict: Verdict;
	/** The node that runs the SDK stage, when one can. */
	node?: string;
	/** The platform the SDK stage runs on. */
	sdkPlatform?: string;
	/** What it costs, in a line. */
	cost: string;
};

export type PlatformPlan = {
	engine: EngineName;
	machine: BuildMachine;
	platforms: PlatformBuild[];
	/** Set when a platform would build Native AOT under emulation: why, and the native ways instead. */
	refusal?: string;
};

const architecture = (platform: string) => platform.split('/').slice(1).join('/');

function nativeBuild(platform: string, node: BuildNode): PlatformBuild {
	return {platform, verdict: 'native', node: node.name, sdkPlatform: platform, cost: `native on ${node.name}: every stage runs at full speed, no emulation`};
}

function crossBuild(recommendation: Recommendation, platform: string, node: BuildNode | undefined, engine: EngineName): PlatformBuild {
	const sdkPlatform = node?.native[0];
	const where = node ? `on ${node.name}${sdkPlatform ? ` (${sdkPlatform})` : ''}` : 'on the build machine';
	if (engine === 'sdk') {
		const toolchain = recommendation.answers.deploy === 'aot' ? ': Native AOT needs the target\'s cross toolchain installed there' : ': no emulation, no container build';
		return {platform, verdict: 'cross', ...(node ? {node: node.name} : {}), ...(sdkPlatform ? {sdkPlatform} : {}), cost: `cross-compiled by dotnet publish ${where}${toolchain}`};
	}
	const stage = recommendation.buildMode === 'cross-aot'
		? `the SDK stage runs natively and links with the ${architecture(platform)} C toolchain it installs`
		: `the SDK stage runs natively and publishes for ${architecture(platform)}`;
	return {platform, verdict: 'cross', ...(node ? {node: node.name} : {}), ...(sdkPlatform ? {sdkPlatform} : {}), cost: `cross-compiled ${where}: ${stage}; the final stage only copies files, so nothing is emulated`};
}

function emulatedBuild(platform: string, machine: BuildMachine): PlatformBuild {
	const node = machine.nodes.find(candidate => candidate.platforms.includes(platform));
	const where = node ? ` on ${node.name}` : '';
	return {platform, verdict: 'emulated', ...(node ? {node: node.name} : {}), cost: `emulated under QEMU${where}: the Native AOT SDK stage would run there, several times slower, and .NET does not support it`};
}

/**
 * The build of each requested platform on this machine or builder. A platform builds natively on
 * a node of its architecture; otherwise cross-compiles on the first node that knows its own
 * platform; Native AOT that cannot cross-compile would be emulated, and is refused with the
 * native ways to build it.
 */
export function planPlatforms(recommendation: Recommendation, machine: BuildMachine, engine: EngineName): PlatformPlan {
	const targets = platformList(recommendation).split(',');
	const builder = machine.nodes.find(node => node.native.length > 0);
	const builds = targets.map(platform => {
		const native = machine.nodes.find(node => runsNatively(node, platform));
		if (native) return nativeBuild(platform, native);
		if (recommendation.buildMode !== 'emulated' || engine === 'sdk') return crossBuild(recommendation, platform, builder, engine);
		return emulatedBuild(platform, machine);
	});
	const emulated = builds.filter(build => build.verdict === 'emulated').map(build => build.platform);
	return {engine, machine, platforms: builds, ...(emulated.length > 0 ? {refusal: emulationRefusal(recommendation, emulated, machine)} : {})};
}

function emulationRefusal(recommendation: Recommendation, emulated: string[], machine: BuildMachine): string {
	const {answers} = recommendation;
	const list = emulated.join(', ');
	return `Native AOT on ${osNames[answers.os]}${answers.os === 'ubuntu' ? ` for .NET ${answers.dotnet}` : ''} cannot cross-compile, and .NET does not support it under QEMU emulation: ${list} would be emulated on ${machineTitle(machine)}. `
		+ `Build ${list} natively instead: on a buildx builder with a node of that architecture (docker buildx create --append --name BUILDER --platform ${emulated[0]} ssh://USER@HOST, then --builder BUILDER), `
		+ `on native CI runners (--output github-actions or gitlab-ci), or ${crossCompilingFix(answers)} to cross-compile.`;
}
