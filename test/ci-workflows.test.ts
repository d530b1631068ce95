import {readFileSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {Ajv} from 'ajv';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {recommend} from '../source/engine/recommend.js';
import {imageToBuild} from '../source/grammar/image-name.js';
import type {CiApp} from '../source/render/ci-apps.js';
import {renderGithubActions} from '../source/render/github-actions.js';
import {renderGitlabCi} from '../source/render/gitlab-ci.js';
import {planBuild} from '../source/runner/plan.js';
import {allAnswers, recommendationFor, today} from './answers.js';
import {root, runCli} from './cli-run.js';

const require = createRequire(import.meta.url);
// @action-validator/core 0.6.0: the action-validator linter (mpalmer/action-validator) as WebAssembly; runs offline.
const {validateWorkflow} = require('@action-validator/core') as {validateWorkflow: (source: string) => {errors: unknown[]}};

const schema = (name: string) => JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'schemas', name), 'utf8')) as object;
const ajv = new Ajv({strict: false, allErrors: true, validateFormats: false});
const validGithub = ajv.compile(schema('github-workflow.json'));
const validGitlab = ajv.compile(schema('gitlab-ci.json'));

const app = (overrides: Parameters<typeof recommendationFor>[0], image = 'webapi', context = '.', dockerfile = 'Dockerfile'): CiApp => ({recommendation: recommendationFor(overrides), image: imageToBuild(image, '--image'), context, dockerfile});
const aotAlpine = {deploy: 'aot', os: 'alpine', shell: 'yes'} as const;

// Every answer combination the engine accepts, as the one app of a workflow (computed once for both services).
let everyApp: CiApp[] | undefined;
function everyCombination(): CiApp[] {
	// The CI renderers read the build mode, the architectures, and the OS, deployment and version their
	// messages name: combinations alike in those render alike, so one of each is rendered.
	const seen = new Set<string>();
	everyApp ??= allAnswers().flatMap(answers => {
		const outcome = recommend(answers, today);
		if (!outcome.ok) return [];
		const {buildMode, answers: {arch, os, deploy, dotnet}} = outcome.recommendation;
		const key = [buildMode, arch.join(), os, deploy, dotnet].join('|');
		if (seen.has(key)) return [];
		seen.add(key);
		return [{recommendation: outcome.recommendation, image: imageToBuild('webapi', '--image'), context: '.', dockerfile: 'Dockerfile'}];
	});
	return everyApp;
}

type Entry = Record<string, string>;
type Workflow = {jobs: Record<string, {'runs-on': string; permissions: Record<string, string>; strategy: {matrix: {include: Entry[]}}; steps: Array<{uses?: string; run?: string}>}>};
const workflow = (text: string) => parse(text) as Workflow;

function expectValidGithub(text: string): void {
	const document = parse(text) as unknown;
	expect(validGithub(document), JSON.stringify(validGithub.errors?.slice(0, 3))).toBe(true);
	expect(validateWorkflow(text).errors).toEqual([]);
}

function expectValidGitlab(text: string): void {
	expect(validGitlab(parse(text)), JSON.stringify(validGitlab.errors?.slice(0, 3))).toBe(true);
}

/** A POSIX shell line's words, with ${NAME} references replaced by the values given (the subset of sh a job's build line uses). */
function words(line: string, values: Record<string, string>): string[] {
	const result: string[] = [];
	for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) {
		const text = match[1] ?? match[2] ?? match[3]!;
		result.push(match[2] === undefined ? text.replaceAll(/\$\{([A-Z_]+)\}/g, (_all, name: string) => values[name] ?? `\${${name}}`) : text);
	}
	return result;
}

