// A client for container registries (the OCI distribution API): anonymous pulls and the bearer
// token challenge, manifest lists and single manifests, tags and content digests. The catalog's
// --verify uses it; digest pinning will.
import {createHash} from 'node:crypto';
import {httpGet, NetworkError, type HttpOptions, type HttpResponse} from './http.js';
import {listTypes, manifestAccept} from './media-types.js';
import {parseChallenge} from './token-challenge.js';

/** One platform's image inside a manifest list, e.g. linux/arm/v7 and its digest. */
export type PlatformImage = {platform: string; digest: string};

export type Manifest = {
	/** The digest of the manifest (list) itself: what `image@sha256:…` pins. */
	digest: string;
	mediaType: string;
	/** Every platform it serves (one, for a single-image manifest). */
	platforms: PlatformImage[];
};

// The distribution spec's grammar for repository names, tags and digests: nothing else reaches a URL.
const repositoryPattern = /^[a-z\d]+(?:(?:[._]|__|-+)[a-z\d]+)*(?:\/[a-z\d]+(?:(?:[._]|__|-+)[a-z\d]+)*)*$/;
const tagPattern = /^\w[\w.-]{0,127}$/;
const digestPattern = /^sha256:[a-f\d]{64}$/;

type Descriptor = {mediaType?: string; digest?: string; platform?: {os?: string; architecture?: string; variant?: string}};

const platformName = (platform: {os?: string; architecture?: string; variant?: string}) => [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');

function parseJson(response: HttpResponse, what: string): Record<string, unknown> {
	try {
		const value = JSON.parse(Buffer.from(response.body).toString('utf8')) as unknown;
		if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
	} catch {}
	throw new NetworkError(`${what} is not valid JSON`);
}

export class Registry {
	readonly #base: URL;
	readonly #options: HttpOptions;
	readonly #tokens = new Map<string, string>();

	/** `base` is the registry's address, e.g. https://mcr.microsoft.com or http://127.0.0.1:5000. */
	constructor(base: string, options: HttpOptions = {}) {
		this.#base = new URL(base.endsWith('/') ? base : `${base}/`);
		this.#options = options;
	}

	get host(): string {
		return this.#base.host;
	}

	/** The manifest (list) a tag or digest names, or undefined when the registry has no such tag. */
	async manifest(repository: string, reference: string): Promise<Manifest | undefined> {
		checkRepository(repository);
		if (!tagPattern.test(reference) && !digestPattern.test(reference)) throw new NetworkError(`"${reference}" is not a tag or a sha256 digest`);
		const response = await this.#get(repository, `v2/${repository}/manifests/${reference}`, {accept: manifestAccept});
		if (response.status === 404) return undefined;
		const what = `${this.host}/${repository}:${reference}`;
		if (response.status !== 200) throw new NetworkError(`${what}: the registry answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
		const digest = `sha256:${createHash('sha256').update(response.body).digest('hex')}`;
		const claimed = response.headers.get('docker-content-digest');
		if (claimed && claimed.startsWith('sha256:') && claimed !== digest) throw new NetworkError(`${what}: the manifest's content does not match its digest ${claimed}`);
		const document = parseJson(response, `the manifest of ${what}`);
		const mediaType = String(document['mediaType'] ?? response.headers.get('content-type')?.split(';')[0] ?? '');
		if (listTypes.includes(mediaType) || Array.isArray(document['manifests'])) {
			const entries = (Array.isArray(document['manifests']) ? document['manifests'] : []) as Descriptor[];
			// Attestations and signatures sit in the list as unknown/unknown: they are no platform.
			const platforms = entries
				.filter(entry => entry.platform && entry.platform.os !== 'unknown' && typeof entry.digest === 'string')
				.map(entry => ({platform: platformName(entry.platform!), digest: entry.digest!}));
			return {digest, mediaType, platforms};
		}
		const config = (document['config'] ?? {}) as Descriptor;
		const platform = config.digest && digestPattern.test(config.digest) ? await this.#configPlatform(repository, config.digest) : '';
		return {digest, mediaType, platforms: platform ? [{platform, digest}] : []};
	}

	/** Every tag of a repository, following the registry's pages. */
	async tags(repository: string): Promise<string[]> {
		checkRepository(repository);
		const tags: string[] = [];
		let next: string | undefined = `v2/${repository}/tags/list?n=1000`;
		for (let page = 0; next && page < 100; page++) {
			const response = await this.#get(repository, next, {accept: 'application/json'});
			if (response.status === 404) return tags;
			if (response.status !== 200) throw new NetworkError(`${this.host}/${repository}: listing tags answered ${response.status}`);
			const list = parseJson(response, `the tag list of ${this.host}/${repository}`)['tags'];
			if (Array.isArray(list)) tags.push(...list.filter((tag): tag is string => typeof tag === 'string'));
			const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get('link') ?? '')?.[1];
			next = link ? new URL(link, this.#base).href : undefined;
		}
		return tags;
	}

	async #configPlatform(repository: string, digest: string): Promise<string> {
		const response = await this.#get(repository, `v2/${repository}/blobs/${digest}`, {accept: 'application/json'});
		if (response.status !== 200) return '';
		const config = parseJson(response, `the image configuration ${digest}`) as {os?: string; architecture?: string; variant?: string};
		return platformName(config);
	}

	/** A GET that answers a bearer challenge once with an anonymous pull token for the repository. */
	async #get(repository: string, path: string, headers: {accept: string}): Promise<HttpResponse> {
		const url = new URL(path, this.#base).href;
		const token = this.#tokens.get(repository);
		const send = (bearer?: string) => httpGet(url, {...this.#options, headers: {accept: headers.accept, ...(bearer ? {authorization: `Bearer ${bearer}`} : {})}});
		let response = await send(token);
		if (response.status !== 401) return response;
		const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
		if (challenge?.scheme !== 'bearer' || !challenge.params['realm']) {
			throw new NetworkError(`${this.host} wants a login${challenge ? ` (${challenge.scheme})` : ''} to read ${repository}: anonymous pulls are refused`);
		}
		const fresh = await this.#token(repository, challenge.params);
		this.#tokens.set(repository, fresh);
		response = await send(fresh);
		if (response.status === 401) throw new NetworkError(`${this.host} refused its own anonymous token for ${repository}`);
		return response;
	}

	async #token(repository: string, params: Record<string, string>): Promise<string> {
		const realm = new URL(params['realm']!, this.#base);
		if (realm.protocol !== 'https:' && realm.protocol !== 'http:') throw new NetworkError(`${this.host}'s token service ${realm.href} is not an http(s) address`);
		if (params['service']) realm.searchParams.set('service', params['service']);
		realm.searchParams.set('scope', params['scope'] ?? `repository:${repository}:pull`);
		const response = await httpGet(realm.href, {...this.#options, headers: {accept: 'application/json'}});
		if (response.status !== 200) throw new NetworkError(`${realm.host} gave no anonymous token for ${repository} (HTTP ${response.status})`);
		const answer = parseJson(response, `the token from ${realm.host}`);
		const token = answer['token'] ?? answer['access_token'];
		if (typeof token !== 'string' || token === '') throw new NetworkError(`${realm.host} answered without a token for ${repository}`);
		return token;
	}
}

function checkRepository(repository: string): void {
	if (!repositoryPattern.test(repository)) throw new NetworkError(`"${repository}" is not a repository name`);
}
