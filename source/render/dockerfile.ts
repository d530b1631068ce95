import path from 'node:path';
import {osNames} from '../catalog/catalog.js';
import type {Recommendation} from '../engine/recommend.js';
import {InputError} from '../engine/resolve.js';
import {isImageReference} from '../grammar/oci-reference.js';
import {shellCommand, shellWord} from '../grammar/posix-shell.js';
import {shownValue} from '../grammar/shown-text.js';
import {aspnetImagePort, checkName, checkPath, exposedPort, publishFramework, secretConfigs, type Project} from '../project/project.js';
import {placeholderNote, shownBuildxLine} from './build-command.js';
import {portableDialect, type DockerfileDialect} from './dockerfile-dialect.js';
import {healthProbeBuild, healthProbeCopy} from './health-probe.js';
import {nativeInstall} from './native-install.js';
import {ociLabels} from './oci-labels.js';
import {restoreConfiguration, restoreProperties} from './publish-arguments.js';
import {publishMounts, restoreComment, restoreMounts, runWith} from './run-mounts.js';

export type DockerfileOptions = {
	/** What the engine that builds it accepts; without it, a Dockerfile every engine builds. */
	dialect?: DockerfileDialect;
	/**
	 * Where the `# Build:` line runs from: the build context and, when the Dockerfile is not the
	 * context's own, its path (both relative to that folder). Default: the Dockerfile at the
	 * context root, built from there. `from`: the folder, relative to the Dockerfile's, where that
	 * command runs (the build context, for a Dockerfile in the app's folder below it).
	 */
	placement?: {context: string; dockerfile?: string; from?: string};
	/** Build the health probe compose.yaml runs (health-probe.ts) and copy it into the final image. */
	healthProbe?: boolean;
};

// Cross-compiling Native AOT on Ubuntu needs the target's gcc and zlib (facts from the official
// releasesapi cross-build samples): Ubuntu serves amd64 from the archive and arm64 from ports.
const crossToolchains = [
	{arch: 'amd64', triple: 'x86-64-linux-gnu', mirror: 'http://archive.ubuntu.com/ubuntu/'},
	{arch: 'arm64', triple: 'aarch64-linux-gnu', mirror: 'http://ports.ubuntu.com/ubuntu-ports/'},
];

function aotCrossToolchain(codename: string): string[] {
	const cases = crossToolchains.map(({arch, triple, mirror}) => `            ${arch}) triple=${triple}; mirror=${mirror} ;; \\`);
	return [
		'',
		'# Native AOT links with the target\'s C toolchain: add it when cross-compiling',
		'RUN if [ "$TARGETARCH" != "$BUILDARCH" ]; then \\',
		'        case "$TARGETARCH" in \\',
		...cases,
		'        esac \\',
		'        && sed -i "/Signed-By/ a Architectures: $BUILDARCH" /etc/apt/sources.list.d/ubuntu.sources \\',
		`        && printf 'Types: deb\\nURIs: %s\\nSuites: ${codename} ${codename}-updates\\nComponents: main restricted\\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\\nArchitectures: %s\\n' "$mirror" "$TARGETARCH" > /etc/apt/sources.list.d/$TARGETARCH.sources \\`,
		'        && dpkg --add-architecture $TARGETARCH \\',
		'        && apt-get update \\',
		'        && apt-get install -y --no-install-recommends gcc-$triple zlib1g-dev:$TARGETARCH \\',
		'        && rm -rf /var/lib/apt/lists/*; \\',
		'    fi',
	];
}

function aotToolchainInstall(recommendation: Recommendation): string[] {
	const packages = recommendation.aotToolchain.join(' ');
	const install = recommendation.build.image.os === 'alpine'
		? `RUN apk add --no-cache ${packages}`
		: `RUN apt-get update \\\n    && apt-get install -y --no-install-recommends ${packages} \\\n    && rm -rf /var/lib/apt/lists/*`;
	return ['', `# .NET ${recommendation.answers.dotnet} has no -aot SDK image: add the toolchain Native AOT links with`, install];
}

