import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {flags} from '../source/cli/flags.js';
import {root} from './cli-run.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

describe('README', () => {
	it('starts with exactly the two set-up commands', () => {
		const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1];
		expect(firstBlock).toBe('npm install && npm start\nnpm test\n');
		expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '));
	});

	it('documents every flag with the text --help prints', () => {
		for (const [name, spec] of Object.entries(flags)) {
			const flag = `${'shortFlag' in spec ? `-${spec.shortFlag}, ` : ''}--${kebab(name)}${'value' in spec ? ` ${spec.value}` : ''}`;
			expect(readme, name).toContain(`| \`${flag}\` | ${spec.help} |`);
		}
	});

	it('shows the screenshots that npm run media makes', () => {
		for (const image of ['media/wizard-question.svg', 'media/wizard-summary.svg']) expect(readme).toContain(`(${image})`);
	});
});
