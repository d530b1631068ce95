import {describe, expect, it} from 'vitest';
import {parseBuilderInspect, thisMachine} from '../source/runner/build-machine.js';
import {planPlatforms} from '../source/runner/platform-plan.js';
import {recommendationFor} from './answers.js';
import {fixture, runCli} from './cli-run.js';
import {calls, fakeBin} from './fixtures/fake-bin/install.js';

// What `docker buildx inspect NAME` prints for three kinds of builder.
const twoNodes = [
	'Name:          multiarch',
	'Driver:        docker-container',
	'Last Activity: 2026-11-24 10:00:00 +0000 UTC',
	'',
	'Nodes:',
	'Name:             multiarch0',
	'Endpoint:         unix:///var/run/docker.sock',
	'Status:           running',
	'BuildKit version: v0.22.0',
	'Platforms:        linux/amd64*, linux/amd64/v2, linux/amd64/v3, linux/386',
	'',
	'Name:             multiarch1',
	'Endpoint:         ssh://builder@arm64-host',
	'Status:           running',
	'BuildKit version: v0.22.0',
	'Platforms:        linux/arm64*, linux/arm/v7, linux/arm/v6',
].join('\n');
const emulating = [
	'Name:          emulating',
	'Driver:        docker-container',
	'',
	'Nodes:',
	'Name:      emulating0',
	'Endpoint:  unix:///var/run/docker.sock',
	'Status:    running',
	'Platforms: linux/amd64, linux/amd64/v2, linux/386, linux/arm64, linux/riscv64, linux/arm/v7',
].join('\n');
const remote = [
	'Name:          remote-arm',
	'Driver:        remote',
	'',
	'Nodes:',
	'Name:      remote-arm0',
	'Endpoint:  tcp://buildkitd.example.com:1234',
	'Status:    running',
	'Platforms: linux/arm64, linux/arm/v7',
].join('\n');

const project = ['--project', fixture('web-api'), '--detect', 'xml'];
const aotAlpine = ['--deploy', 'aot', '--os', 'alpine', '--shell', 'yes'];
const verdicts = (plan: ReturnType<typeof planPlatforms>) => plan.platforms.map(build => `${build.platform} ${build.verdict} ${build.node ?? '-'}`);

