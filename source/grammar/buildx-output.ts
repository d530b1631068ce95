import {InputError} from '../engine/resolve.js';
import {shownValue} from './shown-text.js';

/**
 * buildx reads `--output` as one CSV record of key=value fields (go-csvvalue): a field with a
 * comma or a quote is written whole in double quotes, a quote doubled, so that a path like
 * `img.tar,type=registry` stays the destination. A line break has no place in the record.
 */
export function csvField(field: string): string {
	return /[",]/.test(field) || /^\s/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** `type=oci,dest=FILE` for an OCI archive, FILE quoted as the CSV record needs. */
export function ociOutput(file: string): string {
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001F\u007F]/.test(file)) throw new InputError(`--oci: ${shownValue(file)} has a control character, which no build tool takes in a path.`);
	return `type=oci,${csvField(`dest=${file}`)}`;
}

/**
 * `id=ID,src=FILE` for `--secret` (buildx, buildah and podman read the same CSV record): the file
 * quoted as the record needs.
 */
export function secretSource(id: string, file: string): string {
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001F\u007F]/.test(file)) throw new InputError(`the secret file ${shownValue(file)} has a control character, which no build tool takes in a path.`);
	return `id=${id},${csvField(`src=${file}`)}`;
}
