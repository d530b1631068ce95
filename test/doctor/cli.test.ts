// `dotnet-image-wizard doctor` as a user or a CI job runs it: the built binary, its output formats,
// exit codes, --fix's diff and write, and its flags documented in the README.
import {cp, mkdtemp, readFile} from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Ajv} from 'ajv';
import {describe, expect, it} from 'vitest';
import {doctorFlags} from '../../source/cli/doctor-flags.js';
import {humanReport} from '../../source/doctor/report/human.js';
import {root, runCli} from '../cli-run.js';
import {check, realistic} from './check.js';

const doctor = (args: string[], cwd = realistic) => runCli(['doctor', ...args, '--today', '2026-11-24', '--offline'], {cwd});
const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

async function copyOf(name: string): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'diw-doctor-'));
	await cp(path.join(realistic, name), folder, {recursive: true});
	return folder;
}

describe('doctor on the command line', () => {
	it('prints findings grouped by file with file:line and the fix, and exits 1 on an error', async () => {
		const result = await doctor(['expose-80/Dockerfile', '--plain']);
		expect(result.exitCode).toBe(1);
		expect(result.stdout).toContain('expose-80/Dockerfile\n  expose-80/Dockerfile:13  error   DIW017  the app is told to listen on port 80');
		expect(result.stdout).toContain('fix: Listen and EXPOSE on 8080');
		expect(result.stdout).not.toContain('\u001B[');
	});

	it('exits 0 when nothing reaches --fail-on, 1 when it does', async () => {
		expect((await doctor(['latest-tags'])).exitCode).toBe(0);
		expect((await doctor(['latest-tags', '--fail-on', 'warning'])).exitCode).toBe(1);
	});

	it('says which reader read the project, and that it ran none of its targets', async () => {
		const result = await doctor(['web-on-runtime', '--detect', 'xml', '--plain']);
		expect(result.stdout).toContain('note: read web-on-runtime/Catalog.csproj with the XML reader (the project files as written, no SDK, nothing run)');
		expect(result.stdout).toContain('DIW012');
	});

	it('exits 2 with one line on bad input', async () => {
		for (const args of [['no-such/Dockerfile'], ['expose-80', '--format', 'xml'], ['secrets-in-context/NuGet.config'], ['expose-80', '--fail-on', 'fatal'], ['--bogus']]) {
			const result = await doctor(args);
			expect(result.exitCode, args.join(' ')).toBe(2);
			expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
			expect(result.stderr).toMatch(/^dotnet-image-wizard: /);
		}
	});

	it('prints JSON for scripts', async () => {
		const result = await doctor(['visual-studio', '--json']);
		const report = JSON.parse(result.stdout) as {findings: Array<{code: string; line: number; fixable: boolean}>};
		expect(report.findings.map(finding => [finding.code, finding.line, finding.fixable])).toContainEqual(['DIW016', 5, true]);
	});

	it('prints SARIF 2.1.0 that validates against the OASIS schema', async () => {
		const schema = JSON.parse(readFileSync(path.join(root, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
		// The schema is draft-04: its "id" is draft-06's "$id"; the rest reads the same.
		const {$schema: _draft, id, ...rest} = schema;
		const validate = new Ajv({strict: false, allErrors: true, validateFormats: false}).compile({...rest, $id: id as string});
		for (const name of ['dotnet-2.1', 'visual-studio', 'chiseled-apt']) {
			const result = await doctor([name, '--format', 'sarif']);
			const log = JSON.parse(result.stdout) as {runs: Array<{results: Array<{ruleId: string; locations: Array<{physicalLocation: {region: {startLine: number}}}>}>}>};
			expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
			expect(log.runs[0]!.results.length).toBeGreaterThan(0);
		}
		expect(validate({version: '2.1.0', runs: [{tool: {driver: {}}}]})).toBe(false);
	});

	it('colours only when asked', () => {
		const findings = check('FROM mcr.microsoft.com/dotnet/sdk:10.0\n');
		expect(humanReport(findings, {color: true, files: ['Dockerfile'], notes: []})).toContain('\u001B[31merror');
		expect(humanReport(findings, {color: false, files: ['Dockerfile'], notes: []})).not.toContain('\u001B[');
	});

	it('shows text from a hostile Dockerfile with its control characters escaped', () => {
		const findings = check('FROM mcr.microsoft.com/dotnet/aspnet:10.0-\u001B]0;pwned\u0007\n');
		expect(findings.map(finding => finding.code)).toContain('DIW001');
		const report = humanReport(findings, {color: true, files: ['Dockerfile'], notes: []});
		expect(report).not.toMatch(/\u001B\]|\u0007/);
		expect(report).toContain('\\x1b]0;pwned\\x07');
	});
});

describe('doctor --fix', () => {
	it('shows the diff and writes nothing without --force when not in a terminal', async () => {
		const folder = await copyOf('visual-studio');
		const before = await readFile(path.join(folder, 'Dockerfile'), 'utf8');
		const result = await doctor(['--fix', '--plain', 'Dockerfile'], folder);
		expect(result.exitCode).toBe(2);
		expect(result.stdout).toContain('-USER app\n+USER $APP_UID\n');
		expect(result.stderr).toContain('pass --force');
		expect(await readFile(path.join(folder, 'Dockerfile'), 'utf8')).toBe(before);
	});

	it('writes with --force, then checks the file again: fewer findings', async () => {
		const folder = await copyOf('expose-80');
		const before = await doctor(['--json', 'Dockerfile'], folder);
		const result = await doctor(['--fix', '--force', '--json', 'Dockerfile'], folder);
		expect(result.stderr).toContain('fixed Dockerfile');
		expect(result.stderr).toContain('+ENV ASPNETCORE_URLS=http://+:8080');
		const count = (text: string) => (JSON.parse(text) as {findings: unknown[]}).findings.length;
		expect(count(result.stdout)).toBeLessThan(count(before.stdout));
		expect(result.exitCode).toBe(0);
		expect(await readFile(path.join(folder, 'Dockerfile'), 'utf8')).toContain('EXPOSE 8080\n');
	});
});

describe('doctor --help and the README', () => {
	it('documents every doctor flag with the text doctor --help prints', async () => {
		const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
		const help = (await runCli(['doctor', '--help', '--today', '2026-11-24'])).stdout;
		for (const [name, spec] of Object.entries(doctorFlags)) {
			const flag = `--${kebab(name)}${'value' in spec ? ` ${spec.value}` : ''}`;
			expect(help, name).toContain(`${flag}`);
			expect(readme, name).toContain(`| \`${flag}\` | ${spec.help} |`);
		}
	});
});
