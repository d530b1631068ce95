// What --verify and --pin print; the asking itself is session/verify-recommendation.ts (the wizard pins too).
import type {Verification} from '../catalog/verify.js';
import {catalogUrls} from './catalog.js';
import type {Flags} from './flags.js';

const short = (digest: string) => digest.slice(0, 19);

/** One line per image: its digest and its platforms' digests. */
export function verificationLines(verification: Verification): string[] {
	return verification.images.map(image => `verified ${image.reference} ${image.digest} (${image.platforms.map(entry => `${entry.platform} ${short(entry.digest)}`).join(', ')})${verification.registry === 'https://mcr.microsoft.com' ? '' : ` at ${verification.registry}`}`);
}

/** The registry --verify asks: --registry, DOTNET_IMAGE_WIZARD_REGISTRY or mcr.microsoft.com. */
export const registryOf = (flags: Flags) => catalogUrls(flags).registry;
