import {inputCaps, readInputFile} from '../read/input-file.js';

/**
 * Whether a NuGet.config carries feed credentials: a packageSourceCredentials section, or a
 * Password / ClearTextPassword entry anywhere. Such a file is a secret: the build mounts it for
 * restore and never copies it into a layer. A file that cannot be read counts as no credentials
 * (restore will say what is wrong with it).
 */
export async function hasFeedCredentials(file: string, shownAs: string): Promise<boolean> {
	const text = await readInputFile(file, {shownAs, maxBytes: inputCaps.config}).catch(() => '');
	return /<\s*packageSourceCredentials\b/i.test(text) || /\bkey\s*=\s*["'](?:ClearText)?Password["']/i.test(text);
}

/** The credential-carrying NuGet.config restore reads first (the one nearest the project), and the others. */
export async function credentialConfigs(configs: string[], shown: (file: string) => string): Promise<string[]> {
	const found: string[] = [];
	for (const config of configs) if (await hasFeedCredentials(config, shown(config))) found.push(config);
	// configs run from the context's top down to the project's folder: the nearest comes last.
	return found.reverse();
}
