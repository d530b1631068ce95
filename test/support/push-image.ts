import {createHash} from 'node:crypto';

/** A platform as an OCI index names it: os, architecture and maybe a variant. */
export type PushedPlatform = {os: string; architecture: string; variant?: string};

const sha256 = (body: string | Uint8Array) => `sha256:${createHash('sha256').update(body).digest('hex')}`;

async function pushBlob(registry: string, repository: string, body: string): Promise<{digest: string; size: number}> {
	const digest = sha256(body);
	const start = await fetch(`${registry}/v2/${repository}/blobs/uploads/`, {method: 'POST'});
	if (start.status !== 202) throw new Error(`starting an upload to ${repository} answered ${start.status}`);
	const location = new URL(start.headers.get('location')!, registry);
	location.searchParams.set('digest', digest);
	const put = await fetch(location, {method: 'PUT', headers: {'content-type': 'application/octet-stream'}, body});
	if (put.status !== 201) throw new Error(`uploading a blob to ${repository} answered ${put.status}: ${await put.text()}`);
	return {digest, size: Buffer.byteLength(body)};
}

/** Pushes a manifest under `reference`, a tag, or its own digest when none is given. */
async function pushManifest(registry: string, repository: string, reference: string | undefined, mediaType: string, document: unknown): Promise<{digest: string; size: number}> {
	const body = JSON.stringify(document);
	reference ??= sha256(body);
	const response = await fetch(`${registry}/v2/${repository}/manifests/${reference}`, {method: 'PUT', headers: {'content-type': mediaType}, body});
	if (response.status !== 201) throw new Error(`pushing ${repository}:${reference} answered ${response.status}: ${await response.text()}`);
	return {digest: sha256(body), size: Buffer.byteLength(body)};
}

/**
 * Pushes a tiny image per platform and an OCI index naming them under `tag`, over plain HTTP:
 * what a registry serves for a multi-platform tag. Returns the index's and each platform's digest.
 */
export async function pushImageIndex(registry: string, repository: string, tag: string, platforms: PushedPlatform[]): Promise<{digest: string; platforms: Record<string, string>}> {
	const layer = await pushBlob(registry, repository, `layer of ${repository}:${tag}`);
	const entries = [];
	const digests: Record<string, string> = {};
	for (const platform of platforms) {
		const config = await pushBlob(registry, repository, JSON.stringify({...platform, rootfs: {type: 'layers', diff_ids: [layer.digest]}, config: {}}));
		const manifest = await pushManifest(registry, repository, undefined, 'application/vnd.oci.image.manifest.v1+json', {
			schemaVersion: 2,
			mediaType: 'application/vnd.oci.image.manifest.v1+json',
			config: {mediaType: 'application/vnd.oci.image.config.v1+json', ...config},
			layers: [{mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer}],
		});
		entries.push({mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, platform});
		digests[[platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')] = manifest.digest;
	}
	const index = await pushManifest(registry, repository, tag, 'application/vnd.oci.image.index.v1+json', {schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: entries});
	return {digest: index.digest, platforms: digests};
}