describe('reading a buildx builder', () => {
	it('takes the driver, each node and its native platforms (starred, else the first listed)', () => {
		expect(parseBuilderInspect(twoNodes)).toEqual({name: 'multiarch', driver: 'docker-container', nodes: [
			{name: 'multiarch0', endpoint: 'unix:///var/run/docker.sock', platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3', 'linux/386'], native: ['linux/amd64']},
			{name: 'multiarch1', endpoint: 'ssh://builder@arm64-host', platforms: ['linux/arm64', 'linux/arm/v7', 'linux/arm/v6'], native: ['linux/arm64']},
		]});
		expect(parseBuilderInspect(remote).nodes.map(node => node.native)).toEqual([['linux/arm64']]);
		expect(parseBuilderInspect(emulating).nodes[0]!.native).toEqual(['linux/amd64']);
	});

	it('reads a kubernetes builder whose deployments were appended per platform, and builds each natively there', () => {
		const kubernetes = parseBuilderInspect([
			'Name:   kube', 'Driver: kubernetes', '', 'Nodes:',
			'Name:      kube0-6977cdcb75-k9h9m', 'Endpoint:  kubernetes:///kube?deployment=kube0&kubeconfig=', 'Status:    running', 'Platforms: linux/amd64*, linux/386',
			'', 'Name:      kube-arm-59b4fd8c6d-7zq2p', 'Endpoint:  kubernetes:///kube?deployment=kube-arm&kubeconfig=', 'Status:    running', 'Platforms: linux/arm64*',
		].join('\n'));
		expect(kubernetes.driver).toBe('kubernetes');
		expect(verdicts(planPlatforms(recommendationFor({deploy: 'aot', os: 'alpine', shell: 'yes'}), kubernetes, 'docker'))).toEqual(['linux/amd64 native kube0-6977cdcb75-k9h9m', 'linux/arm64 native kube-arm-59b4fd8c6d-7zq2p']);
	});
});

describe('the per-platform plan', () => {
	it('builds each platform natively on a two-node builder, even Native AOT that cannot cross-compile', () => {
		const plan = planPlatforms(recommendationFor({deploy: 'aot', os: 'alpine', shell: 'yes'}), parseBuilderInspect(twoNodes), 'docker');
		expect(verdicts(plan)).toEqual(['linux/amd64 native multiarch0', 'linux/arm64 native multiarch1']);
		expect(plan.refusal).toBeUndefined();
	});

	it('cross-compiles on one node where it can, and refuses Native AOT under emulation with the native ways', () => {
		const cross = planPlatforms(recommendationFor({}), parseBuilderInspect(emulating), 'docker');
		expect(verdicts(cross)).toEqual(['linux/amd64 native emulating0', 'linux/arm64 cross emulating0']);
		expect(cross.platforms[1]!.sdkPlatform).toBe('linux/amd64');
		const aot = planPlatforms(recommendationFor({deploy: 'aot', os: 'alpine', shell: 'yes'}), parseBuilderInspect(emulating), 'docker');
		expect(verdicts(aot)).toEqual(['linux/amd64 native emulating0', 'linux/arm64 emulated emulating0']);
		expect(aot.refusal).toMatch(/^Native AOT on Alpine cannot cross-compile, and \.NET does not support it under QEMU emulation: linux\/arm64 would be emulated on the buildx builder "emulating" \(docker-container driver\)\. Build linux\/arm64 natively instead: .*--builder BUILDER.*--output github-actions or gitlab-ci.*choose --os ubuntu to cross-compile\.$/);
	});

	it('on a remote arm64 node: arm64 native, amd64 cross-compiled there (Ubuntu AOT with the toolchain), or refused (Alpine AOT)', () => {
		const ubuntuAot = planPlatforms(recommendationFor({deploy: 'aot'}), parseBuilderInspect(remote), 'docker');
		expect(ubuntuAot.platforms.map(build => build.verdict)).toEqual(['cross', 'native']);
		expect(ubuntuAot.platforms[0]!.cost).toBe('cross-compiled on remote-arm0 (linux/arm64): the SDK stage runs natively and links with the amd64 C toolchain it installs; the final stage only copies files, so nothing is emulated');
		const alpineAot = planPlatforms(recommendationFor({deploy: 'aot', os: 'alpine', shell: 'yes'}), parseBuilderInspect(remote), 'docker');
		expect(verdicts(alpineAot)).toEqual(['linux/amd64 emulated -', 'linux/arm64 native remote-arm0']);
		expect(alpineAot.refusal).toContain('linux/amd64 would be emulated on the buildx builder "remote-arm" (remote driver)');
	});

	it('the SDK engine cross-compiles and never emulates', () => {
		const plan = planPlatforms(recommendationFor({deploy: 'aot', os: 'alpine', shell: 'yes'}), thisMachine('amd64'), 'sdk');
		expect(plan.platforms.map(build => build.verdict)).toEqual(['native', 'cross']);
		expect(plan.platforms[1]!.cost).toContain('Native AOT needs the target\'s cross toolchain installed there');
	});
});

describe('preflight against recorded docker builders (--builder NAME)', () => {
	it('two native nodes: Native AOT for amd64 and arm64 builds, each on its node, with --builder passed through', async () => {
		const fake = await fakeBin();
		const {exitCode, stderr} = await runCli(['--yes', ...project, ...aotAlpine, '--build', '--push', '--image', 'registry.example.com/webapi:1', '--builder', 'multiarch'], {env: {...fake.env, FAKE_BUILDX_INSPECT: twoNodes}});
		expect(stderr).toContain('Build plan (docker buildx on the buildx builder "multiarch" (docker-container driver), 2 nodes):');
		expect(stderr).toMatch(/linux\/amd64 {2}native on multiarch0: every stage runs at full speed/);
		expect(stderr).toMatch(/linux\/arm64 {2}native on multiarch1/);
		expect(exitCode).toBe(0);
		const made = await calls(fake.log);
		expect(made.find(call => call.args[1] === 'inspect')!.args).toEqual(['buildx', 'inspect', 'multiarch']);
		expect(made.at(-1)!.args.slice(0, 6)).toEqual(['buildx', 'build', '--builder', 'multiarch', '--platform', 'linux/amd64,linux/arm64']);
	});

	it('one emulating node: a cross-compiled build runs; Native AOT is refused before anything builds', async () => {
		const fake = await fakeBin();
		const env = {...fake.env, FAKE_BUILDX_INSPECT: emulating};
		const cross = await runCli(['--yes', ...project, '--arch', 'arm64', '--build', '--push', '--image', 'registry.example.com/webapi:1', '--builder', 'emulating'], {env});
		expect(cross.stderr).toMatch(/linux\/arm64 {2}cross-compiled on emulating0 \(linux\/amd64\)/);
		expect(cross.exitCode).toBe(0);
		expect((await calls(fake.log)).at(-1)!.args).toEqual(['buildx', 'build', '--builder', 'emulating', '--platform', 'linux/arm64', '--tag', 'registry.example.com/webapi:1', '--file', expect.any(String), '--sbom=true', '--provenance=mode=max', '--push', '.']);
		const refused = await fakeBin();
		const aot = await runCli(['--yes', ...project, ...aotAlpine, '--arch', 'arm64', '--build', '--push', '--image', 'registry.example.com/webapi:1', '--builder', 'emulating'], {env: {...refused.env, FAKE_BUILDX_INSPECT: emulating}});
		expect(aot.exitCode).toBe(1);
		expect(aot.stderr.trim().split('\n').at(-1)).toMatch(/^dotnet-image-wizard: Native AOT on Alpine cannot cross-compile, and \.NET does not support it under QEMU emulation: linux\/arm64 would be emulated on the buildx builder "emulating"/);
		expect((await calls(refused.log)).map(call => call.args[1])).not.toContain('build');
	});

	it('a remote driver: --json reports its node and the verdicts without building', async () => {
		const fake = await fakeBin();
		const {exitCode, stdout} = await runCli(['--yes', ...project, '--deploy', 'aot', '--json', '--builder', 'remote-arm'], {env: {...fake.env, FAKE_BUILDX_INSPECT: remote}});
		expect(exitCode).toBe(0);
		const {buildPlan} = JSON.parse(stdout) as {buildPlan: {builder: {driver: string; nodes: Array<{endpoint: string}>}; platforms: Array<{platform: string; verdict: string; node: string}>}};
		expect(buildPlan.builder.driver).toBe('remote');
		expect(buildPlan.builder.nodes[0]!.endpoint).toBe('tcp://buildkitd.example.com:1234');
		expect(buildPlan.platforms.map(build => `${build.platform} ${build.verdict} ${build.node}`)).toEqual(['linux/amd64 cross remote-arm0', 'linux/arm64 native remote-arm0']);
		expect((await calls(fake.log)).map(call => call.args.join(' '))).toEqual(['buildx inspect remote-arm']);
	});

	it('--explain shows the plan for this machine when no builder is named', async () => {
		const {exitCode, stdout} = await runCli(['--yes', ...project, '--explain', '--engine', 'podman']);
		expect(exitCode).toBe(0);
		expect(stdout).toContain('Build plan (podman on this machine):');
		expect(stdout).toMatch(/linux\/arm64 {2}cross-compiled on this machine/);
	});
});
