import {spawnSync} from 'node:child_process';
import process from 'node:process';

/**
 * Tests that need a real tool (the .NET SDK, buildah, a registry, tmux …) skip with one line where
 * it is missing. `.ci/run` sets DIW_REQUIRE_REAL_TOOLS=1, which turns that skip into a failure, so
 * CI always runs them.
 */
export const realToolsRequired = process.env['DIW_REQUIRE_REAL_TOOLS'] === '1';

const found = new Map<string, boolean>();

/** Whether `program` runs at all (`program --version`, or the given probe arguments). */
export function hasProgram(program: string, probe: string[] = ['--version']): boolean {
	const key = [program, ...probe].join(' ');
	if (!found.has(key)) found.set(key, spawnSync(program, probe, {stdio: 'ignore', timeout: 20_000}).status === 0);
	return found.get(key)!;
}

export type Requirement = {program: string; probe?: string[]};

/**
 * The programs of `needs` that are missing, as one line for the describe title ("" when all are
 * there). Under DIW_REQUIRE_REAL_TOOLS=1 a missing program throws instead, failing the file.
 */
export function missingTools(needs: Array<string | Requirement>): string {
	const missing = needs
		.map(need => (typeof need === 'string' ? {program: need} : need))
		.filter(need => !hasProgram(need.program, need.probe))
		.map(need => need.program);
	if (missing.length === 0) return '';
	if (realToolsRequired) throw new Error(`DIW_REQUIRE_REAL_TOOLS=1 but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: install ${missing.length === 1 ? 'it' : 'them'} (see .ci/run).`);
	return ` (skipped: ${missing.join(', ')} not installed)`;
}
