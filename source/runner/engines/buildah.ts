import type {Engine} from './engine.js';
import {containersCommands, containersDialect, containersPreflight, type ContainersTool} from './containers-storage.js';

// COPY --link arrived in buildah 1.41.0.
const tool: ContainersTool = {program: 'buildah', copyLinkSince: '1.41.0', runMountsSince: '1.28.0', sbomSince: '1.31.0'};

/** buildah: builds the Dockerfile with no daemon; several platforms go into a manifest list. */
export const buildah: Engine = {
	name: 'buildah',
	title: 'buildah',
	program: 'buildah',
	versionArgs: ['--version'],
	missing: 'buildah is not installed: install it from your distribution\'s packages (apt-get install buildah, dnf install buildah), or use another --engine.',
	dialect: containersDialect(tool),
	commands: request => containersCommands(tool, request),
	preflight: context => containersPreflight(tool, context),
};
