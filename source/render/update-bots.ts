import {InputError} from '../engine/resolve.js';
import path from 'node:path';
import type {BotKind} from './file-kinds.js';

/**
 * Configurations for the bots that keep pinned base images current. Both update `tag@sha256:…`
 * references in the Dockerfile (the tag says what to follow, the digest what is pulled); Renovate
 * also updates container.props's ContainerBaseImage through a regex manager.
 */
export function renderRenovate(): string {
	const config = {
		$schema: 'https://docs.renovatebot.com/renovate-schema.json',
		extends: ['config:recommended'],
		enabledManagers: ['dockerfile', 'custom.regex'],
		pinDigests: true,
		customManagers: [{
			customType: 'regex',
			description: 'ContainerBaseImage in container.props (dotnet publish /t:PublishContainer)',
			managerFilePatterns: ['/(^|/)container\\.props$/'],
			// container.props writes "@" MSBuild-escaped, as %40 (MSBuild hands the task "@").
			matchStrings: ['<ContainerBaseImage>(?<depName>[^:<]+):(?<currentValue>[^@%<]+)(?:@|%40)(?<currentDigest>sha256:[0-9a-f]{64})</ContainerBaseImage>'],
			datasourceTemplate: 'docker',
		}],
	};
	return `${JSON.stringify(config, null, 2)}\n`;
}

/** A folder as Dependabot's `directory` names it: from the repository root, starting with "/". */
function dependabotDirectory(folder: string): string {
	if (folder !== '' && !/^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/.test(folder)) throw new InputError(`the Dockerfile's folder "${folder}" cannot be named in .github/dependabot.yml (letters, digits, ".", "-", "_" and "/" only).`);
	return `/${folder}`;
}

/**
 * `.github/dependabot.yml`: the docker ecosystem for each Dockerfile's folder (relative to the
 * repository root), one update entry per folder: one for one app, one per app for several.
 */
export function renderDependabot(dockerfileFolders: readonly string[]): string {
	const folders = [...new Set(dockerfileFolders)];
	return [
		'# Dependabot keeps the Dockerfile\'s pinned base images (tag@sha256:…) current',
		'version: 2',
		'updates:',
		...folders.flatMap(folder => [
			'  - package-ecosystem: docker',
			`    directory: ${dependabotDirectory(folder)}`,
			'    schedule:',
			'      interval: weekly',
		]),
		'',
	].join('\n');
}

export const botFileNames: Record<BotKind, string> = {renovate: 'renovate.json', dependabot: '.github/dependabot.yml'};

/**
 * The bot files asked for, named from the folder the files are written to: they go at the
 * repository root (`root`), and Dependabot's `directory` is each Dockerfile's folder from there
 * (`directories`: the apps' folders, the first where the files are named from). Renovate finds
 * every Dockerfile and container.props itself. Only with --pin: they exist to keep its digests current.
 */
export function updateBotFiles(bots: BotKind[], places: {root: string; directories: readonly string[]; pinned: boolean}): Array<{kind: BotKind; name: string; content: string; notes: string[]}> {
	if (bots.length > 0 && !places.pinned) throw new InputError(`--output ${bots.join(',')}: the bot configuration keeps pinned digests current: add --pin.`);
	const posix = (from: string, to: string) => path.relative(from, to).split(path.sep).join('/');
	const toRoot = posix(places.directories[0] ?? places.root, places.root);
	return bots.map(kind => ({
		kind,
		name: toRoot === '' ? botFileNames[kind] : `${toRoot}/${botFileNames[kind]}`,
		content: kind === 'renovate' ? renderRenovate() : renderDependabot(places.directories.map(directory => posix(places.root, directory))),
		notes: [],
	}));
}
