// Key sequences as a terminal sends them, and a pause that lets Ink re-render between keys.
export const keys = {enter: '\r', down: '\u001B[B', up: '\u001B[A', left: '\u001B[D', escape: '\u001B', pageDown: '\u001B[6~', tab: '\t', space: ' ', ctrlC: '\u0003'};

export const settle = async (ms = 60) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

export async function press(stdin: {write: (data: string) => void}, ...sequence: string[]): Promise<void> {
	for (const key of sequence) {
		stdin.write(key);
		// Escape alone is only recognised after a short wait for a following sequence.
		await settle(key === keys.escape ? 120 : 60);
	}
}

export async function waitFor(frame: () => string | undefined, text: string | RegExp, timeout = 3000): Promise<string> {
	const start = Date.now();
	for (;;) {
		const current = frame() ?? '';
		if (typeof text === 'string' ? current.includes(text) : text.test(current)) return current;
		if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${String(text)} in:\n${current}`);
		await settle(30);
	}
}
