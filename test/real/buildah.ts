// Real container builds in the tests: buildah with no daemon, stand-in base images, the suite itself.
import {execa, type Options} from 'execa';

/**
 * buildah as it works on these machines (see the stand-ins): vfs storage on every call, chroot
 * isolation for anything that runs a command. Callers add `isolation` to subcommands that take it.
 */
export const storageFlags = ['--storage-driver', 'vfs'];
export const isolationFlags = ['--isolation', 'chroot'];

/** Runs `buildah --storage-driver vfs ARGS…` and returns its standard output, trimmed. */
export async function buildah(args: string[], options: Options = {}): Promise<string> {
	const result = await execa('buildah', [...storageFlags, ...args], {stripFinalNewline: true, ...options});
	return String(result.stdout ?? '');
}

/** Whether an image (or manifest list) of that name is in local storage. */
export async function imageExists(reference: string): Promise<boolean> {
	const result = await execa('buildah', [...storageFlags, 'inspect', '--type', 'image', reference], {reject: false, stdio: 'ignore'});
	return result.exitCode === 0;
}

export type ImageConfig = {User?: string; Env?: string[]; Entrypoint?: string[]; Cmd?: string[]; WorkingDir?: string; ExposedPorts?: Record<string, unknown>; Labels?: Record<string, string>};

/** The OCI config of an image or a working container (`--type container`). */
export async function configOf(name: string, type: 'image' | 'container' = 'image'): Promise<ImageConfig> {
	const inspected = JSON.parse(await buildah(['inspect', '--type', type, name])) as {OCIv1: {config?: ImageConfig}};
	return inspected.OCIv1.config ?? {};
}

/** Removes a manifest list or an image of that name, if there is one (`rmi` refuses lists). */
export async function removeImage(reference: string): Promise<void> {
	await buildah(['manifest', 'rm', reference]).catch(() => undefined);
	await buildah(['rmi', '--force', reference]).catch(() => undefined);
}
