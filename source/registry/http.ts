import process from 'node:process';
import type {Dispatcher} from 'undici';

/** A request that did not get an answer worth reading: the message is one line that says why. */
export class NetworkError extends Error {
	override name = 'NetworkError';
}

export type HttpResponse = {status: number; statusText: string; headers: Headers; body: Uint8Array; url: string};

export type HttpOptions = {
	headers?: Record<string, string>;
	/** Per attempt, for the answer and its whole body. */
	timeoutMs?: number;
	/** Further attempts after a timeout, a broken connection, a 5xx or a 429. */
	retries?: number;
	onProgress?: (received: number, total: number | undefined) => void;
	/** Stops the request (and its retries) early, e.g. when a sibling download failed. */
	signal?: AbortSignal;
	/** The whole command's budget, shared by every request and retry it makes. */
	deadline?: Deadline;
};

/** When a command that talks to the network gives up, whatever its requests are doing. */
export type Deadline = {at: number; ms: number; timeoutMs: number};

/** Three times the per-attempt timeout, from now: the most a --refresh or a --verify waits in all. */
export function commandDeadline(timeoutMs = timeoutFromEnvironment(), now = Date.now()): Deadline {
	return {at: now + 3 * timeoutMs, ms: 3 * timeoutMs, timeoutMs};
}

const overdue = (url: URL, deadline: Deadline) => `${url.host} gave no complete answer within ${deadline.ms / 1000} s in all (three times the ${deadline.timeoutMs / 1000} s timeout): gave up`;

const defaultTimeoutMs = 20_000;
const maxRedirects = 5;
const maxBodyBytes = 64 * 1024 * 1024;
const redirects = new Set([301, 302, 303, 307, 308]);

/** DOTNET_IMAGE_WIZARD_TIMEOUT (seconds) for slow links and tests; 20 s otherwise. */
export function timeoutFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
	const seconds = Number(env['DOTNET_IMAGE_WIZARD_TIMEOUT']);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : defaultTimeoutMs;
}

type Undici = typeof import('undici');
let client: Promise<{fetch: Undici['fetch']; dispatcher: () => Dispatcher}> | undefined;

/**
 * undici's fetch (what Node's fetch is) with EnvHttpProxyAgent, which honours HTTP_PROXY,
 * HTTPS_PROXY and NO_PROXY. TLS uses Node's CA store, which NODE_EXTRA_CA_CERTS extends.
 */
async function undici() {
	// undici is CommonJS: bundled, its exports may sit under default.
	client ??= import('undici').then(module => (module.EnvHttpProxyAgent ? module : (module as unknown as {default: Undici}).default)).then(({fetch, EnvHttpProxyAgent}) => ({
		fetch,
		dispatcher() {
			// The agent announces itself as experimental on stderr; this program's output is its own.
			const emitWarning = process.emitWarning;
			process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
				const code = typeof rest[0] === 'object' ? (rest[0] as {code?: string}).code : rest[1];
				if (code !== 'UNDICI-EHPA') (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
			}) as typeof process.emitWarning;
			try {
				return new EnvHttpProxyAgent();
			} finally {
				process.emitWarning = emitWarning;
			}
		},
	}));
	return client;
}

const proxyFor = (url: URL) => {
	const env = process.env;
	return url.protocol === 'https:' ? env['https_proxy'] ?? env['HTTPS_PROXY'] ?? env['http_proxy'] ?? env['HTTP_PROXY'] : env['http_proxy'] ?? env['HTTP_PROXY'];
};

const certificateCodes = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_GET_ISSUER_CERT']);

