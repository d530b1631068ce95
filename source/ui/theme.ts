import process from 'node:process';

// Colours step aside under NO_COLOR (https://no-color.org); no-color.ts turns off bold and dim too.
const enabled = !('NO_COLOR' in process.env) || process.env.NO_COLOR === '';

export const theme = {
	accent: enabled ? 'cyan' : undefined,
	good: enabled ? 'green' : undefined,
	warn: enabled ? 'yellow' : undefined,
	bad: enabled ? 'red' : undefined,
	muted: enabled ? 'gray' : undefined,
} as const;
