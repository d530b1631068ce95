/** A check that failed before the build: one sentence saying what is wrong and how to fix it. */
export class PreflightError extends Error {
	override name = 'PreflightError';
}
