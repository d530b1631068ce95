/** An engine's version as three numbers, read from whatever its --version prints. */
export type Version = [number, number, number];

export function parseVersion(text: string): Version | undefined {
	const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
	return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

/** Whether `version` (text as printed) is `minimum` or later. */
export function atLeast(version: string, minimum: string): boolean {
	const have = parseVersion(version);
	const need = parseVersion(minimum)!;
	if (!have) return false;
	for (let index = 0; index < 3; index++) {
		if (have[index]! !== need[index]!) return have[index]! > need[index]!;
	}
	return true;
}
