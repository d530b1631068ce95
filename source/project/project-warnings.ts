import path from 'node:path';
import {osNames} from '../catalog/catalog.js';
import {lifecycleOf} from '../catalog/lifecycle.js';
import {installable, nativeNeeds, type NativeNeed} from '../catalog/native-dependencies.js';
import {activeCatalog} from '../catalog/active.js';
import type {Outcome, Recommendation, Warning} from '../engine/recommend.js';
import {shownValue} from '../grammar/shown-text.js';
import {aspnetFramework, type Detection} from './detect.js';
import type {Evaluator} from './evaluation.js';
import {sdkPinProblem} from './global-json.js';
import {publishFramework} from './project.js';
import {compareWithSdk, type SdkComparison} from './sdk-pick.js';

/** How the project was read and what the SDK itself would pick: shown by --explain, --json and the wizard's details. */
export type ProjectReport = {
	/** The project file, relative to the build context. */
	file: string;
	reader: Evaluator;
	/** Why the XML reader was used. */
	readerReason?: string;
	/** What the XML reader could not follow. */
	unseen: string[];
	/** The framework a multi-targeted project is published for (`-f`). */
	framework?: string;
	/** Our runtime image beside the SDK's pick (MSBuild only). */
	sdk?: SdkComparison;
};

const version = (framework: string) => /^net(\d+\.\d+)$/.exec(framework)?.[1];
const newer = (a: string, b: string) => Number.parseFloat(a) > Number.parseFloat(b);

/** What the project says against the answers: the target framework, roll-forward, npm, gRPC on musl. */
function projectWarnings(recommendation: Recommendation, detection: Detection): Warning[] {
	const {answers} = recommendation;
	const {evaluation} = detection;
	const warnings: Warning[] = [];
	const framework = publishFramework(detection.project, answers.dotnet) ?? detection.frameworks[0];
	const target = framework ? version(framework) : undefined;
	const shown = path.basename(detection.projectFile);
	if (target && newer(target, answers.dotnet)) {
		warnings.push({code: 'target-framework', message: `${shown} targets ${framework}, newer than .NET ${answers.dotnet}: the sdk:${answers.dotnet} image cannot build it (NETSDK1045). Use --dotnet ${target}, or retarget the project.`});
	} else if (target && newer(answers.dotnet, target) && answers.deploy === 'framework' && !detection.project.rollForward && !/^(Major|LatestMajor)$/i.test(evaluation.properties.RollForward ?? '')) {
		warnings.push({code: 'roll-forward', message: `${shown} targets ${framework}, but the ${recommendation.runtime.image.repo}:${answers.dotnet} image carries only the .NET ${answers.dotnet} runtime: the app will not start ("You must install or update .NET"). Retarget to net${answers.dotnet}, or let it roll forward: --roll-forward sets ENV DOTNET_ROLL_FORWARD=Major in the Dockerfile (or put <RollForward>Major</RollForward> in the project).`});
	}
	const npm = evaluation.execCommands.find(command => /(^|[\s;&|])(npm|npx|yarn|pnpm)\s/.test(`${command} `));
	if (npm) {
		warnings.push({code: 'npm', message: `the publish runs ${shownValue(npm, 120)} (an <Exec> in the project's targets), but the sdk image has no Node.js: install it in the build stage, or build the client in a stage of its own and skip that target.`});
	}
	const grpc = evaluation.packageReferences.find(name => ['Grpc.Tools', 'Grpc.AspNetCore'].includes(name));
	if (grpc && recommendation.build.image.os === 'alpine') {
		warnings.push({code: 'grpc-musl', message: `${grpc} compiles .proto files with the protoc it ships, which does not run on ${osNames.alpine} (musl): the build stage fails. Build on --os debian or ubuntu, or install protobuf and grpc-plugins with apk and set Protobuf_ProtocFullPath and gRPC_PluginFullPath.`});
	}
	warnings.push(...nativeNeeds(evaluation.packageReferences).map(need => nativeWarning(need, recommendation)));
	return warnings;
}

/** A package whose native code loads an OS library the runtime image lacks: what breaks, and where it gets added. */
function nativeWarning({package: name, dependency}: NativeNeed, recommendation: Recommendation): Warning {
	const {image, reference} = recommendation.runtime;
	const loads = `${name} loads ${dependency.library}${dependency.when ? ` ${dependency.when}` : ''}`;
	if (!installable(dependency)) return {code: 'native-library', message: `${loads}: ${dependency.advice ?? 'no OS package provides it'}.`};
	if (image.chiseled || image.distroless) {
		return {code: 'native-library', message: `${loads}, which ${reference} lacks and, with no shell or package manager, cannot add: the app fails when it first calls it (DllNotFoundException). Use an image with a shell (--shell yes), where the Dockerfile installs it in the final stage and zerops.yml in run.prepareCommands.`};
	}
	return {code: 'native-library', message: `${loads}, which ${reference} lacks: the Dockerfile's final stage installs it (a RUN there runs on the target platform, so other architectures build under emulation) and zerops.yml's run.prepareCommands too.`};
}

/**
 * The recommendation with what the project itself says against it first among its warnings (a
 * global.json SDK pin, a target framework the image cannot build or run …), and the report of
 * how the project was read beside the SDK's own pick.
 */
export function withProjectWarnings(outcome: Outcome, detection: Detection | undefined): Outcome {
	if (!outcome.ok || !detection) return outcome;
	const {recommendation} = outcome;
	const {dotnet} = recommendation.answers;
	const warnings = projectWarnings(recommendation, detection);
	const pin = detection.sdkPin ? sdkPinProblem(detection.sdkPin, dotnet, lifecycleOf(dotnet)?.sdkVersion, activeCatalog().source.date) : undefined;
	if (pin) warnings.unshift({code: 'global-json', message: pin});
	const framework = publishFramework(detection.project, dotnet);
	const report: ProjectReport = {
		file: detection.project.projectFile ?? path.basename(detection.projectFile),
		reader: detection.evaluator,
		...(detection.fallback ? {readerReason: detection.fallback} : {}),
		unseen: detection.evaluation.unseen,
		...(framework ? {framework} : {}),
		...(detection.evaluation.sdkBaseImage ? {sdk: compareWithSdk(detection.evaluation.sdkBaseImage, recommendation, detection.referencedFrameworks.get(aspnetFramework))} : {}),
	};
	const native = nativeNeeds(detection.evaluation.packageReferences).filter(need => installable(need.dependency));
	return {ok: true, recommendation: {...recommendation, warnings: [...warnings, ...recommendation.warnings], project: report, ...(native.length > 0 ? {nativeDependencies: native} : {})}};
}
