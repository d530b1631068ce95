import {InputError} from '../engine/resolve.js';
import {inputCaps, readInputFile} from '../read/input-file.js';

/** The SDK a global.json asks for: `dotnet` in the build stage refuses to run without a match. */
export type SdkPin = {file: string; version: string; rollForward: string; allowPrerelease: boolean};

type SdkVersion = {major: number; minor: number; band: number; patch: number; prerelease: boolean};

function parseSdkVersion(text: string): SdkVersion | undefined {
	const match = /^(\d+)\.(\d+)\.(\d)(\d{2})(-.+)?$/.exec(text.trim());
	if (!match) return undefined;
	return {major: Number(match[1]), minor: Number(match[2]), band: Number(match[3]), patch: Number(match[4]), prerelease: match[5] !== undefined};
}

/** Reads global.json's "sdk" section; undefined when it pins no version. */
export async function readGlobalJson(file: string, shownAs: string): Promise<SdkPin | undefined> {
	let parsed: {sdk?: {version?: unknown; rollForward?: unknown; allowPrerelease?: unknown}};
	const content = await readInputFile(file, {shownAs, maxBytes: inputCaps.globalJson});
	try {
		// The .NET host accepts comments in global.json.
		parsed = JSON.parse(content.replaceAll(/^\s*\/\/.*$|\/\*[\s\S]*?\*\//gm, ''));
	} catch (error) {
		throw new InputError(`${shownAs} cannot be read: ${(error as Error).message.split('\n')[0]}.`);
	}
	const {version, rollForward, allowPrerelease} = parsed?.sdk ?? {};
	if (typeof version !== 'string') return undefined;
	return {file: shownAs, version, rollForward: typeof rollForward === 'string' ? rollForward : 'latestPatch', allowPrerelease: allowPrerelease !== false};
}

const compare = (a: SdkVersion, b: SdkVersion) => a.major - b.major || a.minor - b.minor || a.band - b.band || a.patch - b.patch || Number(b.prerelease) - Number(a.prerelease);

/** Whether the .NET host would run with `installed` for this pin, by global.json's roll-forward rules. */
export function sdkSatisfies(pin: SdkPin, installed: string): boolean {
	const wanted = parseSdkVersion(pin.version);
	const sdk = parseSdkVersion(installed);
	if (!wanted || !sdk) return true;
	if (sdk.prerelease && !pin.allowPrerelease) return false;
	const newer = compare(sdk, wanted) >= 0;
	switch (pin.rollForward) {
		case 'disable': return compare(sdk, wanted) === 0;
		case 'patch':
		case 'latestPatch': return sdk.major === wanted.major && sdk.minor === wanted.minor && sdk.band === wanted.band && newer;
		case 'feature':
		case 'latestFeature': return sdk.major === wanted.major && sdk.minor === wanted.minor && newer;
		case 'minor':
		case 'latestMinor': return sdk.major === wanted.major && newer;
		default: return newer;
	}
}

/** One sentence when the SDK image for `dotnet` would not satisfy the pin, else undefined. */
export function sdkPinProblem(pin: SdkPin, dotnet: string, sdkVersion: string | undefined, asOf: string): string | undefined {
	if (!sdkVersion || sdkSatisfies(pin, sdkVersion)) return undefined;
	return `${pin.file} asks for .NET SDK ${pin.version} (rollForward ${pin.rollForward}), but the sdk:${dotnet} images carry ${sdkVersion} (as of ${asOf}): dotnet stops in the build stage with "A compatible .NET SDK was not found". Set "rollForward": "latestFeature" in ${pin.file}, or pin ${sdkVersion}.`;
}
