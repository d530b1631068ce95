// Whether a run is guided (the wizard) or a script's: one rule for both checks main.ts makes, the
// early one (draw the first frame before the project is read) and the late one (the answers known).
import process from 'node:process';
import type {Flags} from './flags.js';

/** The flags that ask for a script's run: no prompts. --verify is a check for scripts; --pin asks the registry and writes as told. */
export const scriptFlags = ['yes', 'json', 'verify', 'pin'] as const satisfies ReadonlyArray<keyof Flags>;

// The rule Ink uses to stop drawing frames (is-in-ci): under CI there is no guided session.
export const inCi = (env: NodeJS.ProcessEnv = process.env) => (['CI', 'CONTINUOUS_INTEGRATION'] as const).some(key => key in env && env[key] !== '0' && env[key] !== 'false');

/** No wizard can run: a flag asks for a script's run, stdin or stdout is not a terminal, or CI is set. */
export function noWizard(flags: Flags, terminal: {stdinIsTTY: boolean; stdoutIsTTY: boolean}, env: NodeJS.ProcessEnv = process.env): boolean {
	return scriptFlags.some(name => Boolean(flags[name])) || !terminal.stdinIsTTY || !terminal.stdoutIsTTY || inCi(env);
}
