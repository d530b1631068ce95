// Key sequences as a terminal sends them, and a pause that lets Ink re-render between keys.
export const keys = {enter: '\r', down: '\u001B[B', up: '\u001B[A', left: '\u001B[D', escape: '\u001B', pageDown: '\u001B[6~', tab: '\t', space: ' ', ctrlC: '\u0003'};

export const settle = async (ms = 60) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

let frames: string[] | undefined;

/** The frames of the app under test: `press` then waits for its screen to go quiet after each key. */
export function track(written: string[] | undefined): void {
	frames = written;
}

/**
 * Types keys one at a time, as a person does: each after the screen the key before it led to has
 * been drawn (no new frame for a while), however slowly the machine renders.
 */
export async function press(stdin: {write: (data: string) => void}, ...sequence: string[]): Promise<void> {
	for (const key of sequence) {
		stdin.write(key);
		// Escape alone is only recognised after a short wait for a following sequence.
		await settle(key === keys.escape ? 120 : 50);
		await quiet();
	}
}

/**
 * Until no new frame has come for a while (at most 1.5 s): React runs a screen's effects, which
 * subscribe its components to keys, a moment after the frame is drawn, later on a loaded machine.
 */
async function quiet(): Promise<void> {
	const start = Date.now();
	let seen = frames?.length ?? 0;
	while (frames && Date.now() - start < 1500) {
		await settle(80);
		if (frames.length === seen) break;
		seen = frames.length;
	}
}

export async function waitFor(frame: () => string | undefined, text: string | RegExp, timeout = 6000): Promise<string> {
	const start = Date.now();
	for (;;) {
		const current = frame() ?? '';
		if (typeof text === 'string' ? current.includes(text) : text.test(current)) {
			await quiet();
			return current;
		}
		if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${String(text)} in:\n${current}`);
		await settle(30);
	}
}
