// How long the generated-input suite runs, and how a failure is replayed. `npm test` runs each
// property a small fixed number of times from one seed; DIW_FUZZ_RUNS=N (npm run fuzz) runs more.
// fast-check prints the seed and path of a failure: DIW_FUZZ_SEED and DIW_FUZZ_PATH replay it.
import process from 'node:process';
import type fc from 'fast-check';

const fixedSeed = 20_261_202;
const given = Number(process.env['DIW_FUZZ_RUNS']);
const seed = process.env['DIW_FUZZ_SEED'] === undefined ? fixedSeed : Number(process.env['DIW_FUZZ_SEED']);
const replayPath = process.env['DIW_FUZZ_PATH'];

/** Whether the long run was asked for (DIW_FUZZ_RUNS set). */
export const longRun = Number.isInteger(given) && given > 0;

/**
 * The runs of one property: `fast` in every npm test; under DIW_FUZZ_RUNS=N, N times `share`
 * (slow properties, like those that start the built binary, take a share of it).
 */
export function runs(fast: number, share = 1): number {
	return longRun ? Math.max(fast, Math.round(given * share)) : fast;
}

/** The options of every fc.assert: the fixed (or replayed) seed and the runs; a failure shrinks to its smallest case. */
export function fuzzOptions<T>(numRuns: number): fc.Parameters<T> {
	return {seed, numRuns, ...(replayPath === undefined ? {} : {path: replayPath})};
}

/** A vitest timeout for a property of `numRuns` runs that take up to `perRun` ms each. */
export const timeoutFor = (numRuns: number, perRun: number) => 30_000 + numRuns * perRun;
