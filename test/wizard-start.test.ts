// Whether a run in a terminal starts the wizard: the early check (the first frame drawn before the
// project is read) and the late one agree on the flags that ask for a script's run. --pin with an
// answer not given as a flag used to start the wizard early although the late check skips it.
import {describe, expect, it} from 'vitest';
import type {Flags} from '../source/cli/flags.js';
import {wizardFirst} from '../source/cli/main.js';
import {noWizard, scriptFlags} from '../source/cli/wizard-start.js';

const terminal = {stdinIsTTY: true, stdoutIsTTY: true};
const notCi = {};

describe('the wizard in a terminal', () => {
	it('starts first when an answer is not given as a flag and nothing asks for a script\'s run', () => {
		expect(wizardFirst({dotnet: '10.0'} as Flags, terminal, notCi)).toBe(true);
	});

	it.each(scriptFlags.map(name => [name]))('does not start first with --%s, as the later check does not start it', name => {
		const flags = {dotnet: '10.0', [name]: true} as Flags;
		expect(noWizard(flags, terminal, notCi)).toBe(true);
		expect(wizardFirst(flags, terminal, notCi)).toBe(false);
	});

	it('--pin among them: an answer missing with --pin is the error a script gets, not the wizard', () => {
		expect(scriptFlags).toContain('pin');
		expect(wizardFirst({pin: true} as Flags, terminal, notCi)).toBe(false);
	});

	it('does not start under CI or without a terminal', () => {
		expect(wizardFirst({} as Flags, terminal, {CI: 'true'})).toBe(false);
		expect(wizardFirst({} as Flags, {stdinIsTTY: false, stdoutIsTTY: true}, notCi)).toBe(false);
		expect(wizardFirst({} as Flags, terminal, {CI: 'false'})).toBe(true);
	});
});
