import {Document, isMap, isScalar, type YAMLMap} from 'yaml';
import {actionsLiteral, scriptLine} from '../grammar/ci-script.js';
import {ciBuildArguments, ciBuilds, ciForm, ciMergeArguments, ciPath, type CiApp, type CiBuild, type CiJobForm, type CiRunners} from './ci-apps.js';

// GitHub-hosted runners: x64 and Arm64 Ubuntu 24.04. A cross-compiling build runs on the x64 one.
export const githubRunners: CiRunners = {service: 'GitHub Actions', native: {amd64: 'ubuntu-24.04', arm64: 'ubuntu-24.04-arm'}, cross: 'ubuntu-24.04'};

// Actions pinned to released versions (update them as their maintainers release).
export const githubActions = {
	checkout: 'actions/checkout@v4.2.2',
	setupBuildx: 'docker/setup-buildx-action@v3.11.1',
	runtime: 'crazy-max/ghaction-github-runtime@v3.0.0',
	login: 'docker/login-action@v3.4.0',
	upload: 'actions/upload-artifact@v4.6.2',
	download: 'actions/download-artifact@v4.3.0',
} as const;

const ghcr = 'ghcr.io';

/** The image a job pushes: --image's registry, or GHCR under the repository's owner. */
function imageOf(app: CiApp): string {
	const {registry, repository} = app.image;
	const name = actionsLiteral(repository, '--image');
	return registry ? `${registry}/${name}` : `${ghcr}/\${{ github.repository_owner }}/${name}`;
}

const registryOf = (app: CiApp) => app.image.registry ?? ghcr;

/** One login per registry: GHCR with the workflow's token, any other with two repository secrets. */
function loginSteps(apps: CiApp[]) {
	const registries = [...new Set(apps.map(registryOf))];
	return registries.map(registry => ({
		name: `Log in to ${registry}`,
		uses: githubActions.login,
		with: registry === ghcr
			? {registry, username: '${{ github.actor }}', password: '${{ secrets.GITHUB_TOKEN }}'}
			: {registry, username: '${{ secrets.REGISTRY_USERNAME }}', password: '${{ secrets.REGISTRY_PASSWORD }}'},
	}));
}

/** Least privilege: read the code; write packages only when pushing to GHCR. */
function jobPermissions(apps: CiApp[]) {
	return apps.some(app => registryOf(app) === ghcr) ? {contents: 'read', packages: 'write'} : {contents: 'read'};
}

const setupSteps = (apps: CiApp[]) => [
	{uses: githubActions.checkout},
	{uses: githubActions.setupBuildx},
	// Exposes the cache service's URL and token to `docker buildx` in a run step (type=gha).
	{uses: githubActions.runtime},
	...loginSteps(apps),
];

// GHCR wants a lower-case name, and the owner's login may have capitals.
const lowerCaseImage = 'IMAGE="${IMAGE,,}"';

const digestsOf = (index: number) => `digests-${index + 1}`;

function matrixEntry(build: CiBuild, form: CiJobForm) {
	const {app} = build;
	return {
		app: build.key,
		...(form === 'per-arch' ? {digests: `${digestsOf(build.index)}-${build.key}`} : {}),
		image: imageOf(app),
		tag: actionsLiteral(app.image.tag ?? 'latest', '--image'),
		context: actionsLiteral(ciPath(app.context), 'build context'),
		dockerfile: actionsLiteral(ciPath(app.dockerfile), 'Dockerfile'),
		platforms: build.platforms.join(','),
		runner: build.runner,
	};
}

const matrixEnv = {IMAGE: '${{ matrix.image }}', TAG: '${{ matrix.tag }}', PLATFORMS: '${{ matrix.platforms }}', CONTEXT: '${{ matrix.context }}', DOCKERFILE: '${{ matrix.dockerfile }}', CACHE_KEY: '${{ matrix.app }}'};

