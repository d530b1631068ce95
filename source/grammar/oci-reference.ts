// The grammars of what our values are written into: OCI references, POSIX shell words, and the
// argument languages of the tools we run. A value that cannot be said safely in one is refused.

/**
 * An image reference as the distribution grammar (github.com/distribution/reference) defines it:
 * [registry[:port]/]path[:tag][@digest], the path in lower case, at most 255 characters of name.
 */
export type ImageReference = {registry?: string; repository: string; tag?: string; digest?: string};

const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const pathComponent = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}';
const referencePattern = new RegExp(`^(?:(${domain})/)?(${pathComponent}(?:/${pathComponent})*)(?::(${tag}))?(?:@(${digest}))?$`);
const maxNameLength = 255;

/** The first path part is a registry when it looks like a host: a dot, a port, or localhost. */
const looksLikeRegistry = (part: string) => part.includes('.') || part.includes(':') || part === 'localhost' || part.startsWith('[');

/** Parses a reference, or says in one sentence why it is not one. */
export function parseImageReference(text: string): ImageReference | {error: string} {
	if (text.length === 0) return {error: 'an image name cannot be empty'};
	const match = referencePattern.exec(text);
	if (!match) return {error: 'is not an image reference (registry/repository:tag: lower-case letters, digits and . _ - in the name, a tag of letters, digits and . _ -)'};
	let [, registry, repository, tagPart, digestPart] = match;
	// "localhost:5000/app" splits as above; "myhost/app" is a two-part path, not a registry.
	if (registry !== undefined && !looksLikeRegistry(registry)) {
		if (registry !== registry.toLowerCase()) return {error: 'is not an image reference: the repository must be lower case'};
		repository = `${registry}/${repository}`;
		registry = undefined;
	}
	const name = registry === undefined ? repository! : `${registry}/${repository}`;
	if (name.length > maxNameLength) return {error: `is not an image reference: the name is longer than ${maxNameLength} characters`};
	return {...(registry === undefined ? {} : {registry}), repository: repository!, ...(tagPart === undefined ? {} : {tag: tagPart}), ...(digestPart === undefined ? {} : {digest: digestPart})};
}

export const isImageReference = (text: string) => !('error' in parseImageReference(text));

/** The reference written back: registry/repository[:tag][@digest]. */
export function formatImageReference(reference: ImageReference): string {
	return `${reference.registry === undefined ? '' : `${reference.registry}/`}${reference.repository}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
}
