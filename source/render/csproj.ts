import type {Recommendation} from '../engine/recommend.js';
import {publishFramework, type Project} from '../project/project.js';
import {publishContainerArguments} from './build-command.js';
import {publishProperties} from './publish-arguments.js';

/** MSBuild properties that make `dotnet publish /t:PublishContainer` produce the same image. */
export function containerProperties(recommendation: Recommendation, imageName: string): Record<string, string> {
	const {answers, runtime, runtimeIdentifiers} = recommendation;
	const properties: Record<string, string> = {};
	if (answers.app === 'console') properties.EnableSdkContainerSupport = 'true';
	properties.ContainerBaseImage = runtime.reference;
	properties.ContainerRepository = imageName;
	if (answers.arch.length > 1) {
		properties.RuntimeIdentifiers = runtimeIdentifiers.join(';');
		properties.ContainerRuntimeIdentifiers = runtimeIdentifiers.join(';');
	} else if (recommendation.musl) {
		properties.RuntimeIdentifier = runtimeIdentifiers[0]!;
	}
	return {...properties, ...publishProperties(recommendation)};
}

export function renderCsproj(recommendation: Recommendation, project: Project, imageName: string): string {
	const properties = containerProperties(recommendation, imageName);
	const framework = publishFramework(project, recommendation.answers.dotnet);
	const command = ['dotnet', ...publishContainerArguments(recommendation, {project: project.projectFile, ...(framework ? {framework} : {})})];
	const lines = [
		`<!-- Paste into ${project.projectFile ?? `${project.name}.csproj`}, then: ${command.join(' ')} -->`,
		'<PropertyGroup>',
		...Object.entries(properties).map(([name, value]) => `  <${name}>${value}</${name}>`),
		'</PropertyGroup>',
	];
	if (recommendation.answers.deploy === 'aot' && recommendation.answers.arch.length > 1) {
		lines.push('<!-- Native AOT publishes for the machine\'s own architecture unless its cross toolchain is installed. -->');
	}
	return `${lines.join('\n')}\n`;
}
