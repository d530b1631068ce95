/** The manifest formats the OCI distribution API serves: lists of platforms, and single images. */
export const mediaTypes = {
	ociIndex: 'application/vnd.oci.image.index.v1+json',
	dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
	ociManifest: 'application/vnd.oci.image.manifest.v1+json',
	dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

export const listTypes: readonly string[] = [mediaTypes.ociIndex, mediaTypes.dockerList];

/** What a client that understands lists and single images asks for, lists first. */
export const manifestAccept = [mediaTypes.ociIndex, mediaTypes.dockerList, mediaTypes.ociManifest, mediaTypes.dockerManifest].join(', ');
