// Rewriting a FROM line's tag in place: only a tag written out literally (no $ARG in it) is edited.
import {activeCatalog} from '../catalog/active.js';
import {platforms} from '../catalog/catalog.js';
import {nearestTag} from '../catalog/nearest-tag.js';
import type {Stage} from '../dockerfile/dockerfile.js';
import type {DotnetImage} from './dotnet-image.js';
import type {Edit} from './finding.js';

/** The catalog tag of the same repository and variant for another .NET version (10.0-alpine → 9.0-alpine), if published. */
export function sameVariantTag(image: DotnetImage, dotnet: string): string | undefined {
	const rest = image.floatingTag.split('-').slice(image.dotnet ? 1 : 0).join('-');
	const wanted = rest ? `${dotnet}-${rest}` : dotnet;
	const found = activeCatalog().images.find(candidate => candidate.repo === image.repo && (candidate.tag === wanted || candidate.aliases.includes(wanted)));
	if (!found) return undefined;
	return image.architecture ? `${wanted}-${platforms[image.architecture].tagSuffix}` : wanted;
}

/** The published tag of the image's repository nearest to its floating tag (a typo, a preview tag gone at GA). */
export function nearestPublishedTag(image: DotnetImage): string | undefined {
	const tags = activeCatalog().images.filter(candidate => candidate.repo === image.repo).flatMap(candidate => [candidate.tag, ...candidate.aliases]);
	return nearestTag(image.floatingTag, tags);
}

/** The edit that puts `tag` on the stage's FROM, or none when the image is written with variables or a digest. */
export function tagEdit(stage: Stage, tag: string): Edit[] {
	if (stage.imageWritten.includes('$') || stage.imageWritten.includes('@')) return [];
	const tagRange = stage.from.getImageTagRange();
	if (tagRange) return [{range: tagRange, text: tag}];
	const nameRange = stage.from.getImageNameRange();
	return nameRange ? [{range: {start: nameRange.end, end: nameRange.end}, text: `:${tag}`}] : [];
}
