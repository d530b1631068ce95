// The user's own folders this program may keep things in. A relative HOME or XDG_CACHE_HOME (an
// environment set by hand, a service, a sandbox) would put them inside whatever folder the program
// runs in, often the user's project: a relative value is ignored, as the XDG spec says of its own.
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

/** The user's home folder: $HOME when it is absolute, else the account's own (passwd), else none. */
export function homeFolder(home = os.homedir(), account = () => os.userInfo().homedir): string | undefined {
	if (path.isAbsolute(home)) return home;
	try {
		const own = account();
		return path.isAbsolute(own) ? own : undefined;
	} catch {
		return undefined;
	}
}

const absolute = (value: string | undefined, platform: NodeJS.Platform) => (value && (platform === 'win32' ? path.win32 : path.posix).isAbsolute(value) ? value : undefined);

/**
 * This program's cache folder: $XDG_CACHE_HOME (or ~/.cache) on Linux and other Unixes,
 * ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows; none when no absolute folder is known.
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homeFolder()): string | undefined {
	if (platform === 'win32') {
		const local = absolute(env['LOCALAPPDATA'], platform) ?? (home && path.win32.join(home, 'AppData', 'Local'));
		return local && path.win32.join(local, 'dotnet-image-wizard', 'Cache');
	}
	if (platform === 'darwin') return home && path.posix.join(home, 'Library', 'Caches', 'dotnet-image-wizard');
	const base = absolute(env['XDG_CACHE_HOME'], platform) ?? (home && path.posix.join(home, '.cache'));
	return base && path.posix.join(base, 'dotnet-image-wizard');
}
