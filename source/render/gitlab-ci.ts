import {Document, isMap, isScalar} from 'yaml';
import {gitlabLiteral, scriptLine} from '../grammar/ci-script.js';
import {ciBuildArguments, ciBuilds, ciForm, ciMergeArguments, ciPath, type CiApp, type CiBuild, type CiJobForm, type CiRunners} from './ci-apps.js';

// GitLab.com's hosted Linux runners by tag; self-managed runners: use the tags yours carry.
export const gitlabRunners: CiRunners = {service: 'GitLab CI', native: {amd64: 'saas-linux-small-amd64', arm64: 'saas-linux-small-arm64'}, cross: 'saas-linux-small-amd64'};

// The Docker CLI (with buildx) and the Docker engine it talks to, pinned to a release.
export const gitlabDockerImage = 'docker:28.3';

const gitlabRegistry = '$CI_REGISTRY';

/** The image a job pushes: --image's registry, or the project's container registry. */
function imageOf(app: CiApp): string {
	const {registry, repository} = app.image;
	return registry ? gitlabLiteral(`${registry}/${repository}`, '--image') : `$CI_REGISTRY_IMAGE/${gitlabLiteral(repository, '--image')}`;
}

/** One login per registry: the project's with the job's credentials, any other with two CI/CD variables. */
function loginLines(apps: CiApp[]): string[] {
	const registries = [...new Set(apps.map(app => app.image.registry ?? gitlabRegistry))];
	return registries.map(registry => registry === gitlabRegistry
		? 'echo "$CI_REGISTRY_PASSWORD" | docker login --username "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"'
		: `echo "$REGISTRY_PASSWORD" | docker login --username "$REGISTRY_USER" --password-stdin ${scriptLine([registry])}`);
}

const jobName = (prefix: string, key: string) => `${prefix}-${key}`;

function buildJob(build: CiBuild, form: CiJobForm) {
	const {app} = build;
	const cache = {from: 'type=registry,ref=${IMAGE}:buildcache-${CACHE_KEY}', to: 'type=registry,ref=${IMAGE}:buildcache-${CACHE_KEY},mode=max'};
	const script = [scriptLine(['docker', ...ciBuildArguments(app.recommendation, form, cache, '${CI_COMMIT_SHORT_SHA}', 'metadata.json')])];
	if (form === 'per-arch') script.push('mkdir -p digests', `jq -r '."containerimage.digest"' metadata.json > ${scriptLine([`digests/${build.key}`])}`);
	return {
		extends: '.buildx',
		stage: 'build',
		tags: [build.runner],
		variables: {
			IMAGE: imageOf(app),
			TAG: gitlabLiteral(app.image.tag ?? 'latest', '--image'),
			PLATFORMS: build.platforms.join(','),
			CONTEXT: gitlabLiteral(ciPath(app.context), 'build context'),
			DOCKERFILE: gitlabLiteral(ciPath(app.dockerfile), 'Dockerfile'),
			CACHE_KEY: build.key,
		},
		script,
		...(form === 'per-arch' ? {artifacts: {paths: ['digests/'], expire_in: '1 day'}} : {}),
	};
}

function mergeJob(app: CiApp, builds: CiBuild[]) {
	return {
		extends: '.buildx',
		stage: 'merge',
		tags: [gitlabRunners.cross],
		needs: builds.map(build => jobName('build', build.key)),
		variables: {IMAGE: imageOf(app), TAG: gitlabLiteral(app.image.tag ?? 'latest', '--image')},
		script: [
			'set --',
			'for file in digests/*; do set -- "$@" "${IMAGE}@$(cat "$file")"; done',
			scriptLine(['docker', ...ciMergeArguments('${CI_COMMIT_SHORT_SHA}')]),
		],
	};
}

const comments = {
	'per-arch': [
		' One job per architecture, each on a runner of that architecture (by its tag): nothing runs under',
		' QEMU emulation, which is slow, and which .NET does not support for Native AOT. Each job pushes its',
		' platform\'s image by digest; the merge job lists the digests in one multi-platform index.',
	],
	single: [
		' One job builds every platform: the Dockerfile\'s SDK stage runs on this x64 runner and',
		' cross-compiles for each target (-a $TARGETARCH), and the final stage only copies files, so nothing',
		' is emulated. That is cheaper than a job per architecture: one runner, no merge job.',
		' (dotnet-image-wizard --ci-jobs per-arch writes the per-architecture form.)',
	],
};

/**
 * .gitlab-ci.yml: builds each app's image with docker buildx in Docker-in-Docker on tagged runners
 * and pushes it (the project's registry unless --image names one): jobs per architecture and a
 * merge job, or one cross-compiling job.
 */
export function renderGitlabCi(apps: CiApp[], asked?: CiJobForm): string {
	const form = ciForm(apps, asked);
	const builds = ciBuilds(apps, form, gitlabRunners);
	const jobs: Record<string, unknown> = {};
	for (const build of builds) jobs[jobName('build', build.key)] = buildJob(build, form);
	if (form === 'per-arch') {
		for (const [index, app] of apps.entries()) jobs[jobName('merge', builds.find(build => build.index === index)!.name)] = mergeJob(app, builds.filter(build => build.index === index));
	}
	const pipeline = {
		stages: form === 'per-arch' ? ['build', 'merge'] : ['build'],
		workflow: {rules: [{if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH'}, {if: '$CI_COMMIT_TAG'}]},
		default: {image: gitlabDockerImage, services: [`${gitlabDockerImage}-dind`]},
		variables: {DOCKER_TLS_CERTDIR: '/certs'},
		'.buildx': {
			before_script: [
				...(form === 'per-arch' ? ['apk add --no-cache jq'] : []),
				...loginLines(apps),
				// The docker-container driver: push by digest, registry cache, several platforms.
				'docker buildx create --use --driver docker-container',
			],
		},
		...jobs,
	};
	const document = new Document(pipeline);
	document.commentBefore = [
		' Builds the container image and pushes it. Written by dotnet-image-wizard; the build command is the one',
		' it runs itself (--build). Runs on the default branch and on tags.',
		'',
		...comments[form],
	].join('\n');
	const first = isMap(document.contents) ? document.contents.items.find(item => isScalar(item.key) && String(item.key.value).startsWith('build-')) : undefined;
	if (first && isScalar(first.key)) first.key.commentBefore = ' The runner tags are GitLab.com\'s hosted runners: on self-managed runners, use the tags yours carry.';
	return document.toString({lineWidth: 0});
}
