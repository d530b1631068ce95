import {architectures, dotnetVersions, platforms} from '../catalog/catalog.js';
import {recommendedVersion, supportStatus} from '../catalog/lifecycle.js';
import type {AnswerId, Answers} from './answers.js';

export type Option = {
	value: string;
	label: string;
	/** One line shown beside the option; also the engine's reason when the option is chosen. */
	description: string;
};

export type Question = {
	id: AnswerId;
	prompt: string;
	/** Why this matters for size, security, debugging or start-up: the wizard's help panel. */
	why: string;
	multiple?: boolean;
	options: (answers: Partial<Answers>, today: string) => Option[];
	defaultValue: (answers: Partial<Answers>, today: string) => string;
	/** False when an earlier answer makes the question moot. */
	applies: (answers: Partial<Answers>) => boolean;
};

const always = () => true;
const fixed = (options: Option[]) => () => options;

export const questions: Question[] = [
	{
		id: 'dotnet',
		prompt: 'Which .NET version does the app target?',
		why: 'Image tags start with the .NET version. An unsupported version gets no security fixes; LTS versions are supported for three years, STS for two.',
		options: (_answers, today) => dotnetVersions().map(version => ({
			value: version,
			label: `.NET ${version}`,
			description: supportStatus(version, today).summary,
		})),
		defaultValue: (_answers, today) => recommendedVersion(today),
		applies: always,
	},
	{
		id: 'app',
		prompt: 'What kind of app is it?',
		why: 'Web apps need the ASP.NET Core shared framework (the aspnet images, with Kestrel on port 8080); workers and console apps run on the smaller runtime images.',
		options: fixed([
			{value: 'web', label: 'Web app or API (ASP.NET Core)', description: 'ASP.NET Core apps run on the aspnet images, which add Kestrel and the ASP.NET Core framework'},
			{value: 'console', label: 'Worker or console app', description: 'workers and console apps need only the .NET runtime, not ASP.NET Core'},
		]),
		defaultValue: () => 'web',
		applies: always,
	},
	{
		id: 'deploy',
		prompt: 'How is the app published?',
		why: 'Framework-dependent apps use the .NET runtime in the image; self-contained and Native AOT apps carry their own and run on the tiny runtime-deps images. Native AOT starts fastest and is smallest, but not every library supports it.',
		options: fixed([
			{value: 'framework', label: 'Framework-dependent', description: 'the app uses the .NET runtime that ships in the image: the smallest app layer and shared, patched base layers'},
			{value: 'self-contained', label: 'Self-contained', description: 'the app carries its own .NET runtime, so it runs on runtime-deps, which has no .NET in it'},
			{value: 'aot', label: 'Native AOT', description: 'compiled ahead of time to one native binary: fastest start-up, smallest image, built on the sdk -aot images'},
		]),
		defaultValue: () => 'framework',
		applies: always,
	},
	{
		id: 'startup',
		prompt: 'How should start-up be optimised?',
		why: 'ReadyToRun precompiles the app so less JIT work happens at start-up, at the cost of a larger app. Composite aspnet images precompile the whole framework into one file for the fastest cold start, but lock the app to the framework version in the image.',
		options: answers => [
			{value: 'jit', label: 'Standard (JIT)', description: 'the usual publish: code is compiled just in time as it runs'},
			{value: 'readytorun', label: 'ReadyToRun', description: 'precompiled app assemblies (PublishReadyToRun): faster start-up, larger app'},
			...(answers.app === 'web' && answers.deploy === 'framework'
				? [{value: 'composite', label: 'ReadyToRun + composite aspnet image', description: 'the ASP.NET Core framework precompiled as one composite image: fastest cold start, tighter version lock-in'}]
				: []),
		],
		defaultValue: () => 'jit',
		applies: answers => answers.deploy !== 'aot',
	},
	{
		id: 'shell',
		prompt: 'Do you need a shell and a package manager inside the running container?',
		why: 'A shell lets you docker exec in and install tools while debugging. Without one, chiseled (Ubuntu) and distroless (Azure Linux) images remove the shell, the package manager and most packages: fewer CVEs, a smaller image, and non-root by default.',
		options: fixed([
			{value: 'no', label: 'No: smallest attack surface', description: 'no shell and no package manager in production (chiseled or distroless image), running as non-root by default'},
			{value: 'yes', label: 'Yes: shell and package manager', description: 'keeps a shell and a package manager for debugging and for installing native packages at build time'},
		]),
		defaultValue: () => 'no',
		applies: always,
	},
	{
		id: 'globalization',
		prompt: 'Does the app need culture data and time zones?',
		why: 'Invariant mode drops ICU: culture-specific formatting, sorting and time-zone lookups behave as the invariant culture. Apps that format dates or money for users, or convert time zones, need ICU and tzdata (the -extra images, or a full distro image).',
		options: fixed([
			{value: 'invariant', label: 'No: invariant globalization', description: 'invariant globalization: no ICU to ship or load, smaller and faster'},
			{value: 'icu', label: 'Yes: ICU and time zones', description: 'culture data (ICU) and time zones (tzdata) for culture-aware formatting and time-zone conversions'},
		]),
		defaultValue: () => 'invariant',
		applies: always,
	},
	{
		id: 'os',
		prompt: 'Which Linux distribution should the images be based on?',
		why: 'The distro decides the C library (Alpine uses musl, the others glibc), the package manager, the size and the minimal variants on offer: Ubuntu has chiseled images, Azure Linux distroless ones.',
		options: fixed([
			{value: 'ubuntu', label: 'Ubuntu', description: 'Ubuntu, the default for .NET 10 and later, with chiseled images that have no shell'},
			{value: 'debian', label: 'Debian', description: 'Debian, the default for .NET 8 and 9 (no shell-less variant, and no images from .NET 10 on)'},
			{value: 'alpine', label: 'Alpine', description: 'Alpine: small, with a shell and apk; musl libc, so apps publish for linux-musl'},
			{value: 'azurelinux', label: 'Azure Linux', description: 'Azure Linux, Microsoft\'s distro, with distroless images that have no shell'},
		]),
		defaultValue: () => 'ubuntu',
		applies: always,
	},
	{
		id: 'arch',
		prompt: 'Which CPU architectures should the image run on?',
		why: 'One tag can hold images for several architectures. The SDK cross-compiles for each target natively on the build machine, so no emulation is needed for the build (Native AOT outside Ubuntu is the exception).',
		multiple: true,
		options: () => architectures.map(architecture => ({
			value: architecture,
			label: platforms[architecture].label,
			description: `${platforms[architecture].platform}: ${architectureUse[architecture]}`,
		})),
		defaultValue: () => 'amd64,arm64',
		applies: always,
	},
];

const architectureUse: Record<string, string> = {
	amd64: 'most servers and CI machines',
	arm64: 'Apple silicon, Graviton and Ampere servers, Raspberry Pi 4/5 with a 64-bit OS',
	arm: 'older Raspberry Pi and other 32-bit Arm devices',
};

export function questionFor(id: AnswerId): Question {
	return questions.find(question => question.id === id)!;
}

export function optionFor(id: AnswerId, value: string, answers: Partial<Answers> = {}, today = '2000-01-01'): Option | undefined {
	return questionFor(id).options(answers, today).find(option => option.value === value);
}
