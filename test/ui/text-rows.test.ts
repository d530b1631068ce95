import {describe, expect, it} from 'vitest';
import {continuation, textRows, visible} from '../../source/ui/text-rows.js';

const build = '# Build: docker buildx build --platform linux/amd64,linux/arm64 --tag webapi --push .';

describe('text rows', () => {
	it('keeps short lines as they are', () => {
		expect(textRows('FROM x\n\nUSER app\n', 40)).toEqual([
			{text: 'FROM x', continued: false},
			{text: '', continued: false},
			{text: 'USER app', continued: false},
		]);
	});

	it('wraps a long line after a space, marks the rows that continue it and loses nothing', () => {
		const rows = textRows(build, 40);
		expect(rows[0]).toEqual({text: '# Build: docker buildx build --platform ', continued: false});
		expect(rows.slice(1).every(row => row.continued)).toBe(true);
		expect(rows.map(row => row.text).join('')).toBe(build);
		for (const row of rows) expect((row.continued ? continuation : '').length + row.text.length).toBeLessThanOrEqual(40);
	});

	it('cuts a line with no space to break at at the row end', () => {
		const rows = textRows('x'.repeat(25), 10);
		expect(rows.map(row => row.text)).toEqual(['x'.repeat(10), 'x'.repeat(8), 'x'.repeat(7)]);
	});
});

describe('text rows of a file indented with tabs', () => {
	it('turn each tab into spaces up to the next tab stop, so every row fits its width', () => {
		const json = '{\n\t"os": "alpine",\n\t"arch": [\n\t\t"amd64"\n\t]\n}\n';
		const rows = textRows(json, 20);
		expect(rows.map(row => row.text)).toEqual(['{', '    "os": "alpine",', '    "arch": [', '        "amd64"', '    ]', '}']);
		expect(rows.every(row => !row.text.includes('\t'))).toBe(true);
		expect(visible('ab\tc')).toBe('ab  c');
	});

	it('show other control characters as visible escapes (\\r, \\x1b) instead of sending them to the terminal', () => {
		expect(visible('line\r\u001B[2J')).toBe('line\\r\\x1b[2J');
	});
});
