import type {Recommendation} from '../engine/recommend.js';
import {validSourceUrl, validVersion, type Project} from '../project/project.js';

/**
 * The OCI annotations the .NET SDK puts on the images it builds, here as LABEL: the base image
 * (name, and digest when pinned), the project's repository and version when it names them. Every
 * value is checked against its own grammar, so the double-quoted strings need no escaping.
 */
export function ociLabels(recommendation: Recommendation, project: Project): string[] {
	const [name, digest] = recommendation.runtime.reference.split('@');
	const labels: Array<[string, string | undefined]> = [
		['org.opencontainers.image.base.name', name],
		['org.opencontainers.image.base.digest', digest && /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : undefined],
		['org.opencontainers.image.source', project.sourceUrl !== undefined && validSourceUrl(project.sourceUrl) ? project.sourceUrl : undefined],
		['org.opencontainers.image.version', project.version !== undefined && validVersion(project.version) ? project.version : undefined],
	];
	const present = labels.filter((label): label is [string, string] => label[1] !== undefined && /^[A-Za-z0-9._:/@+~%-]+$/.test(label[1]));
	if (present.length === 0) return [];
	const lines = present.map(([key, value], index) => `${index === 0 ? 'LABEL ' : '      '}${key}="${value}"`);
	return ['# OCI labels, as the .NET SDK sets them on the images it builds', lines.join(' \\\n')];
}
