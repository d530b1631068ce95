/**
 * The two questions the SDK's preflight asks a registry before a build: does it answer at all
 * (and over which scheme), and which platforms does an image there have.
 */
export type Reach = {ok: true; scheme: 'https' | 'http'} | {ok: false; reason: string; httpOnly: boolean};

const timeout = () => AbortSignal.timeout(5000);

function reasonOf(error: unknown): string {
	const cause = (error as {cause?: {code?: string; message?: string}}).cause;
	return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** GET /v2/ over HTTPS, then plain HTTP: any HTTP answer (200, 401) means the registry is there. */
export async function reachRegistry(host: string, allowHttp: boolean): Promise<Reach> {
	let reason: string;
	try {
		await fetch(`https://${host}/v2/`, {signal: timeout(), redirect: 'manual'});
		return {ok: true, scheme: 'https'};
	} catch (error) {
		reason = reasonOf(error);
	}
	try {
		await fetch(`http://${host}/v2/`, {signal: timeout(), redirect: 'manual'});
		return allowHttp ? {ok: true, scheme: 'http'} : {ok: false, reason, httpOnly: true};
	} catch {
		return {ok: false, reason, httpOnly: false};
	}
}

const manifestTypes = [
	'application/vnd.oci.image.index.v1+json',
	'application/vnd.docker.distribution.manifest.list.v2+json',
	'application/vnd.oci.image.manifest.v1+json',
	'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

type Platform = {os?: string; architecture?: string; variant?: string};
/** As image platforms are compared: arm64 is arm64/v8 and arm is arm/v7 unless a variant says otherwise. */
function platformName(platform: Platform): string {
	const variant = platform.architecture === 'arm64' && platform.variant === 'v8' ? undefined : platform.architecture === 'arm' ? platform.variant ?? 'v7' : platform.variant;
	return [platform.os, platform.architecture, variant].filter(Boolean).join('/');
}

/** An anonymous pull token when the registry answers 401 with a Bearer challenge. */
async function anonymousToken(challenge: string | null, repository: string): Promise<string | undefined> {
	if (!challenge || !/^Bearer /i.test(challenge)) return undefined;
	const parameters = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map(match => [match[1]!, match[2]!]));
	if (!parameters['realm']) return undefined;
	const url = new URL(parameters['realm']);
	if (parameters['service']) url.searchParams.set('service', parameters['service']);
	url.searchParams.set('scope', `repository:${repository}:pull`);
	const response = await fetch(url, {signal: timeout()});
	if (!response.ok) return undefined;
	const body = await response.json() as {token?: string; access_token?: string};
	return body.token ?? body.access_token;
}

/** The platforms of `repository:reference`, or undefined when the registry has no such image. */
export async function imagePlatforms(origin: string, repository: string, reference: string): Promise<string[] | undefined> {
	const get = async (path: string, accept: string, token?: string) => fetch(`${origin}/v2/${repository}/${path}`, {
		signal: timeout(),
		headers: {Accept: accept, ...(token ? {Authorization: `Bearer ${token}`} : {})},
	});
	let response = await get(`manifests/${reference}`, manifestTypes);
	let token: string | undefined;
	if (response.status === 401) {
		token = await anonymousToken(response.headers.get('www-authenticate'), repository);
		if (token) response = await get(`manifests/${reference}`, manifestTypes, token);
	}
	if (response.status === 404) return undefined;
	if (!response.ok) throw new Error(`${origin} answered ${response.status} for ${repository}:${reference}`);
	const manifest = await response.json() as {manifests?: Array<{platform?: Platform}>; config?: {digest: string}};
	if (manifest.manifests) return manifest.manifests.map(entry => platformName(entry.platform ?? {})).filter(name => name !== '' && name !== 'unknown/unknown');
	if (!manifest.config) return [];
	const config = await get(`blobs/${manifest.config.digest}`, '*/*', token);
	return config.ok ? [platformName(await config.json() as Platform)] : [];
}
