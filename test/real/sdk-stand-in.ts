// A stand-in for mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled, pushed to the tests' loopback
// registry for amd64 and arm64: no shell, the machine's own .NET shared frameworks and the
// libraries they load, the app user 1654, the official image's environment. A test fixture (its
// label says so): both platforms carry this machine's x64 files, since only the amd64 one runs.
import {cp, mkdir, readdir, realpath, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {execa} from 'execa';

const buildah = async (...args: string[]) => (await execa('buildah', ['--storage-driver', 'vfs', ...args])).stdout.trim();

async function sharedLibraries(files: string[]): Promise<string[]> {
	const {stdout} = await execa('ldd', files, {reject: false});
	const ssl = (await execa('sh', ['-c', 'ldconfig -p | grep -E "lib(ssl|crypto)\\.so\\.3 " | sed "s/.*=> //"'])).stdout.split('\n');
	return [...new Set([...stdout.matchAll(/(\/\S+\.so[.\d]*)/g)].map(match => match[1]!).filter(file => !file.startsWith('/usr/share/dotnet')).concat(ssl.filter(Boolean)))];
}

async function makePlatform(architecture: 'amd64' | 'arm64', name: string, dotnetRoot: string): Promise<void> {
	const container = await buildah('from', 'scratch');
	const root = await buildah('mount', container);
	const runtimes = path.join(dotnetRoot, 'shared', 'Microsoft.NETCore.App');
	const version = (await readdir(runtimes)).sort().at(-1)!;
	const natives = (await readdir(path.join(runtimes, version))).filter(file => file.endsWith('.so')).map(file => path.join(runtimes, version, file));
	for (const library of await sharedLibraries([path.join(dotnetRoot, 'dotnet'), ...natives])) {
		await mkdir(path.join(root, path.dirname(library)), {recursive: true});
		await cp(await realpath(library), path.join(root, library));
	}
	for (const part of ['dotnet', 'host', 'shared']) await cp(path.join(dotnetRoot, part), path.join(root, 'usr/share/dotnet', part), {recursive: true, verbatimSymlinks: true});
	await mkdir(path.join(root, 'usr/bin'), {recursive: true});
	await execa('ln', ['-s', '/usr/share/dotnet/dotnet', path.join(root, 'usr/bin/dotnet')]);
	await mkdir(path.join(root, 'etc'), {recursive: true});
	await mkdir(path.join(root, 'tmp'), {recursive: true, mode: 0o1777});
	await writeFile(path.join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/sbin/nologin\napp:x:1654:1654:app:/home/app:/sbin/nologin\n');
	await writeFile(path.join(root, 'etc/group'), 'root:x:0:\napp:x:1654:\n');
	await buildah('umount', container);
	await buildah('config', '--arch', architecture, '--os', 'linux', '--user', '1654', '--workingdir', '/',
		'--env', 'APP_UID=1654', '--env', 'ASPNETCORE_HTTP_PORTS=8080', '--env', 'DOTNET_RUNNING_IN_CONTAINER=true', '--env', 'PATH=/usr/bin',
		'--label', 'org.opencontainers.image.description=dotnet-image-wizard test stand-in, not the official image', container);
	await buildah('commit', '--quiet', '--rm', container, name);
}

const list = 'localhost/diw-sdk-stand-in/aspnet:10.0-noble-chiseled';

/** Builds the stand-in once per machine (local vfs storage), then pushes it to `mirror`. */
export async function pushAspnetStandIn(mirror: string): Promise<string> {
	const exists = await execa('buildah', ['--storage-driver', 'vfs', 'manifest', 'inspect', list], {reject: false});
	if (exists.exitCode !== 0) {
		const dotnetRoot = path.dirname(await realpath((await execa('sh', ['-c', 'command -v dotnet'])).stdout.trim()));
		for (const architecture of ['amd64', 'arm64'] as const) await makePlatform(architecture, `localhost/diw-sdk-stand-in/aspnet-${architecture}`, dotnetRoot);
		await buildah('manifest', 'create', list);
		for (const architecture of ['amd64', 'arm64']) await buildah('manifest', 'add', list, `containers-storage:localhost/diw-sdk-stand-in/aspnet-${architecture}`);
	}
	const target = `${mirror}/dotnet/aspnet:10.0-noble-chiseled`;
	await buildah('manifest', 'push', '--all', '--tls-verify=false', list, `docker://${target}`);
	return target;
}
