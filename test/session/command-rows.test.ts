import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {commandRows} from '../../source/session/command-rows.js';

const build = 'docker buildx build --platform linux/amd64,linux/arm64 --tag webapi:latest --output type=oci,dest=/tmp/web/webapi.oci.tar .';

describe('a command in rows', () => {
	it('stays one row when it fits', () => {
		expect(commandRows('docker run --rm webapi', 40)).toEqual(['docker run --rm webapi']);
	});

	it('breaks between words, keeps each option with its value and ends every row but the last in a backslash', () => {
		const rows = commandRows(build, 60);
		expect(rows.every(row => row.length <= 60)).toBe(true);
		expect(rows.slice(0, -1).every(row => row.endsWith(' \\'))).toBe(true);
		expect(rows.at(-1)).toMatch(/ \.$/);
		expect(rows.some(row => row.trim() === '.')).toBe(false);
		expect(rows.join('\n')).toContain('--tag webapi:latest');
		// Pasted into a shell, the rows are the same words as the one line.
		expect(rows.join('\n').replaceAll(' \\\n', ' ').replaceAll(/ {2,}/g, ' ')).toBe(build);
	});

	it('keeps a quoted word whole', () => {
		const rows = commandRows("cd 'my app' && docker buildx build --tag web --load .", 30);
		expect(rows[0]).toContain("'my app'");
	});
});

describe('a command wider than any row', () => {
	// printf prints each argument on its own line: the rows, run by a shell, show the words it got.
	const command = String.raw`printf '%s\n' /t:PublishContainer -p:ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled -p:ContainerArchiveOutputPath=/tmp/a/rather/long/path/to/the/archive/sampleapi.oci.tar '-p:Note=it'\''s a long value with spaces, quoted' --tag webapi:latest .`;
	const expected = execFileSync('sh', ['-c', command], {encoding: 'utf8'});

	for (const width of [40, 60, 80]) {
		it(`breaks long words at ${width} columns so that the shell joins them back: nothing cut, every row ending in a backslash`, () => {
			const rows = commandRows(command, width, {margin: '  '});
			expect(rows.length).toBeGreaterThan(1);
			expect(rows.every(row => row.length <= width)).toBe(true);
			expect(rows.slice(0, -1).every(row => row.endsWith('\\'))).toBe(true);
			expect(rows.join('\n')).not.toContain('…');
			expect(execFileSync('sh', ['-c', rows.join('\n')], {encoding: 'utf8'})).toBe(expected);
		});
	}
});
