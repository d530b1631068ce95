import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {cp, mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {execa} from 'execa';
import {buildah, removeImage} from './buildah.js';

/**
 * Stand-in base images: test fixtures that carry the official `mcr.microsoft.com/dotnet/*` names in
 * local buildah storage (vfs), so a generated Dockerfile builds unchanged with `--pull=never`.
 *
 * Exported API (for the real-build suites and the engine tests):
 * - `standInImages`: the references provided, e.g. `mcr.microsoft.com/dotnet/sdk:10.0-noble`.
 *   Each is a manifest list with a linux/amd64 and a linux/arm64 entry.
 * - `ensureStandIns()`: builds whatever is missing or was built from an older recipe, once per
 *   machine, under a lock shared by every test process (several minutes the first time, about a
 *   second afterwards). Returns `{references, perPlatform}`: `perPlatform[reference][arch]` names the
 *   single-platform image behind each entry (`localhost/dotnet-image-wizard-stand-in/…`), which is
 *   what `buildah push` / `buildah manifest push --all` needs to copy them to a registry.
 * - `standInLabel`: the label every stand-in carries (`io.dotnet-image-wizard.stand-in`), whose
 *   value is the recipe hash.
 *
 * What they contain: a Debian bookworm root file system (`debootstrap --variant=minbase`, cached)
 * plus this machine's own .NET installation (/usr/share/dotnet): the whole SDK in `sdk`, the host
 * and shared frameworks in `aspnet`/`runtime`, nothing .NET in `runtime-deps`; `-aot` adds clang
 * and zlib1g-dev; chiseled ones have no shell, no package manager and (unless `-extra`) no ICU or
 * time zones, and run as the `app` user. Every one sets `APP_UID=1654` with user `app` and
 * `ASPNETCORE_HTTP_PORTS=8080`. The arm64 entries hold the same amd64 files: they serve builds whose
 * arm64 stages only copy files (the cross-compiling pattern), and any `RUN` there fails, as it
 * would on an amd64 machine without emulation. They prove our files' structure with a real builder
 * and the real SDK, not the official images' exact contents.
 */

export const standInLabel = 'io.dotnet-image-wizard.stand-in';
const registry = 'mcr.microsoft.com/dotnet';
const localRepository = 'localhost/dotnet-image-wizard-stand-in';
const cacheFolder = process.env['DIW_STAND_IN_CACHE'] ?? '/var/tmp/dotnet-image-wizard-stand-ins';
const dotnetRoot = '/usr/share/dotnet';
export const standInArchitectures = ['amd64', 'arm64'] as const;
export type StandInArchitecture = typeof standInArchitectures[number];

type Contents = 'sdk' | 'aspnet' | 'runtime' | 'runtime-deps';
type StandIn = {
	repository: Contents;
	tag: string;
	/** Chiseled: no shell or package manager, non-root by default. */
	chiseled?: boolean;
	/** Chiseled -extra: ICU and tzdata kept. */
	extra?: boolean;
	/** sdk -aot: the toolchain Native AOT links with. */
	aot?: boolean;
};

/** Every tag our defaults and the real-build fixtures use, as data. */
const recipe: StandIn[] = [
	{repository: 'sdk', tag: '10.0-noble'},
	{repository: 'sdk', tag: '10.0-noble-aot', aot: true},
	{repository: 'aspnet', tag: '10.0-noble'},
	{repository: 'aspnet', tag: '10.0-noble-chiseled', chiseled: true},
	{repository: 'aspnet', tag: '10.0-noble-chiseled-extra', chiseled: true, extra: true},
	{repository: 'aspnet', tag: '10.0-noble-chiseled-composite', chiseled: true},
	{repository: 'aspnet', tag: '10.0-noble-chiseled-composite-extra', chiseled: true, extra: true},
	{repository: 'runtime', tag: '10.0-noble'},
	{repository: 'runtime', tag: '10.0-noble-chiseled', chiseled: true},
	{repository: 'runtime', tag: '10.0-noble-chiseled-extra', chiseled: true, extra: true},
	{repository: 'runtime-deps', tag: '10.0-noble'},
	{repository: 'runtime-deps', tag: '10.0-noble-chiseled', chiseled: true},
	{repository: 'runtime-deps', tag: '10.0-noble-chiseled-extra', chiseled: true, extra: true},
];

export const standInImages: readonly string[] = recipe.map(image => `${registry}/${image.repository}:${image.tag}`);

// What the root file systems are made of; changing either rebuilds them and every image.
const rootfsPackages = ['ca-certificates', 'libicu72', 'libssl3', 'tzdata', 'zlib1g', 'libstdc++6', 'libgcc-s1'];
const aotPackages = ['clang', 'zlib1g-dev'];
const recipeVersion = 3;

async function dotnetVersions(): Promise<string> {
	const sdks = await readdir(path.join(dotnetRoot, 'sdk'));
	const frameworks = await Promise.all(['Microsoft.NETCore.App', 'Microsoft.AspNetCore.App'].map(async name => `${name}:${(await readdir(path.join(dotnetRoot, 'shared', name))).join(',')}`));
	return [...sdks, ...frameworks].join(' ');
}

function hash(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

// ---- the machine-wide lock -----------------------------------------------------------------

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** A lock folder holding the owner's pid: taken over when that process is gone. */
async function withLock<T>(work: () => Promise<T>): Promise<T> {
	await mkdir(cacheFolder, {recursive: true});
	const lock = path.join(cacheFolder, 'lock');
	const deadline = Date.now() + 30 * 60_000;
	for (;;) {
		try {
			await mkdir(lock);
			await writeFile(path.join(lock, 'pid'), String(process.pid));
			break;
		} catch {
			const owner = Number(await readFile(path.join(lock, 'pid'), 'utf8').catch(() => '0'));
			if (owner > 0 && !alive(owner)) {
				await rm(lock, {recursive: true, force: true});
				continue;
			}
			if (Date.now() > deadline) throw new Error(`stand-in images: ${lock} is still held by process ${owner}`);
			await new Promise(resolve => setTimeout(resolve, 1000));
		}
	}
	try {
		return await work();
	} finally {
		await rm(lock, {recursive: true, force: true});
	}
}

// ---- root file systems ---------------------------------------------------------------------

/** The Debian mirror this machine's apt uses (a company mirror, say), else Debian's default. */
async function debianMirror(): Promise<string | undefined> {
	for (const file of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
		const text = await readFile(file, 'utf8').catch(() => '');
		const deb822 = /^URIs:\s*(\S+)/m.exec(text);
		if (deb822) return deb822[1];
		const oneLine = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+bookworm\s/m.exec(text);
		if (oneLine) return oneLine[1];
	}
	return undefined;
}

/** cp -a: owners, modes, links and hard links as they are (Node's cp keeps none of these whole). */
async function copyTree(from: string, to: string): Promise<void> {
	if ((await stat(from)).isDirectory()) {
		await mkdir(to, {recursive: true});
		await execa('cp', ['-a', `${from}/.`, to]);
	} else {
		await mkdir(path.dirname(to), {recursive: true});
		await execa('cp', ['-a', from, to]);
	}
}

async function run(command: string, args: string[]): Promise<void> {
	await execa(command, args, {stdio: ['ignore', 'ignore', 'pipe']});
}

/** A cached root file system: made in a temporary sibling, renamed into place when complete. */
async function cachedTree(name: string, make: (folder: string) => Promise<void>): Promise<string> {
	const folder = path.join(cacheFolder, name);
	if (existsSync(folder)) return folder;
	const partial = `${folder}.partial`;
	await rm(partial, {recursive: true, force: true});
	await make(partial);
	await rename(partial, folder);
	return folder;
}

async function baseRootfs(): Promise<string> {
	return cachedTree(`rootfs-bookworm-${hash(rootfsPackages)}`, async folder => {
		const mirror = await debianMirror();
		await run('debootstrap', ['--variant=minbase', `--include=${rootfsPackages.join(',')}`, 'bookworm', folder, ...(mirror ? [mirror] : [])]);
		await rm(path.join(folder, 'var/cache/apt/archives'), {recursive: true, force: true});
		await mkdir(path.join(folder, 'var/cache/apt/archives/partial'), {recursive: true});
		// The builder provides /dev to every container it runs.
		await rm(path.join(folder, 'dev'), {recursive: true, force: true});
		await mkdir(path.join(folder, 'dev'));
	});
}

async function aotRootfs(base: string): Promise<string> {
	return cachedTree(`rootfs-bookworm-aot-${hash([rootfsPackages, aotPackages])}`, async folder => {
		await copyTree(base, folder);
		await cp('/etc/resolv.conf', path.join(folder, 'etc/resolv.conf'));
		const apt = ['-o', 'APT::Sandbox::User=root', '-qq'];
		await run('chroot', [folder, 'apt-get', ...apt, 'update']);
		await run('chroot', [folder, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...apt, 'install', '-y', '--no-install-recommends', ...aotPackages]);
		await run('chroot', [folder, 'apt-get', 'clean']);
		await rm(path.join(folder, 'var/lib/apt/lists'), {recursive: true, force: true});
		await mkdir(path.join(folder, 'var/lib/apt/lists/partial'), {recursive: true});
	});
}

// ---- one image -----------------------------------------------------------------------------

const appUser = {uid: 1654, name: 'app'};

async function addAppUser(root: string): Promise<void> {
	await mkdir(path.join(root, 'etc'), {recursive: true});
	const passwd = path.join(root, 'etc/passwd');
	const group = path.join(root, 'etc/group');
	const hasPasswd = existsSync(passwd);
	const passwdText = hasPasswd ? await readFile(passwd, 'utf8') : 'root:x:0:0:root:/root:/usr/sbin/nologin\n';
	const groupText = existsSync(group) ? await readFile(group, 'utf8') : 'root:x:0:\n';
	await writeFile(passwd, `${passwdText}${appUser.name}:x:${appUser.uid}:${appUser.uid}::/home/${appUser.name}:/usr/sbin/nologin\n`);
	await writeFile(group, `${groupText}${appUser.name}:x:${appUser.uid}:\n`);
	await mkdir(path.join(root, 'home', appUser.name), {recursive: true});
	await execa('chown', [`${appUser.uid}:${appUser.uid}`, path.join(root, 'home', appUser.name)]);
}

/** Chiseled: the libraries and data only; no shell, no package manager, no tools. */
async function chisel(root: string, extra: boolean): Promise<void> {
	const remove = [
		'bin', 'sbin', 'usr/bin', 'usr/sbin', 'usr/libexec', 'usr/games', 'usr/local', 'usr/share/doc', 'usr/share/man',
		'usr/share/info', 'usr/share/locale', 'usr/share/perl5', 'usr/lib/apt', 'usr/lib/dpkg', 'var/lib/dpkg', 'var/lib/apt',
		'var/cache', 'var/log', 'etc/apt', 'etc/dpkg', 'root',
	];
	if (!extra) remove.push('usr/share/zoneinfo', 'usr/share/icu');
	await Promise.all(remove.map(folder => rm(path.join(root, folder), {recursive: true, force: true})));
	const libraries = path.join(root, 'usr/lib/x86_64-linux-gnu');
	for (const entry of await readdir(libraries)) {
		if (/^perl/.test(entry) || (!extra && /^libicu/.test(entry))) await rm(path.join(libraries, entry), {recursive: true, force: true});
	}
	await mkdir(path.join(root, 'usr/bin'), {recursive: true});
	await mkdir(path.join(root, 'tmp'), {recursive: true, mode: 0o1777});
}

async function dotnetFiles(root: string, contents: Contents): Promise<void> {
	if (contents === 'runtime-deps') return;
	const target = path.join(root, dotnetRoot.slice(1));
	await mkdir(target, {recursive: true});
	const parts = contents === 'sdk'
		? await readdir(dotnetRoot)
		: ['dotnet', 'host', 'LICENSE.txt', 'ThirdPartyNotices.txt', 'shared/Microsoft.NETCore.App', ...(contents === 'aspnet' ? ['shared/Microsoft.AspNetCore.App'] : [])];
	for (const part of parts) {
		await mkdir(path.dirname(path.join(target, part)), {recursive: true});
		await copyTree(path.join(dotnetRoot, part), path.join(target, part));
	}
	await mkdir(path.join(root, 'usr/bin'), {recursive: true});
	await rm(path.join(root, 'usr/bin/dotnet'), {force: true});
	await execa('ln', ['-s', '../share/dotnet/dotnet', path.join(root, 'usr/bin/dotnet')]);
}

function environment(image: StandIn, versions: {sdk: string; runtime: string; aspnet: string}): string[] {
	const env = ['APP_UID=1654', 'ASPNETCORE_HTTP_PORTS=8080', 'DOTNET_RUNNING_IN_CONTAINER=true'];
	if (image.repository !== 'runtime-deps') env.push(`DOTNET_VERSION=${versions.runtime}`);
	if (image.repository === 'aspnet' || image.repository === 'sdk') env.push(`ASPNET_VERSION=${versions.aspnet}`);
	if (image.repository === 'sdk') {
		env.push(`DOTNET_SDK_VERSION=${versions.sdk}`, 'DOTNET_GENERATE_ASPNET_CERTIFICATE=false', 'DOTNET_NOLOGO=true', 'DOTNET_USE_POLLING_FILE_WATCHER=true', 'NUGET_XMLDOC_MODE=skip');
		// The machine's restore needs what this host's NuGet client is told (e.g. offline revocation checks).
		const revocation = process.env['NUGET_CERT_REVOCATION_MODE'];
		if (revocation) env.push(`NUGET_CERT_REVOCATION_MODE=${revocation}`);
		// chroot isolation has no process namespace: a compiler server or MSBuild node left by a
		// RUN would outlive the build (in a real container it dies with it). Build without them.
		env.push('UseSharedCompilation=false', 'MSBUILDDISABLENODEREUSE=1', 'DOTNET_CLI_USE_MSBUILD_SERVER=0');
	}
	if (image.chiseled && !image.extra) env.push('DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true');
	return env;
}

async function buildOne(image: StandIn, recipeHash: string, roots: {base: string; aot: string}, versions: {sdk: string; runtime: string; aspnet: string}): Promise<Record<StandInArchitecture, string>> {
	const official = `${registry}/${image.repository}:${image.tag}`;
	const container = await buildah(['from', '--pull=never', 'scratch']);
	const perPlatform = {} as Record<StandInArchitecture, string>;
	try {
		const root = await buildah(['mount', container]);
		await copyTree(image.aot ? roots.aot : roots.base, root);
		// This machine's trusted roots, so a restore inside a build trusts the mirror the host trusts.
		await cp('/etc/ssl/certs/ca-certificates.crt', path.join(root, 'etc/ssl/certs/ca-certificates.crt'));
		await rm(path.join(root, 'etc/resolv.conf'), {force: true});
		if (image.chiseled) await chisel(root, Boolean(image.extra));
		await dotnetFiles(root, image.repository);
		await addAppUser(root);
		await buildah(['umount', container]);
		const config = [
			...environment(image, versions).flatMap(variable => ['--env', variable]),
			'--env', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
			'--label', `${standInLabel}=${recipeHash}`,
			'--label', `org.opencontainers.image.title=Test fixture: a stand-in for ${official}`,
			'--label', 'org.opencontainers.image.description=Built by dotnet-image-wizard\'s tests from Debian bookworm and this machine\'s .NET installation; not the official image',
			'--os', 'linux',
		];
		if (image.chiseled) config.push('--user', String(appUser.uid));
		if (image.repository === 'sdk') config.push('--workingdir', '/');
		for (const arch of standInArchitectures) {
			const name = `${localRepository}/${image.repository}:${image.tag}-${arch}`;
			await buildah(['config', ...config, '--arch', arch, ...(arch === 'arm64' ? ['--variant', 'v8', '--label', `${standInLabel}.files=amd64 binaries under an arm64 entry: for stages that only copy files`] : []), container]);
			await removeImage(name);
			await buildah(['commit', '--quiet', container, name]);
			perPlatform[arch] = name;
		}
	} finally {
		await buildah(['rm', container]).catch(() => undefined);
	}
	await removeImage(official);
	await buildah(['manifest', 'create', official]);
	for (const arch of standInArchitectures) {
		await buildah(['manifest', 'add', '--arch', arch, ...(arch === 'arm64' ? ['--variant', 'v8'] : []), official, `containers-storage:${perPlatform[arch]}`]);
	}
	return perPlatform;
}

async function labelOf(reference: string): Promise<string | undefined> {
	const output = await buildah(['inspect', '--type', 'image', '--format', `{{index .OCIv1.Config.Labels "${standInLabel}"}}`, reference]).catch(() => undefined);
	return output || undefined;
}

async function listIsComplete(reference: string, perPlatform: Record<StandInArchitecture, string>): Promise<boolean> {
	const text = await buildah(['manifest', 'inspect', reference]).catch(() => undefined);
	if (!text) return false;
	const list = JSON.parse(text) as {manifests?: Array<{platform?: {architecture?: string}}>};
	const architectures = new Set((list.manifests ?? []).map(entry => entry.platform?.architecture));
	return standInArchitectures.every(arch => architectures.has(arch)) && Object.values(perPlatform).length === standInArchitectures.length;
}

export type StandInSet = {
	references: readonly string[];
	perPlatform: Record<string, Record<StandInArchitecture, string>>;
};

/** Makes sure every stand-in is in local storage, built from the current recipe. */
export async function ensureStandIns(): Promise<StandInSet> {
	const versionText = await dotnetVersions();
	const sdkVersion = (await readdir(path.join(dotnetRoot, 'sdk'))).sort().at(-1)!;
	const runtimeVersion = (await readdir(path.join(dotnetRoot, 'shared/Microsoft.NETCore.App'))).sort().at(-1)!;
	const aspnetVersion = (await readdir(path.join(dotnetRoot, 'shared/Microsoft.AspNetCore.App'))).sort().at(-1)!;
	return withLock(async () => {
		const perPlatform: StandInSet['perPlatform'] = {};
		let roots: {base: string; aot: string} | undefined;
		for (const image of recipe) {
			const official = `${registry}/${image.repository}:${image.tag}`;
			const versions = {sdk: sdkVersion, runtime: runtimeVersion, aspnet: aspnetVersion};
			const recipeHash = hash([recipeVersion, rootfsPackages, aotPackages, image, versionText, environment(image, versions)]);
			const names = Object.fromEntries(standInArchitectures.map(arch => [arch, `${localRepository}/${image.repository}:${image.tag}-${arch}`])) as Record<StandInArchitecture, string>;
			const current = await Promise.all(standInArchitectures.map(async arch => (await labelOf(names[arch])) === recipeHash));
			if (current.every(Boolean) && await listIsComplete(official, names)) {
				perPlatform[official] = names;
				continue;
			}
			if (!roots) {
				const base = await baseRootfs();
				roots = {base, aot: await aotRootfs(base)};
			}
			perPlatform[official] = await buildOne(image, recipeHash, roots, versions);
		}
		return {references: standInImages, perPlatform};
	});
}