function buildJob(apps: CiApp[], builds: CiBuild[], form: CiJobForm) {
	const cache = {from: 'type=gha,scope=${CACHE_KEY}', to: 'type=gha,mode=max,scope=${CACHE_KEY}'};
	const digestNeeded = form === 'per-arch';
	// Every app's build is the same command over the matrix's values (the first app's answers shape no argument of it).
	const script = [lowerCaseImage, scriptLine(['docker', ...ciBuildArguments(builds[0]!.app.recommendation, form, cache, 'sha-${GITHUB_SHA}', '${RUNNER_TEMP}/metadata.json')])];
	if (digestNeeded) {
		script.push(
			'# The digest names this platform\'s image; the merge job lists the digests in one index.',
			'mkdir -p "${RUNNER_TEMP}/digests"',
			'digest="$(jq -r \'."containerimage.digest"\' "${RUNNER_TEMP}/metadata.json")"',
			'touch "${RUNNER_TEMP}/digests/${digest#sha256:}"',
		);
	}
	return {
		'runs-on': '${{ matrix.runner }}',
		permissions: jobPermissions(apps),
		strategy: {'fail-fast': false, matrix: {include: builds.map(build => matrixEntry(build, form))}},
		steps: [
			...setupSteps(apps),
			{name: digestNeeded ? 'Build and push by digest' : 'Build and push', env: matrixEnv, run: `${script.join('\n')}\n`},
			...(digestNeeded ? [{
				name: 'Keep the digest for the merge job',
				uses: githubActions.upload,
				with: {name: '${{ matrix.digests }}', path: '${{ runner.temp }}/digests/*', 'if-no-files-found': 'error', 'retention-days': 1},
			}] : []),
		],
	};
}

function mergeJob(apps: CiApp[]) {
	const script = [
		lowerCaseImage,
		'set --',
		'for digest in *; do set -- "$@" "${IMAGE}@sha256:${digest}"; done',
		scriptLine(['docker', ...ciMergeArguments('sha-${GITHUB_SHA}')]),
	];
	return {
		needs: 'build',
		'runs-on': githubRunners.cross,
		permissions: jobPermissions(apps),
		strategy: {'fail-fast': false, matrix: {include: apps.map((app, index) => ({digests: digestsOf(index), image: imageOf(app), tag: actionsLiteral(app.image.tag ?? 'latest', '--image')}))}},
		steps: [
			{uses: githubActions.download, with: {path: '${{ runner.temp }}/digests', pattern: '${{ matrix.digests }}-*', 'merge-multiple': true}},
			{uses: githubActions.setupBuildx},
			...loginSteps(apps),
			{name: 'Create the multi-platform image', 'working-directory': '${{ runner.temp }}/digests', env: {IMAGE: '${{ matrix.image }}', TAG: '${{ matrix.tag }}'}, run: `${script.join('\n')}\n`},
		],
	};
}

const comments = {
	'per-arch': [
		' One job per architecture, each on a GitHub-hosted runner of that architecture (ubuntu-24.04-arm',
		' for arm64): nothing runs under QEMU emulation, which is slow, and which .NET does not support for',
		' Native AOT. Each job pushes its platform\'s image by digest, with the GitHub Actions build cache.',
	],
	single: [
		' One job builds every platform: the Dockerfile\'s SDK stage runs on this x64 runner and',
		' cross-compiles for each target (-a $TARGETARCH), and the final stage only copies files, so nothing',
		' is emulated. That is cheaper than a job per architecture: one runner, one checkout and cache, no',
		' merge job. (dotnet-image-wizard --ci-jobs per-arch writes the per-architecture form.)',
	],
};

function setComment(map: YAMLMap, key: string, lines: string[]): void {
	const pair = map.items.find(item => isScalar(item.key) && item.key.value === key);
	if (pair && isScalar(pair.key)) pair.key.commentBefore = lines.join('\n');
}

/**
 * .github/workflows/container.yml: builds each app's image on GitHub-hosted runners and pushes it
 * (GHCR unless --image names a registry). Several apps make one matrix over the apps.
 */
export function renderGithubActions(apps: CiApp[], asked?: CiJobForm): string {
	const form = ciForm(apps, asked);
	const builds = ciBuilds(apps, form, githubRunners);
	const merged = form === 'per-arch' ? apps : [];
	const workflow = {
		name: 'container',
		on: {push: {branches: ['main'], tags: ['v*']}, workflow_dispatch: {}},
		permissions: {contents: 'read'},
		jobs: {
			build: buildJob(apps, builds, form),
			...(merged.length > 0 ? {merge: mergeJob(merged)} : {}),
		},
	};
	const document = new Document(workflow);
	document.commentBefore = [
		' Builds the container image and pushes it. Written by dotnet-image-wizard; the build command is the one',
		' it runs itself (--build). Runs on pushes to main and to v* tags, and by hand.',
	].join('\n');
	const jobs = document.get('jobs', true);
	if (isMap(jobs)) {
		setComment(jobs, 'build', comments[form]);
		if (merged.length > 0) setComment(jobs, 'merge', [' Lists the per-architecture digests in one multi-platform index, under the tags.']);
	}
	return document.toString({lineWidth: 0});
}
