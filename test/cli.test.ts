import {describe, expect, it} from 'vitest';
import {flags} from '../source/cli/flags.js';
import path from 'node:path';
import {fixture, root, runCli} from './cli-run.js';

const fullAnswers = ['--dotnet', '10.0', '--app', 'web', '--deploy', 'aot', '--shell', 'no', '--globalization', 'invariant', '--os', 'ubuntu', '--arch', 'amd64,arm64'];

describe('non-interactive command line', () => {
	it('prints the recommended tags for flags alone', async () => {
		const {exitCode, stdout} = await runCli(fullAnswers);
		expect(exitCode).toBe(0);
		expect(stdout).toContain('build    mcr.microsoft.com/dotnet/sdk:10.0-noble-aot');
		expect(stdout).toContain('runtime  mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled');
	});

	it('prints machine-readable JSON with --json', async () => {
		const {exitCode, stdout} = await runCli([...fullAnswers, '--json']);
		expect(exitCode).toBe(0);
		const document = JSON.parse(stdout);
		expect(document.runtime).toMatchObject({reference: 'mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled', repository: 'dotnet/runtime-deps', tag: '10.0-noble-chiseled'});
		expect(document.build.tag).toBe('10.0-noble-aot');
		expect(document.answers.arch).toEqual(['amd64', 'arm64']);
		expect(document.runtimeIdentifiers).toEqual(['linux-x64', 'linux-arm64']);
		expect(document.provenance.deploy).toEqual({source: 'flag'});
		expect(document.tradeoffs).toMatchObject({shell: false, nonRootByDefault: true});
		expect(Array.isArray(document.alternatives)).toBe(true);
	});

	it('fills the rest with defaults under --yes and says where each answer came from', async () => {
		const {exitCode, stdout} = await runCli(['--yes', '--os', 'alpine', '--explain']);
		expect(exitCode).toBe(0);
		expect(stdout).toContain('runtime  mcr.microsoft.com/dotnet/aspnet:10.0-alpine');
		expect(stdout).toMatch(/os\s+alpine\s+flag/);
		expect(stdout).toMatch(/deploy\s+framework\s+default/);
		expect(stdout).toContain('Why the runtime image');
	});

	it('accepts the spellings people use', async () => {
		const {stdout} = await runCli(['--yes', '--json', '--dotnet', 'net9.0', '--app', 'worker', '--deploy', 'native-aot', '--arch', 'x64,aarch64', '--os', 'alpine']);
		expect(JSON.parse(stdout).answers).toMatchObject({dotnet: '9.0', app: 'console', deploy: 'aot', arch: ['amd64', 'arm64']});
	});

	it('warns about a version past its end of support', async () => {
		const {stdout} = await runCli(['--yes', '--dotnet', '8.0', '--os', 'debian']);
		expect(stdout).toContain('warning: .NET 8.0 (LTS) reached end of support on 2026-11-10');
	});

	it.each([
		['an unknown flag', ['--yes', '--distro', 'ubuntu'], /^dotnet-image-wizard: unknown flag --distro/],
		['an invalid value', ['--yes', '--os', 'windows'], /^dotnet-image-wizard: --os: "windows" is not a valid distribution \(accepted: ubuntu, debian, alpine, azurelinux\)\.$/],
		['an unknown architecture', ['--yes', '--arch', 'amd64,riscv'], /unknown architecture "riscv"/],
		['an impossible combination', ['--yes', '--dotnet', '10.0', '--os', 'debian'], /There are no Debian images for \.NET 10\.0.*--os ubuntu/],
		['a bad date', ['--yes', '--today', 'tomorrow'], /--today: "tomorrow" is not a date/],
		['a flag given twice', ['--yes', '--os', 'alpine', '--os', 'ubuntu'], /The flag --os can only be set once\. See --help\.$/],
		['a stray argument', ['Dockerfile'], /unexpected argument "Dockerfile"/],
		['a flag without its value', ['--yes', '--os'], /^dotnet-image-wizard: --os needs a value: --os DISTRO\. See --help\.$/],
		['a flag whose value looks like a flag', ['--project', '--yes'], /--project needs a value: --project PATH \(for a value that starts with a dash: --project=-value\)/],
		['a value for a switch', ['--yes=no'], /^dotnet-image-wizard: --yes takes no value\. See --help\.$/],
	])('exits 2 with one line for %s', async (_name, args, message) => {
		const {exitCode, stderr, stdout} = await runCli(args);
		expect(exitCode).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr.trim()).toMatch(message);
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	it('names the flags it needs instead of prompting when stdin is not a terminal', async () => {
		const {exitCode, stderr} = await runCli(['--dotnet', '10.0', '--app', 'web'], {cwd: fixture('empty')});
		expect(exitCode).toBe(2);
		expect(stderr).toContain('missing answers: --deploy, --startup, --shell, --globalization, --os, --arch');
		expect(stderr).toContain('--yes');
	});

	it('picks the one app of a layered solution and copies the projects it references before restore', async () => {
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--output', 'dockerfile'], {cwd: fixture('layered')});
		expect(exitCode).toBe(0);
		expect(stderr).toContain('note: Shop.sln lists several projects: using src/Shop.Api/Shop.Api.csproj, the only app (Shop.Domain.csproj is a library, Shop.Api.Tests.csproj is a test project');
		// The context is the folder that holds both projects (the solution is not read by restore), and the output says so.
		expect(stderr).toContain('note: build context: src, widened from src/Shop.Api to hold Shop.Domain/Shop.Domain.csproj.');
		expect(stdout).toContain('COPY Shop.Domain/Shop.Domain.csproj Shop.Domain/\nCOPY Shop.Api/Shop.Api.csproj Shop.Api/\nRUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet restore Shop.Api/Shop.Api.csproj');
	});

	it('takes what the project says before asking', async () => {
		const {exitCode, stderr} = await runCli(['--deploy', 'framework', '--startup', 'jit', '--shell', 'no', '--os', 'ubuntu', '--arch', 'amd64']);
		expect(stderr).toBe('');
		expect(exitCode).toBe(0);
	});

	it('does not ask for an answer that does not apply', async () => {
		const {exitCode, stderr} = await runCli(fullAnswers.filter(flag => flag !== '--startup'));
		expect(stderr).toBe('');
		expect(exitCode).toBe(0);
	});

	it('reads a newer releases index with --releases', async () => {
		const {stdout} = await runCli(['--yes', '--dotnet', '8.0', '--os', 'debian', '--releases', path.join(root, 'test/fixtures/releases-extended.json')]);
		expect(stdout).toContain('.NET 8.0 (LTS) is supported until 2027-11-10');
		const broken = await runCli(['--yes', '--releases', path.join(root, 'package.json')]);
		expect(broken.exitCode).toBe(2);
		expect(broken.stderr).toContain('not a .NET releases-index.json');
	});

	it('documents every flag in --help and prints --version', async () => {
		const help = await runCli(['--help']);
		expect(help.exitCode).toBe(0);
		for (const name of Object.keys(flags)) expect(help.stdout).toContain(`--${name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)}`);
		const version = await runCli(['--version']);
		expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});
});