/** Why a request failed, in words a user can act on. */
export function describeFailure(error: unknown, url: URL, timeoutMs: number): string {
	const host = url.host;
	const cause = (error as {cause?: {code?: string; message?: string}})?.cause;
	const code = cause?.code ?? (error as {code?: string})?.code;
	const message = cause?.message ?? (error as Error)?.message ?? String(error);
	const name = (error as Error)?.name;
	const proxy = proxyFor(url);
	if (name === 'TimeoutError' || name === 'AbortError') return `${host} did not answer within ${timeoutMs / 1000} s`;
	// A proxy that turns the tunnel down answers CONNECT with an error status or closes the connection.
	if (proxy && /Proxy response \(\d+\)|Request was cancelled/.test(message)) {
		const status = /Proxy response \((\d+)\)/.exec(message)?.[1];
		return `the proxy ${proxy} refused the connection to ${host}${status ? ` (HTTP ${status})` : ''}`;
	}
	if (code && certificateCodes.has(code)) return `${host}'s TLS certificate is not trusted (${code}); if your network's own CA signs it, point NODE_EXTRA_CA_CERTS at that CA's certificate`;
	const via = proxy ? ` (through the proxy ${proxy})` : '';
	if (code === 'ECONNREFUSED') return `cannot connect to ${proxy ? new URL(proxy).host : host}: connection refused${via}`;
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot resolve ${host}${via}`;
	if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return `the connection to ${host} was cut${via}`;
	return `${host}: ${message.split('\n')[0]}${via}`;
}

async function readBody(response: Response, onProgress: HttpOptions['onProgress']): Promise<Uint8Array> {
	const length = Number(response.headers.get('content-length'));
	const total = Number.isFinite(length) && length > 0 ? length : undefined;
	if (!response.body) return new Uint8Array();
	const chunks: Uint8Array[] = [];
	let received = 0;
	for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
		received += chunk.byteLength;
		if (received > maxBodyBytes) throw new NetworkError(`${new URL(response.url).host} sent more than ${maxBodyBytes / 1024 / 1024} MB`);
		chunks.push(chunk);
		onProgress?.(received, total);
	}
	return Buffer.concat(chunks);
}

const credentialHeaders = new Set(['authorization', 'proxy-authorization', 'cookie']);
const withoutCredentials = (headers: HttpOptions['headers']) => headers && Object.fromEntries(Object.entries(headers).filter(([name]) => !credentialHeaders.has(name.toLowerCase())));

/** One attempt, following at most five redirects and never from https to http. */
async function attempt(url: URL, options: HttpOptions, timeoutMs: number): Promise<HttpResponse> {
	const {fetch, dispatcher: newDispatcher} = await undici();
	const timeout = AbortSignal.timeout(timeoutMs);
	const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
	// An agent of the attempt's own, closed with it: a proxy that never answers CONNECT keeps no socket (and no process) alive.
	const dispatcher = newDispatcher();
	try {
		return await follow(url, options, fetch, dispatcher, signal);
	} catch (error) {
		// Through a proxy a timeout surfaces as "Request was cancelled": it is a timeout, not a refusal.
		if (timeout.aborted && !options.signal?.aborted) throw new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError');
		throw error;
	} finally {
		void dispatcher.destroy().catch(() => undefined);
	}
}

async function follow(url: URL, options: HttpOptions, fetch: Undici['fetch'], dispatcher: Dispatcher, signal: AbortSignal): Promise<HttpResponse> {
	let current = url;
	let headers = options.headers;
	for (let hop = 0; ; hop++) {
		const response = await fetch(current, {headers, redirect: 'manual', signal, dispatcher}) as unknown as Response;
		const location = response.headers.get('location');
		if (redirects.has(response.status) && location) {
			await response.body?.cancel();
			if (hop === maxRedirects) throw new NetworkError(`${url.href} redirects more than ${maxRedirects} times`);
			const next = new URL(location, current);
			if (current.protocol === 'https:' && next.protocol !== 'https:') throw new NetworkError(`${current.href} redirects to ${next.href}, which is not https: refused`);
			if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new NetworkError(`${current.href} redirects to ${next.href}: not an http(s) address`);
			// Credentials are for the origin they were given to: another host, port or scheme gets none (as browsers and curl do).
			if (next.origin !== current.origin) headers = withoutCredentials(headers);
			current = next;
			continue;
		}
		const body = await readBody(response, options.onProgress);
		return {status: response.status, statusText: response.statusText, headers: response.headers, body, url: current.href};
	}
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * GET with a timeout per attempt and a bounded retry (two more tries, 0.25 s then 1 s apart) on
 * timeouts, broken connections, 5xx and 429. Any other status is returned for the caller to judge.
 */
export async function httpGet(address: string, options: HttpOptions = {}): Promise<HttpResponse> {
	const url = new URL(address);
	const timeoutMs = options.timeoutMs ?? timeoutFromEnvironment();
	const retries = options.retries ?? 2;
	const {deadline} = options;
	const left = () => (deadline ? deadline.at - Date.now() : Number.POSITIVE_INFINITY);
	for (let round = 0; ; round++) {
		if (left() <= 0) throw new NetworkError(overdue(url, deadline!));
		let response: HttpResponse | undefined;
		try {
			// Each attempt as a whole (headers and body) within its timeout, and within what is left of the command's.
			response = await attempt(url, options, Math.max(1, Math.min(timeoutMs, left())));
		} catch (error) {
			if (error instanceof NetworkError) throw error;
			if (left() <= 0 && !options.signal?.aborted) throw new NetworkError(overdue(url, deadline!));
			// An untrusted certificate stays untrusted: no point asking again.
			if (round >= retries || options.signal?.aborted || certificateCodes.has(String((error as {cause?: {code?: string}}).cause?.code))) throw new NetworkError(describeFailure(error, url, timeoutMs));
		}
		if (response && !(response.status >= 500 || response.status === 429)) return response;
		if (response && round >= retries) return response;
		await pause(Math.min(round === 0 ? 250 : 1000, Math.max(0, left())));
	}
}

/** The body of a 2xx answer, else a NetworkError naming the status. */
export async function httpGetOk(address: string, options: HttpOptions = {}): Promise<HttpResponse> {
	const response = await httpGet(address, options);
	if (response.status < 200 || response.status > 299) throw new NetworkError(`${address} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
	return response;
}
