import process from 'node:process';
import {platforms} from '../catalog/catalog.js';
import type {Architecture} from '../catalog/types.js';

/** One machine a builder runs steps on: a BuildKit node, a CI runner, or this machine. */
export type BuildNode = {
	name: string;
	/** Where it is (a socket, ssh://, tcp://, a Kubernetes pod), when the builder says. */
	endpoint?: string;
	/** Every platform it can run a RUN step for, native or emulated. */
	platforms: string[];
	/** The platforms it runs without emulation. */
	native: string[];
};

/** What builds: a buildx builder (its driver and nodes), CI runners, or this machine alone. */
export type BuildMachine = {name: string; driver: string; nodes: BuildNode[]};

const architectureOf = (platform: string) => platform.split('/').slice(0, 2).join('/');

/** A platform is native on a node that runs the same OS/architecture natively (linux/amd64/v2 on linux/amd64). */
export function runsNatively(node: BuildNode, platform: string): boolean {
	return node.native.some(native => architectureOf(native) === architectureOf(platform));
}

const field = (block: string[], name: string) => block.find(line => line.startsWith(`${name}:`))?.slice(name.length + 1).trim();

/**
 * `docker buildx inspect [NAME]` as a machine: the builder's name and driver (docker,
 * docker-container, remote, kubernetes), then one block per node. A node's native platforms are
 * those fixed for it with --platform (starred), else the first it lists: BuildKit names the
 * worker's own platform first and the ones it runs through QEMU after.
 */
export function parseBuilderInspect(text: string): BuildMachine {
	const lines = text.split('\n').map(line => line.trim());
	const nodesAt = lines.findIndex(line => line === 'Nodes:');
	const header = nodesAt === -1 ? lines : lines.slice(0, nodesAt);
	const blocks: string[][] = [];
	// Without a "Nodes:" heading the whole text describes one node.
	for (const line of nodesAt === -1 ? ['Name:', ...lines] : lines.slice(nodesAt + 1)) {
		if (line.startsWith('Name:')) blocks.push([]);
		if (line !== '') blocks.at(-1)?.push(line);
	}
	const nodes = blocks.map(block => {
		const listed = (field(block, 'Platforms') ?? '').split(',').map(platform => platform.trim()).filter(Boolean);
		const starred = listed.filter(platform => platform.endsWith('*')).map(platform => platform.slice(0, -1));
		const all = listed.map(platform => platform.replace(/\*$/, ''));
		const endpoint = field(block, 'Endpoint');
		return {name: field(block, 'Name') || 'node', ...(endpoint ? {endpoint} : {}), platforms: all, native: starred.length > 0 ? starred : all.slice(0, 1)};
	});
	return {name: field(header, 'Name') ?? 'default', driver: field(header, 'Driver') ?? 'docker', nodes};
}

/** The architecture of the machine this runs on, when it is one the images exist for. */
export function hostArchitecture(arch: string = process.arch): Architecture | undefined {
	const byNodeArch: Record<string, Architecture> = {x64: 'amd64', arm64: 'arm64', arm: 'arm'};
	return byNodeArch[arch];
}

/** This machine as the only node: what podman, buildah, the SDK and an unread builder build on. */
export function thisMachine(architecture: Architecture | undefined = hostArchitecture()): BuildMachine {
	const own = architecture ? [platforms[architecture].platform] : [];
	return {name: 'this machine', driver: 'local', nodes: [{name: 'this machine', platforms: own, native: own}]};
}

/** How a sentence names it: this machine, or the buildx builder and its driver. */
export function machineTitle(machine: BuildMachine): string {
	return machine.driver === 'local' ? machine.name : `the buildx builder "${machine.name}" (${machine.driver} driver)`;
}