describe('GitHub Actions workflows', () => {
	it('validate against the workflow schema and action-validator for every answer combination, in both forms', () => {
		const seen = new Set<string>();
		const combinations = everyCombination().length;
		for (const ci of everyCombination()) {
			for (const form of ['per-arch', 'single', undefined] as const) {
				let text: string;
				try {
					text = renderGithubActions([ci], form);
				} catch (error) {
					// Refused with one line: --ci-jobs single for Native AOT that cannot cross-compile, or no arm runner for it.
					expect((error as Error).message).toMatch(/^--ci-jobs single: Native AOT|^GitHub Actions has no linux\/arm\/v7 runner, and Native AOT/);
					continue;
				}
				seen.add(text);
			}
		}
		expect(combinations).toBeGreaterThan(50);
		for (const text of seen) expectValidGithub(text);
		expect(seen.size).toBeGreaterThan(4);
	}, 120_000);

	it('builds Native AOT that cannot cross-compile on a native runner per architecture, then merges by digest', () => {
		const text = renderGithubActions([app(aotAlpine)]);
		expectValidGithub(text);
		// The checks can fail: a job without runs-on is caught by both.
		const broken = text.replaceAll('runs-on:', 'runs_on:');
		expect(validGithub(parse(broken))).toBe(false);
		expect(validateWorkflow(broken).errors).not.toEqual([]);
		const {jobs} = workflow(text);
		expect(jobs.build!.strategy.matrix.include.map(entry => `${entry.platforms} ${entry.runner}`)).toEqual(['linux/amd64 ubuntu-24.04', 'linux/arm64 ubuntu-24.04-arm']);
		expect(jobs.build!.permissions).toEqual({contents: 'read', packages: 'write'});
		const build = jobs.build!.steps.find(step => step.run)!.run!;
		expect(build).toContain('--output type=image,push-by-digest=true,name-canonical=true,push=true');
		expect(build).toContain('--cache-from "type=gha,scope=${CACHE_KEY}" --cache-to "type=gha,mode=max,scope=${CACHE_KEY}"');
		expect(jobs.merge!.steps.at(-1)!.run).toContain('docker buildx imagetools create --tag "${IMAGE}:${TAG}" --tag "${IMAGE}:sha-${GITHUB_SHA}" "$@"');
		// Every action is pinned to a released version, never a branch.
		const uses = Object.values(jobs).flatMap(job => job.steps.flatMap(step => (step.uses ? [step.uses] : [])));
		for (const action of uses) expect(action).toMatch(/@v\d+\.\d+\.\d+$/);
	});

	it('cross-compiles every platform in one job where it can, and says why that is cheaper', () => {
		const text = renderGithubActions([app({arch: ['amd64', 'arm64', 'arm']})]);
		expectValidGithub(text);
		expect(text).toContain('That is cheaper than a job per architecture: one runner, one checkout and cache, no');
		const {jobs} = workflow(text);
		expect(Object.keys(jobs)).toEqual(['build']);
		expect(jobs.build!.strategy.matrix.include.map(entry => `${entry.platforms} ${entry.runner}`)).toEqual(['linux/amd64,linux/arm64,linux/arm/v7 ubuntu-24.04']);
		// Asked for per architecture: arm has no GitHub-hosted runner, so it cross-compiles on the x64 one.
		const perArch = workflow(renderGithubActions([app({arch: ['amd64', 'arm64', 'arm']})], 'per-arch'));
		expect(perArch.jobs.build!.strategy.matrix.include.map(entry => `${entry.platforms} ${entry.runner}`)).toEqual(['linux/amd64 ubuntu-24.04', 'linux/arm64 ubuntu-24.04-arm', 'linux/arm/v7 ubuntu-24.04']);
	});

	it('refuses one job for Native AOT that cannot cross-compile, and Native AOT for an architecture with no runner', () => {
		expect(() => renderGithubActions([app(aotAlpine)], 'single')).toThrow('--ci-jobs single: Native AOT on Alpine cannot cross-compile, so amd64 and arm64 each need a runner of their own: use --ci-jobs per-arch.');
		// Ubuntu .NET 10 Native AOT cross-compiles (the -aot SDK): one job is enough.
		expect(workflow(renderGithubActions([app({deploy: 'aot'})])).jobs.build!.strategy.matrix.include).toHaveLength(1);
	});

	it('runs the build command the runner runs: the same argv once the job\'s variables are set', () => {
		const ci = app({}, 'registry.example.com/team/webapi:2.0', 'src', 'src/Api/Dockerfile');
		const {jobs} = workflow(renderGithubActions([ci]));
		const entry = jobs.build!.strategy.matrix.include[0]!;
		const line = jobs.build!.steps.find(step => step.run)!.run!.split('\n')[1]!;
		const values = {IMAGE: entry.image!, TAG: entry.tag!, PLATFORMS: entry.platforms!, CONTEXT: entry.context!, DOCKERFILE: entry.dockerfile!, CACHE_KEY: entry.app!, GITHUB_SHA: 'abc'};
		const job = words(line, values);
		const runner = ['docker', ...planBuild(ci.recommendation, {engine: 'docker', image: 'registry.example.com/team/webapi:2.0', push: true, contextDirectory: '/repo/src', dockerfile: 'src/Api/Dockerfile'}).steps[0]!.args];
		// The runner's context is the folder it runs in ("."); the job names it from the repository root.
		const withoutCi = job.filter((word, index) => !['--cache-from', '--cache-to'].includes(word) && !['--cache-from', '--cache-to'].includes(job[index - 1]!) && !(word === '--tag' && job[index + 1]!.endsWith(':sha-abc')) && !word.endsWith(':sha-abc'));
		expect(withoutCi).toEqual([...runner.slice(0, -1), 'src']);
		// A registry of its own: logged in with two repository secrets, no packages: write.
		expect(jobs.build!.permissions).toEqual({contents: 'read'});
		expect(JSON.stringify(jobs.build!.steps)).toContain('secrets.REGISTRY_PASSWORD');
	});

	it('makes one matrix over several apps: per architecture where one needs it, with a merge per app', () => {
		const apps = [app(aotAlpine, 'api', '.', 'src/Api/Dockerfile'), app({arch: ['amd64']}, 'worker', '.', 'src/Worker/Dockerfile'), app({arch: ['arm64', 'amd64']}, 'ghcr.io/acme/web:1.0', '.', 'src/Web/Dockerfile')];
		const text = renderGithubActions(apps);
		expectValidGithub(text);
		const {jobs} = workflow(text);
		expect(jobs.build!.strategy.matrix.include.map(entry => `${entry.app} ${entry.digests} ${entry.runner}`)).toEqual([
			'api-amd64 digests-1-api-amd64 ubuntu-24.04', 'api-arm64 digests-1-api-arm64 ubuntu-24.04-arm',
			'worker-amd64 digests-2-worker-amd64 ubuntu-24.04',
			'web-arm64 digests-3-web-arm64 ubuntu-24.04-arm', 'web-amd64 digests-3-web-amd64 ubuntu-24.04',
		]);
		expect(jobs.merge!.strategy.matrix.include.map(entry => `${entry.digests} ${entry.image} ${entry.tag}`)).toEqual([
			'digests-1 ghcr.io/${{ github.repository_owner }}/api latest', 'digests-2 ghcr.io/${{ github.repository_owner }}/worker latest', 'digests-3 ghcr.io/acme/web 1.0',
		]);
		// All cross-compiling apps: one job each, no merge.
		const single = workflow(renderGithubActions([apps[1]!, apps[2]!]));
		expect(Object.keys(single.jobs)).toEqual(['build']);
		expect(single.jobs.build!.strategy.matrix.include.map(entry => `${entry.app} ${entry.platforms}`)).toEqual(['worker linux/amd64', 'web linux/arm64,linux/amd64']);
	});

	it('refuses a value GitHub would evaluate as an expression', () => {
		expect(() => renderGithubActions([app({}, 'webapi', '${{ github.token }}')])).toThrow('build context: "${{ github.token }}" holds "${{", which GitHub Actions would evaluate as an expression: rename it.');
	});
});

