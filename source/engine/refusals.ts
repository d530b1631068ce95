import {imagesWhere, osNames, platforms, releasesFor} from '../catalog/catalog.js';
import type {Architecture, CatalogImage, Family} from '../catalog/types.js';
import type {Answers} from './answers.js';

export type Refusal = {
	code: 'combination' | 'no-image' | 'architecture';
	message: string;
	/** What would work instead, phrased as flags. */
	suggestion: string;
};

export function refusalText(refusal: Refusal): string {
	return `${refusal.message} ${refusal.suggestion}`;
}


/** Answers that contradict each other, whatever the catalog holds. */
export function refuseCombination(answers: Answers): Refusal | undefined {
	if (answers.arch.length === 0) {
		return {code: 'combination', message: 'No target architecture was chosen.', suggestion: 'Pass --arch amd64, arm64, arm or a comma-separated list.'};
	}
	if (answers.deploy === 'aot' && answers.startup !== 'jit') {
		return {code: 'combination', message: `Native AOT is already compiled ahead of time, so --startup ${answers.startup} does not apply to it.`, suggestion: 'Drop --startup, or use --deploy framework or self-contained with ReadyToRun.'};
	}
	if (answers.startup === 'composite' && (answers.app !== 'web' || answers.deploy !== 'framework')) {
		return {code: 'combination', message: 'Composite images exist only for framework-dependent ASP.NET Core apps (the aspnet family).', suggestion: 'Use --startup readytorun for this app, or --app web --deploy framework for composite.'};
	}
	return undefined;
}

type Candidate = {
	answers: Answers;
	family: Family;
	runtime: CatalogImage | undefined;
	sdk: CatalogImage | undefined;
	sdkArchitectures: Architecture[];
	aotToolchain: string[] | undefined;
	wanted: {distroless: boolean; chiseled: boolean; extra: boolean; composite: boolean};
};

function describeImage(family: Family, answers: Answers, wanted: Candidate['wanted']): string {
	const variants = [wanted.composite ? 'composite' : '', wanted.extra ? 'extra' : ''].filter(Boolean).join(' ');
	const flavor = wanted.chiseled ? ' chiseled' : wanted.distroless ? ' distroless' : answers.os === 'ubuntu' || answers.os === 'azurelinux' ? ' (full, with a shell)' : '';
	return `${variants ? `${variants} ` : ''}${family} image for .NET ${answers.dotnet} on ${osNames[answers.os]}${flavor}`;
}

function flagsFor(image: CatalogImage): string {
	const shell = image.distroless ? ' --shell no' : image.os === 'ubuntu' || image.os === 'azurelinux' ? ' --shell yes' : '';
	return `--os ${image.os}${shell}`;
}

function archList(architectures: Architecture[]): string {
	return architectures.map(architecture => platforms[architecture].platform).join(', ');
}

/** Why a release of the chosen distro cannot serve the answers, or nothing when it can. */
export function refuseMissingImage(candidate: Candidate): Refusal | undefined {
	const {answers, family, runtime, sdk, sdkArchitectures, aotToolchain, wanted} = candidate;
	const os = osNames[answers.os];
	const sameOs = imagesWhere(image => image.dotnet === answers.dotnet && image.os === answers.os);
	if (sameOs.length === 0) {
		const versions = [...new Set(imagesWhere(image => image.os === answers.os).map(image => image.dotnet))];
		const others = [...new Set(imagesWhere(image => image.dotnet === answers.dotnet).map(image => image.os))];
		return {
			code: 'no-image',
			message: `There are no ${os} images for .NET ${answers.dotnet} (${os} images exist for .NET ${versions.join(', ')}).`,
			suggestion: `Choose --os ${others.join(', --os ')}.`,
		};
	}

	if (!runtime) {
		// Each distro's default release only, with the same globalization choice: what a person would pick.
		const existing = imagesWhere(image => image.repo === family && image.dotnet === answers.dotnet
			&& image.composite === wanted.composite && image.extra === wanted.extra
			&& image.codename === releasesFor(answers.dotnet, image.os)[0])
			.map(image => `${flagsFor(image)} (${family}:${image.tag})`);
		return {
			code: 'no-image',
			message: `There is no ${describeImage(family, answers, wanted)}.`,
			suggestion: existing.length > 0
				? `Choose ${existing.join(', or ')}.`
				: `Choose another --os${wanted.composite ? ' or --startup' : ''}.`,
		};
	}

	const missingRuntimeArch = answers.arch.filter(architecture => !runtime.architectures.includes(architecture));
	if (missingRuntimeArch.length > 0) {
		const alternatives = [...new Set(imagesWhere(image => image.repo === family && image.dotnet === answers.dotnet && image.extra === runtime.extra && image.composite === runtime.composite
			&& answers.arch.every(architecture => image.architectures.includes(architecture))).map(image => image.os))];
		return {
			code: 'architecture',
			message: `${family}:${runtime.tag} has no ${archList(missingRuntimeArch)} image (it exists for ${archList(runtime.architectures)}).`,
			suggestion: alternatives.length > 0
				? `For ${archList(answers.arch)} choose --os ${alternatives.join(' or --os ')}, or drop ${missingRuntimeArch.join(', ')} from --arch.`
				: `Drop ${missingRuntimeArch.join(', ')} from --arch.`,
		};
	}

	if (!sdk || aotToolchain === undefined) {
		return {
			code: 'no-image',
			message: `Native AOT on ${os} needs the sdk -aot images, which exist from .NET 10.0 on (there is no ${os} AOT toolchain image for .NET ${answers.dotnet}).`,
			suggestion: `Use --dotnet 10.0 or later, --os ubuntu, or --deploy self-contained.`,
		};
	}

	const missingSdkArch = sdkArchitectures.filter(architecture => !sdk.architectures.includes(architecture));
	if (missingSdkArch.length > 0) {
		return {
			code: 'architecture',
			message: `sdk:${sdk.tag} exists only for ${archList(sdk.architectures)}, so ${answers.deploy === 'aot' ? 'Native AOT' : 'the build'} cannot target ${archList(missingSdkArch)}.`,
			suggestion: answers.deploy === 'aot' ? `Use --deploy self-contained for ${missingSdkArch.join(', ')}, or drop it from --arch.` : `Drop ${missingSdkArch.join(', ')} from --arch.`,
		};
	}

	return undefined;
}
