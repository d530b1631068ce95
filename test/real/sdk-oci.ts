// A small OCI reader of the tests' own: manifests and configs from a registry over plain HTTP,
// files out of (gzipped) tar layers and OCI archives, and which machine an ELF file is for.
import {gunzipSync} from 'node:zlib';

export type Platform = {os: string; architecture: string; variant?: string};
export type Descriptor = {mediaType: string; digest: string; size: number; platform?: Platform};
export type Manifest = {mediaType?: string; manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[]};
export type ImageConfig = {
	architecture: string;
	os: string;
	config: {User?: string; ExposedPorts?: Record<string, object>; Env?: string[]; Entrypoint?: string[]; Cmd?: string[]; WorkingDir?: string; Labels?: Record<string, string>};
};

const accept = [
	'application/vnd.oci.image.index.v1+json',
	'application/vnd.docker.distribution.manifest.list.v2+json',
	'application/vnd.oci.image.manifest.v1+json',
	'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export async function manifestOf(host: string, repository: string, reference: string): Promise<Manifest> {
	const response = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {headers: {Accept: accept}});
	if (!response.ok) throw new Error(`${host}/${repository}:${reference}: HTTP ${response.status}`);
	return await response.json() as Manifest;
}

export async function blobOf(host: string, repository: string, digest: string): Promise<Buffer> {
	const response = await fetch(`http://${host}/v2/${repository}/blobs/${digest}`);
	if (!response.ok) throw new Error(`${host}/${repository}@${digest}: HTTP ${response.status}`);
	return Buffer.from(await response.arrayBuffer());
}

export async function configOf(host: string, repository: string, manifest: Manifest): Promise<ImageConfig> {
	return JSON.parse((await blobOf(host, repository, manifest.config!.digest)).toString('utf8')) as ImageConfig;
}

export const platformName = (platform: Platform | undefined) => [platform?.os, platform?.architecture, platform?.variant].filter(Boolean).join('/');

/** The regular files of a tar stream (ustar, with GNU/PAX long names), by path without a leading ./ or /. */
export function tarFiles(tar: Buffer): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	let offset = 0;
	let longName: string | undefined;
	while (offset + 512 <= tar.length) {
		const header = tar.subarray(offset, offset + 512);
		if (header.every(byte => byte === 0)) break;
		const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
		const size = Number.parseInt(field(124, 12).trim() || '0', 8);
		const type = field(156, 1);
		const prefix = field(345, 155);
		const body = tar.subarray(offset + 512, offset + 512 + size);
		let name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
		longName = undefined;
		if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
		else if (type === 'x') longName = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
		else if (type === '0' || type === '') files.set(name.replace(/^\.?\//, ''), Buffer.from(body));
		name = '';
		offset += 512 + Math.ceil(size / 512) * 512;
	}
	return files;
}

export const layerFiles = (layer: Buffer) => tarFiles(layer[0] === 0x1F && layer[1] === 0x8B ? gunzipSync(layer) : layer);

/** ELF e_machine names for the architectures the images target. */
export function elfMachine(file: Buffer): string {
	if (file.subarray(0, 4).toString('latin1') !== '\u007FELF') return 'not ELF';
	return ({0x3E: 'x86-64', 0xB7: 'aarch64', 0x28: 'arm'} as Record<number, string>)[file.readUInt16LE(18)] ?? `machine ${file.readUInt16LE(18)}`;
}
