import {describe, expect, it} from 'vitest';
import {shownLength, shownText} from '../source/grammar/shown-text.js';

describe('text from files and flags as a message shows it', () => {
	it('shows control characters as escapes a person can read', () => {
		expect(shownText('net48\u001B]0;pwned\u0007')).toBe('net48\\x1b]0;pwned\\x07');
		expect(shownText('a\r\nb\tc\u0000\u007F\u009B')).toBe('a\\r\\nb\\tc\\x00\\x7f\\x9b');
		// Marks that reorder what the terminal shows (a bidirectional override) are escaped too.
		expect(shownText('admin\u202Etxt.exe')).toBe('admin\\u202etxt.exe');
	});

	it('keeps the lines (and tabs) of a message that has several, escaping the rest', () => {
		expect(shownText('last output:\n\tstep\u001B[2K', {lines: true})).toBe('last output:\n\tstep\\x1b[2K');
	});

	it('leaves ordinary text alone, accents and symbols included', () => {
		expect(shownText('Ünïcode ≈ 53 MB → ok ✔')).toBe('Ünïcode ≈ 53 MB → ok ✔');
	});

	it('cuts a long value with an ellipsis, never in the middle of an escape', () => {
		const shown = shownText('x'.repeat(10_000));
		expect(shown).toBe(`${'x'.repeat(shownLength)}…`);
		expect(shownText(`${'x'.repeat(shownLength - 2)}\u001B`)).toBe(`${'x'.repeat(shownLength - 2)}…`);
		expect(shownText('abcdef', {limit: 3})).toBe('abc…');
	});
});
