// Every rule: a Dockerfile that triggers it and one that does not (the same file with the problem fixed).
import {describe, expect, it} from 'vitest';
import {rules} from '../../source/doctor/rules/rules.js';
import {check, codes, type CheckOptions} from './check.js';

type Case = {code: string; triggers: string; clean: string; options?: CheckOptions; cleanOptions?: CheckOptions; line?: number};

const multi: CheckOptions = {architectures: ['amd64', 'arm64'], architecturesFrom: 'flag'};
const web10: CheckOptions = {project: {dotnet: '10.0', app: 'web', deploy: 'framework', globalization: 'invariant'}};
const good = (runtime = 'mcr.microsoft.com/dotnet/aspnet:10.0', extra = '') => `FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY *.csproj .
RUN dotnet restore -a $TARGETARCH
COPY . .
RUN dotnet publish -a $TARGETARCH --no-restore -o /app

FROM ${runtime}
WORKDIR /app
COPY --from=build /app .
${extra}USER $APP_UID
ENTRYPOINT ["dotnet", "App.dll"]
`;

const pin = `sha256:${'ab'.repeat(32)}`;

const cases: Case[] = [
	{code: 'DIW001', line: 9, triggers: good('mcr.microsoft.com/dotnet/aspnet:10.0-nobel-chiseled'), clean: good('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled')},
	{code: 'DIW002', line: 1, triggers: 'FROM microsoft/dotnet:2.1-aspnetcore-runtime\nCOPY out /app\nENTRYPOINT ["dotnet", "/app/App.dll"]\n', clean: good()},
	{code: 'DIW003', line: 9, triggers: good('mcr.microsoft.com/dotnet/aspnet:8.0'), clean: good()},
	{code: 'DIW004', line: 9, triggers: good('mcr.microsoft.com/dotnet/aspnet:11.0-preview'), clean: good()},
	{code: 'DIW005', line: 9, triggers: good('mcr.microsoft.com/dotnet/aspnet:10.0.3'), clean: good()},
	{code: 'DIW005', line: 9, triggers: good('mcr.microsoft.com/dotnet/aspnet'), clean: good()},
	{code: 'DIW006', line: 9, triggers: good('mcr.microsoft.com/dotnet/aspnet:9.0'), clean: good(), options: web10, cleanOptions: web10},
	{code: 'DIW007', line: 9, triggers: good('mcr.microsoft.com/dotnet/sdk:10.0'), clean: good()},
	{code: 'DIW008', line: 1, triggers: good().replace('--platform=$BUILDPLATFORM ', ''), clean: good(), options: multi, cleanOptions: multi},
	{code: 'DIW009', line: 1, triggers: 'FROM mcr.microsoft.com/dotnet/sdk:10.0-alpine-aot AS build\nCOPY . .\nRUN dotnet publish -o /app\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine\nCOPY --from=build /app .\nUSER $APP_UID\nENTRYPOINT ["./App"]\n', clean: 'FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build\nARG TARGETARCH\nCOPY . .\nRUN dotnet publish -a $TARGETARCH -o /app\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled\nCOPY --from=build /app .\nENTRYPOINT ["./App"]\n', options: multi},
	{code: 'DIW010', line: 5, triggers: good().replaceAll(' -a $TARGETARCH', ''), clean: good()},
	{code: 'DIW010', line: 1, triggers: good().replace('ARG TARGETARCH\n', ''), clean: good()},
	{code: 'DIW011', line: 12, triggers: good('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled', 'RUN apt-get update && apt-get install -y curl\n'), clean: good('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled')},
	{code: 'DIW011', line: 13, triggers: good('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled').replace('ENTRYPOINT ["dotnet", "App.dll"]', 'ENTRYPOINT dotnet App.dll'), clean: good('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled')},
	{code: 'DIW012', line: 9, triggers: good('mcr.microsoft.com/dotnet/runtime:10.0'), clean: good(), options: web10, cleanOptions: web10},
	{code: 'DIW012', line: 13, triggers: good('mcr.microsoft.com/dotnet/runtime-deps:10.0'), clean: good()},
	{code: 'DIW013', line: 9, triggers: good('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled'), clean: good('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra'), options: {project: {dotnet: '10.0', app: 'web', deploy: 'framework', globalization: 'icu'}}, cleanOptions: {project: {dotnet: '10.0', app: 'web', deploy: 'framework', globalization: 'icu'}}},
	{code: 'DIW014', line: 7, triggers: good('mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine').replace('dotnet publish -a $TARGETARCH --no-restore -o /app', 'dotnet publish -r linux-x64 --self-contained -o /app').replace('["dotnet", "App.dll"]', '["./App"]'), clean: good('mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine').replace('dotnet publish -a $TARGETARCH --no-restore -o /app', 'dotnet publish -r linux-musl-x64 --self-contained -o /app').replace('["dotnet", "App.dll"]', '["./App"]')},
	{code: 'DIW015', line: 9, triggers: good().replace('USER $APP_UID\n', ''), clean: good()},
	{code: 'DIW016', line: 12, triggers: good().replace('USER $APP_UID', 'USER app'), clean: good()},
	{code: 'DIW017', line: 12, triggers: good('mcr.microsoft.com/dotnet/aspnet:10.0', 'ENV ASPNETCORE_URLS=http://+:80\n'), clean: good('mcr.microsoft.com/dotnet/aspnet:10.0', 'ENV ASPNETCORE_URLS=http://+:8080\n')},
	{code: 'DIW017', line: 12, triggers: good('mcr.microsoft.com/dotnet/aspnet:10.0', 'EXPOSE 80\n'), clean: good('mcr.microsoft.com/dotnet/aspnet:10.0', 'EXPOSE 8080\n')},
	{code: 'DIW018', line: 4, triggers: good().replace('COPY *.csproj .', 'COPY . .'), clean: good()},
	{code: 'DIW019', line: 7, triggers: good().replace('RUN dotnet restore -a $TARGETARCH', 'RUN dotnet restore'), clean: good()},
	{code: 'DIW019', line: 6, triggers: 'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nCOPY . .\nRUN dotnet build -c Debug\nFROM build AS publish\nWORKDIR /src\nRUN dotnet publish --no-build -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=publish /app .\nUSER $APP_UID\nENTRYPOINT ["dotnet", "App.dll"]\n', clean: 'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nCOPY . .\nRUN dotnet build -c Release\nFROM build AS publish\nWORKDIR /src\nRUN dotnet publish --no-build -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=publish /app .\nUSER $APP_UID\nENTRYPOINT ["dotnet", "App.dll"]\n'},
	{code: 'DIW020', line: 11, triggers: good().replace('COPY --from=build', 'COPY --link --from=build'), clean: good().replace('COPY --from=build', 'COPY --link --from=build'), options: {engine: {name: 'buildah', version: '1.28.2', copyLink: false}}, cleanOptions: {engine: {name: 'buildah', version: '1.41.0', copyLink: true}}},
	{code: 'DIW021', line: 6, triggers: good(), clean: good(), options: {secrets: [{path: '.env', why: 'environment secrets'}], dockerignore: {file: '.dockerignore', patterns: ['**/bin/', '**/obj/']}}, cleanOptions: {secrets: [{path: '.env', why: 'environment secrets'}], dockerignore: {file: '.dockerignore', patterns: ['**/bin/', '**/obj/', '**/.env']}}},
	{code: 'DIW022', line: 1, triggers: good(), clean: good(), options: {dockerignore: {missing: true, file: '.dockerignore'}}, cleanOptions: {dockerignore: {file: '.dockerignore', patterns: ['**/bin/', '**/obj/']}}},
	{code: 'DIW022', line: 1, triggers: good(), clean: good(), options: {dockerignore: {file: '.dockerignore', patterns: ['*.md', 'bin/']}}, cleanOptions: {dockerignore: {file: '.dockerignore', patterns: ['# build output', 'bin', 'obj', '*.md']}}},
	// A pinned tag gone from the catalog (10.0's preview tags went at GA): the pin, not DIW001.
	{code: 'DIW024', line: 9, triggers: good(`mcr.microsoft.com/dotnet/aspnet:10.0-preview-noble-chiseled@${pin}`), clean: good(`mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled@${pin}`)},
	{code: 'DIW023', line: 9, triggers: good('mcr.microsoft.com/dotnet/aspnet:10.0-noble'), clean: good('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled').replace('USER $APP_UID\n', ''), options: {project: {dotnet: '10.0', app: 'web', deploy: 'aot', globalization: 'invariant'}}, cleanOptions: web10},
];

