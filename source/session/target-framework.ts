import type {Detection} from '../project/detect.js';

/** The oldest .NET version among the project's target frameworks (net10.0 → 10.0), if it lists any. */
export function oldestTarget(detection: Detection | undefined): {framework: string; version: string} | undefined {
	const targets = (detection?.frameworks ?? []).flatMap(framework => {
		const match = /^net(\d+)\.(\d+)$/.exec(framework);
		return match ? [{framework, version: `${match[1]}.${match[2]}`}] : [];
	});
	return targets.sort((a, b) => Number.parseFloat(a.version) - Number.parseFloat(b.version))[0];
}

/**
 * Why a .NET version cannot build the project: older than every framework it targets, so the
 * SDK in the build image would stop with NETSDK1045. Undefined when it can.
 */
export function olderThanTarget(detection: Detection | undefined, dotnet: string): string | undefined {
	const target = oldestTarget(detection);
	if (!target || Number.parseFloat(dotnet) >= Number.parseFloat(target.version)) return undefined;
	return `The project targets ${target.framework}, newer than .NET ${dotnet}: the .NET ${dotnet} SDK cannot build it (NETSDK1045). Choose .NET ${target.version} or later.`;
}

/** A consequence the project itself gives an option, as the question shows it beside the option: a version too old to build it. */
export function projectOptionTag(detection: Detection | undefined, id: string, value: string): string | undefined {
	return id === 'dotnet' && olderThanTarget(detection, value) ? 'older than the project\'s target: the build would fail' : undefined;
}
