/** Which reader evaluated the project: MSBuild itself (`dotnet msbuild`), or our XML reader. */
export type Evaluator = 'msbuild' | 'xml';

/**
 * A project as a Release publish sees it, from either reader: the properties and items that
 * detection maps to answers, and every file of the project's own that the evaluation read.
 */
export type Evaluation = {
	evaluator: Evaluator;
	/** The project file, absolute. */
	file: string;
	/** Evaluated properties; a property that is not set (or set to "") is absent. */
	properties: Record<string, string>;
	/** The condition a property was set under (XML reader only: MSBuild has decided them). */
	conditions: Record<string, string>;
	/** The file that set a property, where it is not the project (XML reader only). */
	setIn: Record<string, string>;
	/** The SDKs the project names (Sdk attribute, <Sdk> elements). */
	sdks: string[];
	frameworkReferences: string[];
	packageReferences: string[];
	/** The projects referenced directly, absolute. */
	projectReferences: string[];
	/** ContainerPort items. */
	containerPorts: string[];
	/** ContainerEnvironmentVariable items, by name. */
	containerEnvironment: Record<string, string>;
	/**
	 * The MSBuild files of the project's own the evaluation read (the project, Directory.Build.*,
	 * Directory.Packages.props, imports), absolute: not the SDK's, nor NuGet packages'.
	 */
	imports: string[];
	/** Commands the project's targets run with <Exec>. */
	execCommands: string[];
	/** What the reader could not follow, each as a short phrase ("Import $(RepoRoot)eng/x.props"). */
	unseen: string[];
	/** The base image the SDK's own ComputeContainerBaseImage picks (MSBuild only, when it ran). */
	sdkBaseImage?: string;
};

/** The properties each reader reports, as MSBuild spells them. */
export const evaluatedProperties = [
	'TargetFramework', 'TargetFrameworks', 'TargetFrameworkVersion', 'TargetFrameworkIdentifier', 'OutputType',
	'UsingMicrosoftNETSdk', 'UsingMicrosoftNETSdkWeb', 'UsingMicrosoftNETSdkWorker', 'UsingMicrosoftNETSdkRazor', 'UsingMicrosoftNETSdkBlazorWebAssembly',
	'IsAspireHost', 'IsTestProject', 'UseMaui', 'UseWPF', 'UseWindowsForms',
	'PublishAot', 'SelfContained', 'PublishSelfContained', 'PublishTrimmed', 'PublishSingleFile', 'PublishReadyToRun',
	'InvariantGlobalization', 'RuntimeIdentifier', 'RuntimeIdentifiers', 'AssemblyName', 'SpaRoot',
	'EnableSdkContainerSupport', 'ContainerFamily', 'ContainerBaseImage', 'ContainerRepository', 'ContainerImageName',
	'ContainerImageTag', 'ContainerImageTags', 'ContainerRegistry', 'ContainerRuntimeIdentifier', 'ContainerRuntimeIdentifiers',
	'ContainerWorkingDirectory', 'ContainerUser', 'ContainerAppCommand', 'ContainerAppCommandInstruction',
	'ManagePackageVersionsCentrally', 'RollForward', 'Version', 'RepositoryUrl',
] as const;

const truthy = (value: string | undefined) => value?.toLowerCase() === 'true';

/** Whether a property is "true" in the evaluation. */
export function isSet(evaluation: Evaluation, name: string): boolean {
	return truthy(evaluation.properties[name]);
}

/** The target frameworks, in the project's order. */
export function targetFrameworks(evaluation: Evaluation): string[] {
	const {TargetFrameworks, TargetFramework} = evaluation.properties;
	return (TargetFrameworks || TargetFramework || '').split(';').map(framework => framework.trim()).filter(Boolean);
}
