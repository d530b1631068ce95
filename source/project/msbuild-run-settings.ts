/**
 * How a short MSBuild run is set up to start and evaluate quickly, never at the cost of its answer.
 *
 * - The SDK's workload resolver reads every installed workload manifest and imports each one's
 *   targets into every evaluation (sixteen of them with a plain 10.0 SDK, about a sixth of a cold
 *   read). The SDK has a switch for it (the MSBuildEnableWorkloadResolver variable, or the sentinel
 *   file a source-built SDK ships). Those targets shape only projects for a platform a workload
 *   provides (Android, iOS, tvOS, Mac Catalyst, macOS, WebAssembly, MAUI): such a project is
 *   evaluated again with the resolver (`shapedByWorkloads`), every other one gets the same answer.
 * - Tiered PGO instruments methods for a recompilation that a run of half a second never reaches.
 * - The binary log (which lists the files the evaluation imported) would also carry every property
 *   and item the evaluation made, a twentieth of the run; it is asked for without them (MSBuild's
 *   MSBUILDLOGPROPERTIESANDITEMSAFTEREVALUATION escape hatch: they would go with a project's start,
 *   and an evaluation starts none). The answer is read from MSBuild's output, never from the log.
 *
 * A variable the user set is theirs and kept as it is (their own MSBuildEnableWorkloadResolver
 * also means no second evaluation).
 */

// Properties that, true, make a project one a workload shapes.
const workloadSwitches = ['UseMaui', 'UseMauiCore', 'UseMauiEssentials', 'UseMauiAssets', 'UsingMicrosoftNETSdkBlazorWebAssembly', 'UsingMicrosoftNETSdkWebAssembly'] as const;

/** The properties that say whether workloads shape a project (asked of every evaluation). */
export const workloadProperties = ['TargetPlatformIdentifier', 'RuntimeIdentifier', 'RuntimeIdentifiers', ...workloadSwitches] as const;

// Operating systems of runtime identifiers only a workload builds for.
const workloadSystems = /^(?:browser|wasi|android|ios|iossimulator|tvos|tvossimulator|maccatalyst|tizen)-/i;

/** Whether an evaluation made without workloads is of a project that workloads shape. */
export function shapedByWorkloads(properties: Partial<Record<string, string>>): boolean {
	const set = (name: string) => properties[name]?.trim().toLowerCase() === 'true';
	const platform = (properties['TargetPlatformIdentifier'] ?? '').trim().toLowerCase();
	// Windows is the one platform the SDK targets itself.
	if (platform !== '' && platform !== 'windows') return true;
	const identifiers = `${properties['RuntimeIdentifier'] ?? ''};${properties['RuntimeIdentifiers'] ?? ''}`.split(';').map(name => name.trim());
	if (identifiers.some(name => workloadSystems.test(name))) return true;
	return workloadSwitches.some(name => set(name));
}

// The runtime reads its DOTNET_ variables by their exact names; MSBuild reads the environment as properties, in any case.
const has = (environment: NodeJS.ProcessEnv, names: string[]) => names.some(name => environment[name] !== undefined);
const hasProperty = (environment: NodeJS.ProcessEnv, name: string) => Object.keys(environment).some(key => key.toLowerCase() === name.toLowerCase());

/**
 * The variables a run adds: without the workload resolver where `workloads` is false, without
 * tiered PGO, and a binary log without the evaluation's properties; none the user set themselves. `workloadsOff` says whether the resolver is off by us.
 */
export function msbuildRunSettings(environment: NodeJS.ProcessEnv, workloads: boolean): {variables: Record<string, string>; workloadsOff: boolean} {
	const variables: Record<string, string> = {};
	if (!has(environment, ['DOTNET_TieredPGO', 'COMPlus_TieredPGO'])) variables['DOTNET_TieredPGO'] = '0';
	if (!has(environment, ['MSBUILDLOGPROPERTIESANDITEMSAFTEREVALUATION'])) variables['MSBUILDLOGPROPERTIESANDITEMSAFTEREVALUATION'] = '0';
	const workloadsOff = !workloads && !hasProperty(environment, 'MSBuildEnableWorkloadResolver');
	if (workloadsOff) variables['MSBuildEnableWorkloadResolver'] = 'false';
	return {variables, workloadsOff};
}
