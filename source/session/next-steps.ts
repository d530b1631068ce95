import path from 'node:path';
import {platforms} from '../catalog/catalog.js';
import type {Recommendation} from '../engine/recommend.js';
import {shellCommand} from '../grammar/posix-shell.js';
import {exposedPort} from '../project/project.js';
import {imageToPush, registryPlaceholder} from '../render/build-command.js';
import {importInstruction} from '../render/csproj.js';
import {fileNames} from '../render/files.js';
import type {EngineName} from '../runner/engines/engine.js';
import {commandLine, type BuildPlan} from '../runner/plan.js';
import {planFor} from './build-plan.js';
import {besideSuffix} from './file-changes.js';
import type {AppPlan} from './apps.js';
import type {Session} from './session.js';

/** One thing to do after the files are written, and the one command line that does it. */
export type NextStep = {what: string; command: string};

/** Where a person stands (their current folder) and the plan's folder, as one pasteable line. */
export function commandFrom(cwd: string, plan: BuildPlan): string {
	const folder = path.relative(cwd, plan.cwd);
	return folder ? `${shellCommand(['cd', cdArgument(folder)])} && ${commandLine(plan)}` : commandLine(plan);
}

/** A folder for `cd`: one that starts with "-" would be read as an option. */
const cdArgument = (folder: string) => (folder.startsWith('-') ? `./${folder}` : folder);

/** Where a built image stays, in the engine's words. */
const keptIn: Record<EngineName, string> = {
	docker: 'load it into the local image store',
	podman: 'keep it in podman\'s local storage',
	buildah: 'keep it in buildah\'s local storage (podman runs from the same storage)',
	sdk: 'load it into Docker or Podman',
};

/** The program that runs the image: buildah builds, podman runs from the same storage. */
const runner: Record<EngineName, string> = {docker: 'docker', podman: 'podman', buildah: 'podman', sdk: 'docker'};

/**
 * What to do next, each as one command in the words of the engine chosen: build for one
 * architecture and keep it locally, push every architecture to a registry, run it, and build with
 * the SDK through container.props.
 */
export function nextSteps(recommendation: Recommendation, session: Session, directory: string, written: string[], engine: EngineName = 'docker'): NextStep[] {
	// The Dockerfile written (in the app's folder, or Dockerfile.generated beside the person's own) is the one built, with --file.
	const writtenDockerfile = written.find(file => [fileNames.dockerfile, `${fileNames.dockerfile}${besideSuffix}`].includes(path.basename(file)));
	const dockerfile = engine === 'sdk' ? undefined : writtenDockerfile ?? path.join(directory, fileNames.dockerfile);
	const steps: NextStep[] = [];
	const [first] = recommendation.answers.arch;
	const one = {...recommendation, answers: {...recommendation.answers, arch: first ? [first] : []}};
	const choice = {engine, notes: []};
	const buildable = engine === 'sdk' ? session.project.projectFile !== undefined : writtenDockerfile !== undefined;
	if (buildable) {
		const loaded = planFor(one, session, {}, dockerfile, choice);
		steps.push({what: `Build for ${platforms[first!].platform} and ${keptIn[engine]}`, command: commandFrom(session.cwd, loaded)});
		// A registry the user must name, as the Dockerfile's # Build: line names it.
		const placeholder = registryPlaceholder(engine === 'sdk' ? 'sdk' : 'dockerfile');
		const pushTo = imageToPush(session.imageName, placeholder);
		const registry = pushTo === session.imageName ? session : {...session, imageName: pushTo};
		const pushed = planFor(recommendation, registry, {push: true}, dockerfile, choice);
		const replace = registry === session ? '' : ` (replace ${placeholder} with yours)`;
		steps.push({what: `${recommendation.answers.arch.length > 1 ? `Build every architecture (${pushed.platforms.join(', ')}) and push one multi-arch image` : 'Build and push it to a registry'}${replace}`, command: commandFrom(session.cwd, pushed)});
		const port = exposedPort(session.project, recommendation.answers.app);
		const listens = port === undefined ? '' : ` (${recommendation.answers.app === 'web' ? 'Kestrel' : 'the app'} listens on port ${port})`;
		steps.push({what: `Run it${listens}`, command: shellCommand([runner[engine], 'run', '--rm', ...(port === undefined ? [] : ['-p', `${port}:${port}`]), loaded.image])});
	}
	steps.push(...composeSteps(session.cwd, written, 'it'));
	const props = written.find(file => path.basename(file) === fileNames.csproj);
	if (engine !== 'sdk' && props && session.project.projectFile) {
		const folder = path.relative(session.cwd, session.contextDirectory);
		const publish = shellCommand(['dotnet', 'publish', session.project.projectFile, '-c', 'Release', '/t:PublishContainer']);
		// The Import is resolved from the project's folder, as container.props's own comment says it.
		const importPath = path.relative(path.dirname(path.resolve(session.contextDirectory, session.project.projectFile)), path.resolve(session.cwd, props)).split(path.sep).join('/');
		steps.push({
			what: `Or build with the .NET SDK: ${importInstruction(path.basename(session.project.projectFile), importPath)}, then`,
			command: folder ? `${shellCommand(['cd', cdArgument(folder)])} && ${publish}` : publish,
		});
	}
	return steps;
}

/** Compose's step, when compose.yaml was written: build and start from its folder. */
function composeSteps(cwd: string, written: string[], what: 'it' | 'every app'): NextStep[] {
	const compose = written.find(file => path.basename(file) === fileNames.compose);
	if (!compose) return [];
	const folder = path.relative(cwd, path.dirname(compose));
	const up = shellCommand(['docker', 'compose', 'up', '--build']);
	return [{what: `Or build and start ${what} with Compose, with ${what === 'it' ? 'its health check' : 'their health checks'} (podman compose works the same)`, command: folder ? `${shellCommand(['cd', cdArgument(folder)])} && ${up}` : up}];
}

/**
 * The next steps of a run over several apps: each app's own, named (built from its context with
 * the Dockerfile written in its folder), then Compose once for every app.
 */
export function appsNextSteps(apps: AppPlan[], written: string[], engine: EngineName = 'docker'): NextStep[] {
	const [first] = apps;
	if (!first) return [];
	const steps = apps.flatMap(app => {
		const folder = path.dirname(app.dockerfile);
		const own = written.filter(file => path.dirname(file) === folder && path.basename(file) !== fileNames.compose);
		return nextSteps(app.recommendation, app.session, folder, own, engine).map(step => ({...step, what: `${app.name}: ${step.what}`}));
	});
	return [...steps, ...composeSteps(first.session.cwd, written, 'every app')];
}
