import {InputError} from '../engine/resolve.js';
import type {Project} from '../project/project.js';
import type {DockerfileDialect} from './dockerfile-dialect.js';

/** The build secret a credential-carrying NuGet.config is passed as: `--secret id=nugetconfig,src=FILE`. */
export const nugetSecretId = 'nugetconfig';

// The SDK stage runs as root: NuGet's global packages folder is /root/.nuget/packages.
const packageCache = '--mount=type=cache,id=nuget,target=/root/.nuget/packages';

/** A RUN line with its mounts, one flag a line as the official samples wrap long commands. */
export function runWith(mounts: string[], command: string): string {
	return mounts.length === 0 ? `RUN ${command}` : `RUN ${[...mounts, command].join(' \\\n    ')}`;
}

/**
 * What restore mounts: the NuGet package cache (kept between builds, so a new package is the only
 * download), and the secret NuGet.config where restore looks for it (under WORKDIR /source). An
 * engine without RUN --mount restores plain, and cannot reach a private feed without copying its
 * credentials into a layer: that is refused.
 */
export function restoreMounts(project: Project, dialect: DockerfileDialect): string[] {
	const secret = project.secretNugetConfig;
	if (dialect.runMounts === false) {
		if (secret) throw new InputError(`${secret} holds feed credentials, which the build mounts as a secret with RUN --mount: this engine version has no RUN --mount (buildah 1.28 and podman 4.3 do): upgrade it, or build with --engine docker or sdk.`);
		return [];
	}
	return [packageCache, ...(secret ? [`--mount=type=secret,id=${nugetSecretId},target=/source/${secret}`] : [])];
}

/** Publish reads the restored packages from the same cache (it restores nothing: --no-restore). */
export function publishMounts(dialect: DockerfileDialect): string[] {
	return dialect.runMounts === false ? [] : [packageCache];
}

/** The comment over the restore step: true on every engine (layer caches differ, see the README). */
export function restoreComment(project: Project, dialect: DockerfileDialect): string[] {
	const lines = ['# Restore as its own layer: a builder that caches layers reruns it only when a project file changes'];
	if (dialect.runMounts !== false) lines.push('# The NuGet cache mount keeps packages between builds: a new package is the only download');
	if (project.secretNugetConfig) lines.push(`# ${project.secretNugetConfig} holds feed credentials: mounted as a build secret for restore, never copied`);
	return lines;
}
