import type {Recommendation} from '../engine/recommend.js';
import {InputError} from '../engine/resolve.js';
import {shownValue} from '../grammar/shown-text.js';

/**
 * A mirror of mcr.microsoft.com (companies pull base images through their own registry):
 * `registry.example.com/mcr` turns mcr.microsoft.com/dotnet/aspnet:10.0 into
 * registry.example.com/mcr/dotnet/aspnet:10.0 in the Dockerfile, container.props and the build.
 */
export const officialRegistry = 'mcr.microsoft.com';

// The distribution grammar: a domain (or [IPv6]) with an optional port, then path components.
const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const mirrorPattern = new RegExp(`^(?:${label}(?:\\.${label})*|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?(?:/${component})*$`);

/** Checks a --base-registry value: HOST[:PORT][/PATH], no scheme, no image name. */
export function parseBaseRegistry(value: string): string {
	const trimmed = value.replace(/\/+$/, '');
	if (/^[a-z]+:\/\//i.test(trimmed)) throw new InputError(`--base-registry: ${shownValue(value)} has a scheme: give the registry as HOST[:PORT][/PATH] (plain HTTP is --insecure).`);
	if (!mirrorPattern.test(trimmed)) throw new InputError(`--base-registry: ${shownValue(value)} is not a registry like registry.example.com or registry.example.com:5000/mcr.`);
	// Without a dot, a port or "localhost", docker reads the first part as a Docker Hub namespace.
	if (registryOf(`${trimmed}/dotnet/aspnet`) === undefined) throw new InputError(`--base-registry: ${shownValue(value)} would be read as a Docker Hub namespace, not a host: give the host with its domain or port (${trimmed.split('/')[0]}:5000, registry.example.com).`);
	return trimmed;
}

/** The reference of an official image as the mirror serves it. */
export function mirrored(reference: string, mirror: string | undefined): string {
	return mirror && reference.startsWith(`${officialRegistry}/`) ? `${mirror}/${reference.slice(officialRegistry.length + 1)}` : reference;
}

/** The recommendation with its base images pulled through the mirror, for the files and the build. */
export function withBaseRegistry(recommendation: Recommendation, mirror: string | undefined): Recommendation {
	if (!mirror) return recommendation;
	return {
		...recommendation,
		build: {...recommendation.build, reference: mirrored(recommendation.build.reference, mirror)},
		runtime: {...recommendation.runtime, reference: mirrored(recommendation.runtime.reference, mirror)},
	};
}

/** The registry host of a reference (the part before the first slash when it names one). */
export function registryOf(reference: string): string | undefined {
	const slash = reference.indexOf('/');
	if (slash <= 0) return undefined;
	const first = reference.slice(0, slash);
	return /[.:]/.test(first) || first === 'localhost' ? first : undefined;
}
