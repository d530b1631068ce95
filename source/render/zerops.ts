import {Document, isMap, isScalar} from 'yaml';
import {InputError} from '../engine/resolve.js';
import type {Recommendation} from '../engine/recommend.js';
import {shellCommand, shellWord} from '../grammar/posix-shell.js';
import {nativePackages} from './native-install.js';
import {checkName, checkPath, exposedPort, publishFramework, type Project} from '../project/project.js';

// Zerops' .NET service bases (zerops.yml schema, build.base/run.base) and its two runtime OSes.
export const zeropsDotnetBases = ['6', '7', '8', '9', '10'];

export type ZeropsFile = {content: string; notes: string[]};

/** Zerops runs Alpine (default, musl) or Ubuntu (glibc) containers on x86-64. */
function zeropsOs(recommendation: Recommendation): 'alpine' | 'ubuntu' {
	return recommendation.answers.os === 'alpine' ? 'alpine' : 'ubuntu';
}

function prepareCommands(os: 'alpine' | 'ubuntu', packages: {alpine: string[]; ubuntu: string[]}): string[] {
	return os === 'alpine'
		? [`sudo apk add --no-cache ${packages.alpine.join(' ')}`]
		: ['sudo apt-get update', `sudo apt-get install -y --no-install-recommends ${packages.ubuntu.join(' ')}`];
}

export function zeropsSetupName(project: Project): string {
	const name = project.name.toLowerCase().replaceAll(/[^a-z0-9]/g, '');
	return /^[a-z]/.test(name) ? name.slice(0, 25) : `app${name}`.slice(0, 25);
}

