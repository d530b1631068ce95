import type {Recommendation} from '../engine/recommend.js';
import {imageToBuild} from '../grammar/image-name.js';
import {msbuildListText, msbuildPropertyText} from '../grammar/msbuild.js';
import {shellCommand} from '../grammar/posix-shell.js';
import {xmlComment, xmlText} from '../grammar/xml-text.js';
import {publishFramework, type Project} from '../project/project.js';
import {publishContainerArguments} from './build-command.js';
import {publishProperties} from './publish-arguments.js';

/** Properties that hold lists: MSBuild turns them into items, split on ";". */
export const listProperties = new Set(['RuntimeIdentifiers', 'ContainerRuntimeIdentifiers']);

/**
 * MSBuild properties that make `dotnet publish /t:PublishContainer` produce the same image. The
 * image splits as the SDK names its parts: registry.example.com/team/api:1.0 is ContainerRegistry
 * registry.example.com, ContainerRepository team/api and ContainerImageTag 1.0.
 */
export function containerProperties(recommendation: Recommendation, imageName: string): Record<string, string> {
	const {answers, runtime, runtimeIdentifiers} = recommendation;
	const image = imageToBuild(imageName, '--image');
	const properties: Record<string, string> = {};
	if (answers.app === 'console') properties.EnableSdkContainerSupport = 'true';
	properties.ContainerBaseImage = runtime.reference;
	if (image.registry !== undefined) properties.ContainerRegistry = image.registry;
	properties.ContainerRepository = image.repository;
	if (image.tag !== undefined) properties.ContainerImageTag = image.tag;
	if (answers.arch.length > 1) {
		properties.RuntimeIdentifiers = runtimeIdentifiers.join(';');
		properties.ContainerRuntimeIdentifiers = runtimeIdentifiers.join(';');
	} else if (recommendation.musl) {
		properties.RuntimeIdentifier = runtimeIdentifiers[0]!;
	}
	return {...properties, ...publishProperties(recommendation)};
}

/** A property's value as MSBuild text in XML: %XX for what MSBuild expands, then XML escapes. */
function propertyText(name: string, value: string): string {
	const text = listProperties.has(name) ? msbuildListText(name, value.split(';')) : msbuildPropertyText(name, value);
	return xmlText(text, name);
}

/**
 * Where the project imports container.props from: `importPath` (from the project's folder, where
 * MSBuild resolves an Import), else `name` at the context root.
 */
export function importPathFor(project: Project, name: string, importPath?: string): string {
	const depth = project.projectFile ? project.projectFile.split('/').length - 1 : 0;
	return importPath ?? `${'../'.repeat(depth)}${name}`;
}

/** How a project takes container.props in: said the same in the file's comment, the note after a write and the next steps. */
export function importInstruction(projectFile: string, importPath: string): string {
	return `add <Import Project="${importPath}" /> to ${projectFile}`;
}

/** `importPath`: where the project imports the file from (importPathFor). */
export function renderCsproj(recommendation: Recommendation, project: Project, imageName: string, importPath = importPathFor(project, 'container.props')): string {
	const properties = containerProperties(recommendation, imageName);
	const framework = publishFramework(project, recommendation.answers.dotnet);
	const command = shellCommand(['dotnet', ...publishContainerArguments(recommendation, {...(project.projectFile ? {project: project.projectFile} : {}), ...(framework ? {framework} : {})})]);
	const target = project.projectFile ?? `${project.name}.csproj`;
	// A comment cannot hold "--": a name that has one gets the comment without it.
	const comment = xmlComment(`To build with the .NET SDK, ${importInstruction(target, importPath)}, then: ${command}`) ?? '<!-- To build with the .NET SDK, import this file from the project file, then publish it with dotnet publish -c Release /t:PublishContainer -->';
	const lines = [
		comment,
		'<PropertyGroup>',
		...Object.entries(properties).map(([name, value]) => `  <${name}>${propertyText(name, value)}</${name}>`),
		'</PropertyGroup>',
	];
	if (recommendation.answers.deploy === 'aot' && recommendation.answers.arch.length > 1) {
		lines.push('<!-- Native AOT publishes for the machine\'s own architecture unless its cross toolchain is installed. -->');
	}
	return `${lines.join('\n')}\n`;
}