function copyRestoreFiles(project: Project, copy: string): string[] {
	if (project.restoreFiles.length === 0) return [`${copy} *.csproj .`];
	return project.restoreFiles.map(file => {
		const folder = file.includes('/') ? `${file.slice(0, file.lastIndexOf('/'))}/` : '.';
		return `${copy} ${file} ${folder}`;
	});
}

function runtimeComment(recommendation: Recommendation): string {
	const {image} = recommendation.runtime;
	if (image.chiseled) return '# Ubuntu chiseled: no shell or package manager, runs as the non-root app user';
	if (image.distroless) return '# Azure Linux distroless: no shell or package manager, runs as the non-root app user';
	if (recommendation.answers.deploy !== 'framework') return '# runtime-deps: the OS and native dependencies only; the app brings its own runtime';
	return '# Runtime stage';
}

function globalizationEnvironment(recommendation: Recommendation): string[] {
	const {image} = recommendation.runtime;
	// Alpine and distroless images default to invariant mode; full images ship ICU and load it.
	const defaultsToInvariant = image.distroless || image.os === 'alpine';
	if (recommendation.answers.globalization === 'icu' && defaultsToInvariant) {
		return ['# The -extra image carries ICU and tzdata: switch globalization back on', 'ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false'];
	}
	if (recommendation.answers.globalization === 'invariant' && !defaultsToInvariant) {
		return ['# Invariant globalization: the app never loads ICU', 'ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true'];
	}
	return [];
}

/** A comment line: a line break in it would end the comment and start an instruction. */
function commentLine(text: string): string {
	if (/[\r\n\u2028\u2029]/.test(text)) throw new InputError('a value in the Dockerfile\'s "# Build:" line has a line break, which would end the comment: refused.');
	return `# ${text}`;
}

/** A base image as FROM names it: an image reference and nothing else. */
function baseImage(reference: string): string {
	if (!isImageReference(reference)) throw new InputError(`the base image ${shownValue(reference)} is not an image reference: check --base-registry.`);
	return reference;
}

/**
 * The project as the Dockerfile names it: the renderer checks again what makeProject checked
 * (names and paths of letters, digits, ".", "-", "_" and "/"), so that no value can start an
 * instruction, a flag or a shell word of its own in COPY, RUN or ENTRYPOINT.
 */
function checkedProject(project: Project): Project {
	checkName(project.name, 'assembly name');
	if (project.projectFile !== undefined) checkPath(project.projectFile, 'project file');
	for (const file of project.restoreFiles) checkPath(file, 'restore file');
	for (const file of secretConfigs(project)) checkPath(file, 'NuGet.config');
	return project;
}

/** The exec (JSON array) form: no shell reads it, each word a JSON string. */
const execForm = (words: string[]) => `[${words.map(word => JSON.stringify(word)).join(', ')}]`;