describe('every rule', () => {
	it.each(cases)('$code triggers on its bad Dockerfile, at its line, and not on the good one', testCase => {
		const found = check(testCase.triggers, testCase.options);
		const hit = found.find(finding => finding.code === testCase.code);
		expect(hit, JSON.stringify(found.map(finding => [finding.code, finding.line, finding.message]), null, 1)).toBeDefined();
		if (testCase.line) expect(hit!.line).toBe(testCase.line);
		expect(hit!.message.length).toBeGreaterThan(20);
		expect(hit!.fix.length).toBeGreaterThan(10);
		expect(codes(testCase.clean, testCase.cleanOptions ?? testCase.options)).not.toContain(testCase.code);
	});

	it('has a case for each rule in the list, and unique codes', () => {
		expect(new Set(rules.map(rule => rule.code)).size).toBe(rules.length);
		for (const rule of rules) expect(cases.map(testCase => testCase.code), rule.code).toContain(rule.code);
	});

	it('says when a tag was mistyped which one was meant, and the support end date', () => {
		const [unknown] = check(good('mcr.microsoft.com/dotnet/aspnet:10.0-nobel-chiseled')).filter(finding => finding.code === 'DIW001');
		expect(unknown!.message).toContain('nearest is 10.0-noble-chiseled');
		const [ended] = check(good('mcr.microsoft.com/dotnet/aspnet:8.0')).filter(finding => finding.code === 'DIW003');
		expect(ended!.message).toContain('2026-11-10');
	});

	it('reports a pinned tag that vanished once, naming the nearest current tag, with no edit that would keep the old digest', () => {
		const found = check(good(`mcr.microsoft.com/dotnet/aspnet:10.0-preview-noble-chiseled@${pin}`)).filter(finding => ['DIW001', 'DIW024'].includes(finding.code));
		expect(found.map(finding => finding.code)).toEqual(['DIW024']);
		expect(found[0]!.message).toBe('mcr.microsoft.com/dotnet/aspnet:10.0-preview-noble-chiseled is pinned by digest, but mcr.microsoft.com/dotnet/aspnet no longer publishes the tag 10.0-preview-noble-chiseled: the digest pulls an image that gets no more patches, and update bots cannot move it; the nearest current tag is 10.0-noble-chiseled.');
		expect(found[0]!.fix).toContain('aspnet:10.0-noble-chiseled@sha256:');
		expect(found[0]!.edits).toEqual([]);
	});

	it('leaves Dockerfiles of other images alone', () => {
		expect(check('FROM scratch\nCOPY app /\n', {dockerignore: {missing: true, file: '.dockerignore'}})).toEqual([]);
	});

	it('reads ARG defaults in FROM, escapes and continuations through the parser', () => {
		const text = 'ARG DOTNET=8.0\nFROM mcr.microsoft.com/dotnet/sdk:${DOTNET} AS build\nRUN dotnet restore \\\n    -a $TARGETARCH\nFROM mcr.microsoft.com/dotnet/aspnet:$DOTNET\nUSER $APP_UID\nENTRYPOINT ["dotnet", "App.dll"]\n';
		const found = check(text);
		expect(found.filter(finding => finding.code === 'DIW003').map(finding => finding.line)).toEqual([2, 5]);
		// An ARG default is not rewritten in place: the tag is a variable.
		expect(found.filter(finding => finding.code === 'DIW003').flatMap(finding => finding.edits)).toEqual([]);
		const escaped = '# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet restore `\n    -r linux-x64\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine\nUSER $APP_UID\nENTRYPOINT ["./App"]\n';
		expect(check(escaped).find(finding => finding.code === 'DIW014')?.line).toBe(3);
	});
});
