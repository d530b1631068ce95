/** A refusal to overwrite, or a failed write: exit code 1, every target left as it was. */
export class WriteError extends Error {
	override name = 'WriteError';
}