/** A multi-stage Dockerfile in the style of the official dotnet-docker samples. */
export function renderDockerfile(recommendation: Recommendation, checkedInput: Project, imageName: string, options: DockerfileOptions = {}): string {
	const {answers, build, runtime, buildMode} = recommendation;
	const project = checkedProject(checkedInput);
	// COPY --link (BuildKit) lets a changed layer be rebased without invalidating those after it.
	const dialect = options.dialect ?? portableDialect;
	const copy = dialect.copyLink ? 'COPY --link' : 'COPY';
	const placement = options.placement ?? {context: '.'};
	const cross = buildMode !== 'emulated';
	const arch = cross ? ' -a $TARGETARCH' : '';
	const target = project.projectFile ? ` ${shellWord(project.projectFile)}` : '';
	const restoreExtra = restoreProperties(recommendation).map(property => ` ${property}`).join('');
	// Restore and publish see the same properties, or publish --no-restore finds the wrong assets.
	const framework = publishFramework(project, answers.dotnet);
	const publish = runWith(publishMounts(dialect), `dotnet publish${target}${framework ? ` -f ${shellWord(framework)}` : ''}${arch} --no-restore -c Release${restoreExtra} -o /app`);

	const placeholder = placeholderNote(recommendation, imageName);
	const lines = [
		'# syntax=docker/dockerfile:1',
		...(placement.from ? [commentLine(`Run from ${placement.from}, the build context (restore needs files from there):`)] : []),
		commentLine(`Build: ${shownBuildxLine(recommendation, {image: imageName, context: placement.context, ...(placement.dockerfile ? {dockerfile: placement.dockerfile} : {}), ...(project.secretNugetConfig ? {nugetSecret: path.posix.join(placement.context, project.secretNugetConfig)} : {})})}`),
		...(placeholder ? [commentLine(`(${placeholder})`)] : []),
		'',
	];
	if (cross) {
		lines.push(
			'# The SDK runs on the build machine\'s own platform and cross-compiles for the target: no emulation',
			`FROM --platform=$BUILDPLATFORM ${baseImage(build.reference)} AS build`,
			'ARG TARGETARCH',
		);
		if (buildMode === 'cross-aot') lines.push('ARG BUILDARCH');
	} else {
		lines.push(
			`# Native AOT cannot cross-compile on ${osNames[build.image.os]}: this stage runs on the target platform (emulated on other builders)`,
			`FROM ${baseImage(build.reference)} AS build`,
		);
	}
	lines.push('WORKDIR /source');
	if (buildMode === 'cross-aot') lines.push(...aotCrossToolchain(build.image.codename));
	if (recommendation.aotToolchain.length > 0) lines.push(...aotToolchainInstall(recommendation));
	lines.push(
		'',
		...restoreComment(project, dialect),
		...copyRestoreFiles(project, copy),
		runWith(restoreMounts(project, dialect), `dotnet restore${target}${arch}${restoreExtra} ${restoreConfiguration}`),
		'',
		`${copy} . .`,
	);
	if (answers.deploy === 'aot') {
		lines.push('# Debug symbols (.dbg) stay out of the image', `${publish} \\\n    && rm -f /app/*.dbg`);
	} else {
		lines.push(publish);
	}
	if (options.healthProbe) lines.push(...healthProbeBuild(recommendation));
	lines.push('', '', runtimeComment(recommendation), `FROM ${baseImage(runtime.reference)}`);
	lines.push(...ociLabels(recommendation, project));
	lines.push(...nativeInstall(recommendation));
	const port = exposedPort(project, answers.app);
	if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65_535)) throw new InputError(`ContainerPort ${String(port)} is not a port number (1-65535).`);
	if (port !== undefined) lines.push(`EXPOSE ${port}`);
	if (answers.app === 'web' && port !== aspnetImagePort) lines.push('# Kestrel listens on the port the project names, not the image\'s 8080', `ENV ASPNETCORE_HTTP_PORTS=${port}`);
	if (project.rollForward && answers.deploy === 'framework') lines.push('# The app targets an older .NET: let it run on this image\'s newer runtime (--roll-forward)', 'ENV DOTNET_ROLL_FORWARD=Major');
	const environment = globalizationEnvironment(recommendation);
	if (environment.length > 0) lines.push(...environment);
	lines.push('WORKDIR /app', `${copy} --from=build /app .`);
	if (options.healthProbe) lines.push(healthProbeCopy(copy));
	if (!runtime.image.distroless) lines.push('USER $APP_UID');
	lines.push(answers.deploy === 'framework' && !project.singleFile
		? `ENTRYPOINT ${execForm(['dotnet', `${project.name}.dll`])}`
		: `ENTRYPOINT ${execForm([`./${project.name}`])}`);
	return `${lines.join('\n')}\n`;
}