/** A zerops.yml for one service that builds and runs the app the way the recommendation does. */
export function renderZerops(recommendation: Recommendation, project: Project): ZeropsFile {
	const {answers} = recommendation;
	const major = answers.dotnet.split('.')[0]!;
	if (!zeropsDotnetBases.includes(major)) {
		throw new InputError(`Zerops has no dotnet@${major} base yet (it offers dotnet@${zeropsDotnetBases.join(', dotnet@')}): choose --dotnet 10.0 for a zerops.yml.`);
	}
	const notes: string[] = [];
	const os = zeropsOs(recommendation);
	const base = `dotnet@${major}`;
	const rid = `linux-${os === 'alpine' ? 'musl-' : ''}x64`;
	const target = project.projectFile ?? `${project.name}.csproj`;
	const framework = publishFramework(project, answers.dotnet);
	// buildCommands and run.start are shell commands: each word is quoted as the shell needs, and
	// the yaml library writes each command as a YAML string.
	const publish = [shellCommand(['dotnet', 'publish', checkPath(target, 'project file'), ...(framework ? ['-f', framework] : []), '-c', 'Release', '-o', 'app'])];
	// A single-file publish needs a runtime identifier, as ReadyToRun and self-contained ones do.
	if (answers.deploy !== 'framework' || answers.startup !== 'jit' || project.singleFile) publish.push(`-r ${rid}`);
	if (answers.deploy === 'self-contained') publish.push('--self-contained');
	if (answers.deploy === 'aot') publish.push('-p:PublishAot=true');
	if (answers.deploy !== 'aot' && answers.startup !== 'jit') publish.push('-p:PublishReadyToRun=true');
	if (answers.startup === 'composite') notes.push('Zerops has no composite ASP.NET Core runtime: the app is published ReadyToRun instead.');
	if (answers.arch.some(architecture => architecture !== 'amd64')) notes.push('Zerops runs x86-64 containers: the zerops.yml build targets amd64 only, whatever --arch says.');
	if (answers.os === 'debian' || answers.os === 'azurelinux') notes.push(`Zerops offers Alpine and Ubuntu: ${answers.os} maps to run.os ubuntu (glibc).`);

	const build: Record<string, unknown> = {base};
	if (os === 'ubuntu') build.os = 'ubuntu';
	if (answers.deploy === 'aot') {
		build.prepareCommands = prepareCommands(os, {alpine: ['clang', 'build-base', 'zlib-dev'], ubuntu: ['clang', 'zlib1g-dev']});
		notes.push('Native AOT links with clang: build.prepareCommands installs it in the build container.');
	}
	build.buildCommands = [publish.join(' ')];
	// app/~ deploys the folder's contents into /var/www, where run.start runs: the app's folder is
	// then the working directory, which ASP.NET Core takes as its content root (appsettings.json, wwwroot).
	build.deployFiles = ['./app/~'];
	build.cache = true;

	const run: Record<string, unknown> = {base};
	if (os === 'ubuntu') run.os = 'ubuntu';
	const env: Record<string, string> = {};
	const icu = answers.globalization === 'icu' && os === 'alpine';
	const native = {alpine: nativePackages(recommendation, 'apk'), ubuntu: nativePackages(recommendation, 'apt')};
	if (icu || native[os].length > 0) {
		run.prepareCommands = prepareCommands(os, {alpine: [...(icu ? ['icu-libs', 'icu-data-full', 'tzdata'] : []), ...native.alpine], ubuntu: native.ubuntu});
	}
	if (icu) {
		env.DOTNET_SYSTEM_GLOBALIZATION_INVARIANT = 'false';
		notes.push('The default Alpine runtime has no ICU or tzdata: run.prepareCommands builds a custom runtime image with them (cached until the commands change).');
	} else if (answers.globalization === 'invariant') {
		env.DOTNET_SYSTEM_GLOBALIZATION_INVARIANT = 'true';
	}
	if (native[os].length > 0) notes.push(`${(recommendation.nativeDependencies ?? []).map(need => need.package).join(', ')}: run.prepareCommands adds ${native[os].join(' ')} to a custom runtime image.`);
	// A web app's port (a worker's ContainerPort has no HTTP for Zerops to route or check).
	const webPort = answers.app === 'web' ? exposedPort(project, answers.app) : undefined;
	if (webPort !== undefined) {
		run.ports = [{port: webPort, httpSupport: true}];
		env.ASPNETCORE_URLS = `http://0.0.0.0:${webPort}`;
	}
	if (Object.keys(env).length > 0) run.envVariables = env;
	const name = checkName(project.name, 'assembly name');
	run.start = answers.deploy === 'framework' && !project.singleFile ? shellCommand(['dotnet', `${name}.dll`]) : shellWord(`./${name}`);

	const setup: Record<string, unknown> = {setup: zeropsSetupName(project), build};
	if (webPort !== undefined) setup.deploy = {readinessCheck: {httpGet: {port: webPort, path: '/'}}};
	setup.run = run;
	const header = `# zerops.yml for ${name}: ${base} on ${os}${run.prepareCommands ? ' with a custom runtime image' : ''}\n`;
	const document = new Document({zerops: [setup]});
	const comment = (path: string[], text: string) => commentKey(document, path, text);
	comment(['build', 'deployFiles'], ' "~" deploys the contents of app/ into /var/www, where run.start runs: the app finds its\n files (appsettings.json, wwwroot) beside it.');
	comment(['build', 'cache'], ' Keeps the NuGet package cache between builds.');
	comment(['run', 'prepareCommands'], ' Builds a custom runtime image once; it is rebuilt only when these commands change.');
	comment(['run', 'envVariables', 'ASPNETCORE_URLS'], ' Kestrel listens on every interface so that Zerops can route to it.');
	comment(['deploy', 'readinessCheck'], ' Traffic moves to a new deploy once this path answers; if the app has no route at /,\n point it at a health endpoint (app.MapHealthChecks("/healthz")).');
	return {content: header + document.toString({lineWidth: 0}), notes};
}

/** Puts a comment on the line above a key of the single setup, when the key is there. */
function commentKey(document: Document, path: string[], text: string): void {
	const parent = document.getIn(['zerops', 0, ...path.slice(0, -1)], true);
	if (!isMap(parent)) return;
	const pair = parent.items.find(item => isScalar(item.key) && item.key.value === path.at(-1));
	if (isScalar(pair?.key)) pair.key.commentBefore = text;
}
