import {InputError} from '../engine/resolve.js';
import {parseImageReference, type ImageReference} from './oci-reference.js';
import {shownValue} from './shown-text.js';

/**
 * The image to build, from `where` (--image, a config file's "image", a project's
 * ContainerRepository): an OCI reference with a tag or none, never a digest (a digest names an
 * image that exists, not one to build). Anything else is refused with a sentence naming `where`.
 */
export function imageToBuild(text: string, where: string): ImageReference {
	const parsed = parseImageReference(text);
	if ('error' in parsed) {
		throw new InputError(parsed.error.startsWith('is ') ? `${where}: ${shownValue(text)} ${parsed.error}.` : `${where}: ${parsed.error}.`);
	}
	if (parsed.digest !== undefined) throw new InputError(`${where}: ${shownValue(text)} has a digest, which names an image that exists: name the image to build with a tag, like app:1.0.`);
	return parsed;
}

/** A repository as a project names it (ContainerRepository): a path, no registry, tag or digest. */
export function repositoryOnly(text: string): boolean {
	const parsed = parseImageReference(text);
	return !('error' in parsed) && parsed.registry === undefined && parsed.tag === undefined && parsed.digest === undefined;
}
