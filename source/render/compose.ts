import {Document, isMap, isScalar, Scalar, YAMLSeq} from 'yaml';
import type {AppKind} from '../engine/answers.js';
import {InputError} from '../engine/resolve.js';
import {isImageReference} from '../grammar/oci-reference.js';
import {shownValue} from '../grammar/shown-text.js';
import {checkPath} from '../project/project.js';

/** One app of compose.yaml: what its service needs, every value already decided. */
export type ComposeApp = {
	/** The service name (composeServiceName). */
	service: string;
	/** The build context, relative to compose.yaml's folder ("." or a path inside it). */
	context: string;
	/** The Dockerfile, relative to the context. */
	dockerfile: string;
	/** The image the build is tagged as. */
	image: string;
	kind: AppKind;
	/** The port the app listens on inside the container (a web app's Kestrel port). */
	port?: number;
	/** The user the container runs as (the images' non-root app user, 1654); none: the image's own. */
	user?: string;
	/** The health check in exec form, run inside the container with no shell; none: no health check. */
	healthcheck?: string[];
};

const servicePattern = /^[a-z0-9][a-z0-9_.-]*$/;

/** A service name from an app's name: lower case, and only the letters the Compose specification allows. */
export function composeServiceName(name: string): string {
	const service = name.toLowerCase().replaceAll(/[^a-z0-9_.-]/g, '-').replace(/^[^a-z0-9]+/, '');
	if (!servicePattern.test(service)) throw new InputError(`compose.yaml: ${shownValue(name)} gives no service name (letters, digits, ".", "-", "_").`);
	return service;
}

/** A relative path as compose.yaml names it: "." and ".." segments allowed, else checkPath's letters. */
function checkRelative(value: string, what: string): string {
	const named = value.split('/').filter(segment => segment !== '.' && segment !== '..');
	if (value.startsWith('/') || value.endsWith('/') || value.split('/').includes('')) throw new InputError(`compose.yaml: the ${what} ${shownValue(value)} must be a relative path.`);
	if (named.length > 0) checkPath(named.join('/'), what);
	return value;
}

/**
 * Host ports in order: each app's own port, or the next free one when an earlier app took it, so
 * that several apps listening on 8080 in their containers can all be published.
 */
function hostPorts(apps: ComposeApp[]): Map<string, number> {
	const taken = new Set<number>();
	const ports = new Map<string, number>();
	for (const app of apps) {
		if (app.port === undefined) continue;
		let port = app.port;
		while (taken.has(port) && port < 65_535) port++;
		taken.add(port);
		ports.set(app.service, port);
	}
	return ports;
}

/** A double-quoted YAML string: "8080:8080" stays a string for every YAML reader (1.1 read a:b as base 60). */
function quoted(value: string): Scalar {
	const scalar = new Scalar(value);
	scalar.type = Scalar.QUOTE_DOUBLE;
	return scalar;
}

function service(app: ComposeApp, hostPort: number | undefined): Record<string, unknown> {
	if (!isImageReference(app.image)) throw new InputError(`compose.yaml: the image ${shownValue(app.image)} is not an image reference.`);
	const entry: Record<string, unknown> = {
		build: {context: checkRelative(app.context, 'build context'), dockerfile: checkRelative(app.dockerfile, 'Dockerfile path')},
		image: app.image,
	};
	if (app.port !== undefined && hostPort !== undefined) entry.ports = [quoted(`${hostPort}:${app.port}`)];
	entry.environment = app.kind === 'web'
		? {ASPNETCORE_ENVIRONMENT: 'Production', ...(app.port === undefined ? {} : {ASPNETCORE_HTTP_PORTS: String(app.port)})}
		: {DOTNET_ENVIRONMENT: 'Production'};
	if (app.user !== undefined) entry.user = quoted(app.user);
	entry.read_only = true;
	entry.tmpfs = ['/tmp'];
	if (app.healthcheck) {
		const test = new YAMLSeq();
		test.flow = true;
		for (const word of ['CMD', ...app.healthcheck]) test.items.push(quoted(word));
		entry.healthcheck = {test, interval: '30s', timeout: '10s', retries: 3, start_period: '30s'};
	}
	return entry;
}

/**
 * compose.yaml for a list of apps: a service each, built from its Dockerfile and context, its
 * port published, run as the non-root user with a read-only root file system, and a health check
 * that runs in exec form inside images with no shell. Pure: the same apps give the same text.
 */
export function renderCompose(apps: ComposeApp[]): string {
	if (apps.length === 0) throw new InputError('compose.yaml: there is no app to run.');
	const names = new Set<string>();
	for (const app of apps) {
		if (!servicePattern.test(app.service)) throw new InputError(`compose.yaml: ${shownValue(app.service)} is not a service name.`);
		if (names.has(app.service)) throw new InputError(`compose.yaml: two apps would be the service ${shownValue(app.service)}: name them apart.`);
		names.add(app.service);
	}
	const ports = hostPorts(apps);
	const document = new Document({});
	const services = Object.fromEntries(apps.map(app => [app.service, service(app, ports.get(app.service))]));
	document.contents = document.createNode({services}) as typeof document.contents;
	for (const app of apps) commentService(document, app);
	const header = [
		'# compose.yaml: builds and starts the app' + (apps.length > 1 ? 's' : '') + ' (docker compose up --build, or podman compose up --build).',
		'# Each service runs as the images\' non-root app user on a read-only root file system.',
	];
	return `${header.join('\n')}\n${document.toString({lineWidth: 0, flowCollectionPadding: false})}`;
}

/** Comments that teach: why /tmp is writable, what the health check runs. */
function commentService(document: Document, app: ComposeApp): void {
	const entry = document.getIn(['services', app.service], true);
	if (!isMap(entry)) return;
	const comment = (key: string, text: string) => {
		const pair = entry.items.find(item => isScalar(item.key) && item.key.value === key);
		if (isScalar(pair?.key)) pair.key.commentBefore = text;
	};
	comment('tmpfs', ' The one writable folder: the runtime\'s diagnostics socket and the app\'s temporary files.');
	comment('healthcheck', ' The images have no curl or wget (chiseled ones no shell): the Dockerfile builds a small probe\n that asks the app\'s URL and exits 0 (any answer below 500) or 1.');
}
