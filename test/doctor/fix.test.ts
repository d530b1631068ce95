// --fix: the safe edits keep the user's file (comments, order, spacing) and remove findings; the
// result is a Dockerfile dockerfile-utils parses without errors, checked again by doctor.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {validate} from 'dockerfile-utils';
import {describe, expect, it} from 'vitest';
import {parseDockerfile} from '../../source/dockerfile/dockerfile.js';
import {diagnose} from '../../source/doctor/doctor.js';
import {gatherInput} from '../../source/doctor/inputs.js';
import {unifiedDiff} from '../../source/doctor/report/diff.js';
import {applyEdits, fixedText} from '../../source/doctor/report/fix.js';
import {check, optionsFor, realistic, realisticCases} from './check.js';

const keywords = (text: string) => parseDockerfile(text).ast.getInstructions().map(instruction => instruction.getKeyword());
const comments = (text: string) => text.split('\n').filter(line => line.trimStart().startsWith('#'));

async function fixed(name: string) {
	const file = path.join(realistic, name, 'Dockerfile');
	const {input, text} = await gatherInput(file, optionsFor(name));
	const before = diagnose(input);
	const after = fixedText(text, before, input.file);
	const again = diagnose({...input, dockerfile: parseDockerfile(after)});
	return {text, before, after, again};
}

describe('--fix on the realistic Dockerfiles', () => {
	it.each(realisticCases)('%s: fewer findings, same instructions, comments kept, still a valid Dockerfile', async name => {
		const {text, before, after, again} = await fixed(name);
		const fixable = before.filter(finding => finding.edits.length > 0);
		if (fixable.length === 0) {
			expect(after).toBe(text);
			return;
		}
		expect(again.length).toBeLessThan(before.length);
		for (const finding of fixable) expect(again.some(other => other.code === finding.code && other.message === finding.message), `${finding.code} is fixed`).toBe(false);
		expect(validate(after).filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
		// The same instructions in the same order; only ARG TARGETARCH and USER may be added.
		const others = (text: string) => keywords(text).filter(keyword => keyword !== 'ARG' && keyword !== 'USER');
		expect(others(after)).toEqual(others(text));
		expect(keywords(after).length - keywords(text).length).toBeLessThanOrEqual(2);
		expect(comments(after)).toEqual(comments(text));
	});

	it('rewrites only what it says: USER app, port 80, tags, restore options', async () => {
		expect((await fixed('visual-studio')).after).toBe(readFileSync(path.join(realistic, 'visual-studio', 'Dockerfile'), 'utf8').replace('USER app\n', 'USER $APP_UID\n'));
		const ports = (await fixed('expose-80')).after;
		expect(ports).toContain('EXPOSE 8080\nENV ASPNETCORE_URLS=http://+:8080\n');
		expect(ports).toContain('# The load balancer talks to port 80\n');
		expect((await fixed('latest-tags')).after).toMatch(/^FROM mcr\.microsoft\.com\/dotnet\/sdk:10\.0 AS build\n[\s\S]*FROM mcr\.microsoft\.com\/dotnet\/runtime:10\.0\n/);
		expect((await fixed('frozen-patch')).after).toContain('FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build\n');
		expect((await fixed('frozen-patch')).after).toContain('FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble\n');
		expect((await fixed('restore-mismatch')).after).toContain('RUN dotnet restore -a $TARGETARCH\n');
		expect((await fixed('buildah-link')).after).not.toContain('--link');
	});

	it('turns an emulated multi-platform build into a cross build, across a line continuation', () => {
		const text = 'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY *.csproj .\nRUN dotnet restore \\\n    --locked-mode\nCOPY . .\nRUN dotnet publish --no-restore -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /app .\nUSER $APP_UID\nENTRYPOINT ["dotnet", "App.dll"]\n';
		const options = {architectures: ['amd64', 'arm64'] as const, architecturesFrom: 'flag' as const};
		const findings = check(text, {...options, architectures: [...options.architectures]});
		const after = applyEdits(text, findings.flatMap(finding => finding.edits));
		expect(after).toBe('FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nARG TARGETARCH\nWORKDIR /src\nCOPY *.csproj .\nRUN dotnet restore \\\n    --locked-mode -a $TARGETARCH\nCOPY . .\nRUN dotnet publish --no-restore -o /app -a $TARGETARCH\n\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /app .\nUSER $APP_UID\nENTRYPOINT ["dotnet", "App.dll"]\n');
		expect(check(after, {...options, architectures: [...options.architectures]})).toEqual([]);
	});

	it('adds USER $APP_UID before ENTRYPOINT when the app runs as root', () => {
		const text = 'FROM mcr.microsoft.com/dotnet/runtime:10.0\nWORKDIR /app\nCOPY out/ .\nENTRYPOINT ["dotnet", "Jobs.dll"]\n';
		expect(applyEdits(text, check(text).flatMap(finding => finding.edits))).toBe('FROM mcr.microsoft.com/dotnet/runtime:10.0\nWORKDIR /app\nCOPY out/ .\nUSER $APP_UID\nENTRYPOINT ["dotnet", "Jobs.dll"]\n');
	});
});

describe('the diff --fix shows', () => {
	it('is a unified diff with hunks that patch the file', () => {
		const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n';
		const after = 'a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nM\nn\n';
		expect(unifiedDiff(before, after, 'Dockerfile')).toBe('--- Dockerfile\n+++ Dockerfile\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -10,6 +10,6 @@\n j\n k\n l\n-m\n+M\n n\n \n');
		expect(unifiedDiff(before, before, 'Dockerfile')).toBe('');
	});
});
