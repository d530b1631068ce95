import type {Recommendation} from '../engine/recommend.js';
import {exposedPort, type Project} from '../project/project.js';
import {composeServiceName, type ComposeApp} from './compose.js';
import {healthProbeCommand} from './health-probe.js';

/** The official images' non-root app user (APP_UID), the same id in every .NET 8+ image. */
const appUid = '1654';

/**
 * Where compose.yaml builds from, relative to its own folder: the context, and the Dockerfile
 * relative to that context. Default: both beside compose.yaml.
 */
export type ComposePlacement = {context: string; dockerfile: string};

/** The app of a single-app run, as compose.yaml needs it. */
export function composeAppOf(recommendation: Recommendation, project: Project, imageName: string, placement: ComposePlacement = {context: '.', dockerfile: 'Dockerfile'}): ComposeApp {
	const {app} = recommendation.answers;
	const port = exposedPort(project, app);
	return {
		service: composeServiceName(project.name),
		context: placement.context,
		dockerfile: placement.dockerfile,
		image: imageName,
		kind: app,
		...(port === undefined ? {} : {port}),
		user: appUid,
		// Kestrel listens on every interface, loopback included: the probe asks it from inside.
		...(app === 'web' && port !== undefined ? {healthcheck: healthProbeCommand(recommendation, `http://127.0.0.1:${port}/`)} : {}),
	};
}