describe('GitLab CI files', () => {
	it('validate against GitLab\'s CI schema for every answer combination, in both forms', () => {
		const seen = new Set<string>();
		for (const ci of everyCombination()) {
			for (const form of ['per-arch', 'single'] as const) {
				try {
					seen.add(renderGitlabCi([ci], form));
				} catch (error) {
					expect((error as Error).message).toMatch(/^--ci-jobs single: Native AOT|^GitLab CI has no linux\/arm\/v7 runner, and Native AOT/);
				}
			}
		}
		for (const text of seen) expectValidGitlab(text);
		expect(seen.size).toBeGreaterThan(4);
		expectValidGitlab(renderGitlabCi([app(aotAlpine, 'api'), app({}, 'registry.example.com/team/web:2.0')]));
	}, 120_000);

	it('builds per architecture on tagged runners and merges per app', () => {
		const pipeline = parse(renderGitlabCi([app(aotAlpine)])) as Record<string, {tags?: string[]; needs?: string[]; variables?: Record<string, string>; script?: string[]}>;
		expect(pipeline.stages).toEqual(['build', 'merge']);
		expect(pipeline['build-webapi-amd64']!.tags).toEqual(['saas-linux-small-amd64']);
		expect(pipeline['build-webapi-arm64']!.tags).toEqual(['saas-linux-small-arm64']);
		expect(pipeline['build-webapi-arm64']!.variables).toMatchObject({IMAGE: '$CI_REGISTRY_IMAGE/webapi', PLATFORMS: 'linux/arm64'});
		expect(pipeline['build-webapi-arm64']!.script![0]).toContain('--output type=image,push-by-digest=true,name-canonical=true,push=true');
		expect(pipeline['merge-webapi']!.needs).toEqual(['build-webapi-amd64', 'build-webapi-arm64']);
		expect(pipeline['merge-webapi']!.script!.at(-1)).toBe('docker buildx imagetools create --tag "${IMAGE}:${TAG}" --tag "${IMAGE}:${CI_COMMIT_SHORT_SHA}" "$@"');
		expect(() => renderGitlabCi([app({}, 'webapi', 'src/$HOME')])).toThrow('build context: "src/$HOME" holds "$", which GitLab CI would expand as a variable: rename it.');
	});
});

