import type {Engine} from './engine.js';
import {containersCommands, containersDialect, containersPreflight, type ContainersTool} from './containers-storage.js';

// podman builds with buildah's code: COPY --link came with podman 5.6.0 (buildah 1.41).
const tool: ContainersTool = {program: 'podman', copyLinkSince: '5.6.0', runMountsSince: '4.3.0', sbomSince: '4.6.0'};

/** podman: the same builds as buildah, for Fedora, RHEL and many CI images. */
export const podman: Engine = {
	name: 'podman',
	title: 'podman',
	program: 'podman',
	versionArgs: ['--version'],
	missing: 'podman is not installed: install it from your distribution\'s packages (apt-get install podman, dnf install podman), or use another --engine.',
	dialect: containersDialect(tool),
	commands: request => containersCommands(tool, request),
	preflight: context => containersPreflight(tool, context),
};
