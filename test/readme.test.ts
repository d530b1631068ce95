import {readFileSync} from 'node:fs';
import {cp, mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {flags} from '../source/cli/flags.js';
import {root, runCli} from './cli-run.js';

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

	it('shows the Dockerfile and zerops.yml the tool generates today for the sample project', async () => {
		// A clean copy: npm start may have saved answers in the sample project itself.
		const sample = await mkdtemp(path.join(os.tmpdir(), 'diw-readme-'));
		for (const file of ['SampleApi.csproj', 'Program.cs']) await cp(path.join(root, 'examples', 'SampleApi', file), path.join(sample, file));
		const shown = (heading: string) => new RegExp(`### ${heading.replaceAll(/[()]/g, '\\$&')}\n\n\`\`\`\\w+\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
		const dockerfile = await runCli(['--yes', '--output', 'dockerfile'], {cwd: sample});
		expect(shown('A generated Dockerfile (sample project, all defaults)')).toBe(`${dockerfile.stdout}\n`);
		const zerops = await runCli(['--yes', '--output', 'zerops', '--os', 'alpine', '--globalization', 'icu'], {cwd: sample});
		expect(shown('A generated zerops.yml (`--os alpine --globalization icu`)')).toBe(`${zerops.stdout}\n`);
	});
});