describe('--output github-actions / gitlab-ci on the command line', () => {
	it('writes the workflow at the repository root, naming the context and Dockerfile from there', async () => {
		const repository = await mkdtemp(path.join(os.tmpdir(), 'diw-i22-ci-'));
		await mkdir(path.join(repository, '.git'));
		await mkdir(path.join(repository, 'src', 'Api'), {recursive: true});
		await writeFile(path.join(repository, 'src', 'Api', 'Api.csproj'), await readFile(path.join(root, 'test', 'fixtures', 'projects', 'web-api', 'WebApi.csproj')));
		const {exitCode, stderr} = await runCli(['--yes', '--detect', 'xml', '--deploy', 'aot', '--os', 'alpine', '--shell', 'yes', '--write', '--output', 'dockerfile,github-actions,gitlab-ci'], {cwd: path.join(repository, 'src', 'Api')});
		expect(stderr).not.toContain('Error');
		expect(exitCode).toBe(0);
		const written = workflow(await readFile(path.join(repository, '.github', 'workflows', 'container.yml'), 'utf8'));
		expect(written.jobs.build!.strategy.matrix.include.map(entry => `${entry.context} ${entry.dockerfile} ${entry.runner}`)).toEqual(['src/Api src/Api/Dockerfile ubuntu-24.04', 'src/Api src/Api/Dockerfile ubuntu-24.04-arm']);
		// The action-validator command line (@action-validator/cli) accepts the file as written.
		const linted = await execa(path.join(root, 'node_modules', '.bin', 'action-validator'), [path.join(repository, '.github', 'workflows', 'container.yml')], {reject: false});
		expect(linted.stdout + linted.stderr).toBe('');
		expect(linted.exitCode).toBe(0);
		expect(await readFile(path.join(repository, '.gitlab-ci.yml'), 'utf8')).toContain('build-api-arm64:');
		expect(await readFile(path.join(repository, 'src', 'Api', 'Dockerfile'), 'utf8')).toContain('FROM');
	});

	it('leaves CI files out of "all", and refuses --ci-jobs single where it cannot work', async () => {
		const all = await runCli(['--yes', '--detect', 'xml', '--output', 'all']);
		expect(all.stdout).not.toContain('==> .github/workflows/container.yml');
		const single = await runCli(['--yes', '--detect', 'xml', '--deploy', 'aot', '--os', 'alpine', '--shell', 'yes', '--output', 'github-actions', '--ci-jobs', 'single']);
		expect(single.exitCode).toBe(2);
		expect(single.stderr.trim()).toBe('dotnet-image-wizard: --ci-jobs single: Native AOT on Alpine cannot cross-compile, so amd64 and arm64 each need a runner of their own: use --ci-jobs per-arch.');
		const bad = await runCli(['--yes', '--ci-jobs', 'many']);
		expect(bad.exitCode).toBe(2);
		expect(bad.stderr.trim()).toBe('dotnet-image-wizard: --ci-jobs: "many" is not a form of CI job (accepted: per-arch, single).');
	});
});
