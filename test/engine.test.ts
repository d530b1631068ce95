import {describe, expect, it} from 'vitest';
import {recommendationFor, refusalFor} from './answers.js';

// Each row is a rule from the official guidance (shared notes: image-guidance.md).
describe('recommendation follows the official guidance', () => {
	it.each([
		['framework-dependent web app runs on aspnet', {}, 'aspnet:10.0-noble-chiseled', 'sdk:10.0-noble'],
		['framework-dependent worker runs on runtime', {app: 'console'}, 'runtime:10.0-noble-chiseled', 'sdk:10.0-noble'],
		['self-contained runs on runtime-deps', {deploy: 'self-contained'}, 'runtime-deps:10.0-noble-chiseled', 'sdk:10.0-noble'],
		['Native AOT builds on the -aot SDK and runs on runtime-deps', {deploy: 'aot'}, 'runtime-deps:10.0-noble-chiseled', 'sdk:10.0-noble-aot'],
		['a shell means the full Ubuntu image', {shell: 'yes'}, 'aspnet:10.0-noble', 'sdk:10.0-noble'],
		['no shell on Azure Linux means distroless', {os: 'azurelinux'}, 'aspnet:10.0-azurelinux3.0-distroless', 'sdk:10.0-azurelinux3.0'],
		['ICU without a shell means -extra', {globalization: 'icu'}, 'aspnet:10.0-noble-chiseled-extra', 'sdk:10.0-noble'],
		['ICU on a full image needs no -extra', {globalization: 'icu', shell: 'yes'}, 'aspnet:10.0-noble', 'sdk:10.0-noble'],
		['ICU on Alpine means -extra', {globalization: 'icu', os: 'alpine'}, 'aspnet:10.0-alpine-extra', 'sdk:10.0-alpine'],
		['composite is an aspnet variant', {startup: 'composite'}, 'aspnet:10.0-noble-chiseled-composite', 'sdk:10.0-noble'],
		['Debian is the default distro of .NET 8', {dotnet: '8.0', os: 'debian'}, 'aspnet:8.0-bookworm-slim', 'sdk:8.0-bookworm-slim'],
		['.NET 11 preview tags carry -preview', {dotnet: '11.0'}, 'aspnet:11.0-preview-resolute-chiseled', 'sdk:11.0-preview-resolute'],
		['arm32 on .NET 8 chiseled needs jammy, the release that has it', {dotnet: '8.0', arch: ['arm']}, 'aspnet:8.0-jammy-chiseled', 'sdk:8.0-jammy'],
	] as const)('%s', (_name, overrides, runtime, build) => {
		const recommendation = recommendationFor(overrides as never);
		expect(recommendation.runtime.reference).toBe(`mcr.microsoft.com/dotnet/${runtime}`);
		expect(recommendation.build.reference).toBe(`mcr.microsoft.com/dotnet/${build}`);
	});

	it('uses musl runtime identifiers on Alpine only', () => {
		expect(recommendationFor({os: 'alpine', arch: ['amd64', 'arm64', 'arm']}).runtimeIdentifiers).toEqual(['linux-musl-x64', 'linux-musl-arm64', 'linux-musl-arm']);
		expect(recommendationFor({}).runtimeIdentifiers).toEqual(['linux-x64', 'linux-arm64']);
	});

	it('cross-compiles without emulation, except Native AOT where it cannot', () => {
		expect(recommendationFor({}).buildMode).toBe('cross');
		expect(recommendationFor({deploy: 'aot'}).buildMode).toBe('cross-aot');
		const alpineAot = recommendationFor({deploy: 'aot', os: 'alpine'});
		expect(alpineAot.buildMode).toBe('emulated');
		expect(alpineAot.warnings.map(warning => warning.code)).toContain('emulation');
	});

	it('installs the AOT toolchain on SDKs that predate the -aot images', () => {
		const recommendation = recommendationFor({dotnet: '9.0', deploy: 'aot', os: 'debian', shell: 'yes'});
		expect(recommendation.build.image.tag).toBe('9.0-bookworm-slim');
		expect(recommendation.aotToolchain).toEqual(['clang', 'zlib1g-dev']);
	});

	it('reports trade-offs a person compares', () => {
		const chiseled = recommendationFor({});
		const full = recommendationFor({shell: 'yes'});
		const aot = recommendationFor({deploy: 'aot'});
		expect(chiseled.tradeoffs).toMatchObject({shell: false, packageManager: null, nonRootByDefault: true, attackSurface: 'smallest'});
		expect(full.tradeoffs).toMatchObject({shell: true, packageManager: 'apt', nonRootByDefault: false});
		expect(aot.tradeoffs.sizeMb).toBeLessThan(chiseled.tradeoffs.sizeMb);
		expect(chiseled.tradeoffs.sizeMb).toBeLessThan(full.tradeoffs.sizeMb);
		expect(aot.tradeoffs.startup).toMatch(/fastest/);
	});

	it('explains each choice with reasons', () => {
		const recommendation = recommendationFor({globalization: 'icu'});
		expect(recommendation.runtime.reasons.join('\n')).toMatch(/aspnet: .*ASP\.NET Core/);
		expect(recommendation.runtime.reasons.join('\n')).toMatch(/chiseled: no shell/);
		expect(recommendation.runtime.reasons.join('\n')).toMatch(/-extra: culture data/);
		expect(recommendation.build.reasons.join('\n')).toMatch(/-a \$TARGETARCH/);
	});

	it('offers existing alternatives ranked by size', () => {
		const {alternatives, runtime} = recommendationFor({});
		expect(alternatives.length).toBeGreaterThan(1);
		expect(alternatives.map(alternative => alternative.runtime)).not.toContain(runtime.reference);
		expect(alternatives.map(alternative => alternative.sizeMb)).toEqual([...alternatives.map(alternative => alternative.sizeMb)].sort((a, b) => a - b));
		expect(alternatives[0]).toMatchObject({runtime: 'mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled', change: {deploy: 'aot'}});
	});

	it('warns about versions past end of support, and previews', () => {
		expect(recommendationFor({dotnet: '8.0'}).warnings.map(warning => warning.code)).toContain('end-of-support');
		expect(recommendationFor({dotnet: '8.0'}, '2026-06-01').warnings.map(warning => warning.code)).not.toContain('end-of-support');
		expect(recommendationFor({dotnet: '11.0'}).warnings.map(warning => warning.code)).toContain('preview');
	});

	it('warns when no shell was asked for but the distro always has one', () => {
		expect(recommendationFor({os: 'alpine'}).warnings.find(warning => warning.code === 'shell')?.message).toMatch(/BusyBox/);
		expect(recommendationFor({}).warnings.find(warning => warning.code === 'shell')).toBeUndefined();
	});
});

describe('impossible combinations are refused with what would work', () => {
	it.each([
		['Debian on .NET 10', {os: 'debian'}, /no Debian images for \.NET 10\.0/, /--os ubuntu/],
		['distroless on arm32', {os: 'azurelinux', arch: ['arm']}, /no linux\/arm\/v7 image/, /--os ubuntu or --os alpine/],
		['Native AOT on arm32', {deploy: 'aot', arch: ['arm']}, /cannot target linux\/arm\/v7/, /--deploy self-contained/],
		['composite for a worker', {app: 'console', startup: 'composite'}, /only for framework-dependent ASP\.NET Core/, /--startup readytorun/],
		['ReadyToRun with Native AOT', {deploy: 'aot', startup: 'readytorun'}, /already compiled ahead of time/, /Drop --startup/],
		['composite on full Ubuntu', {shell: 'yes', startup: 'composite'}, /no composite aspnet image .* Ubuntu \(full, with a shell\)/, /10\.0-noble-chiseled-composite/],
		['AOT on Azure Linux before .NET 10', {dotnet: '9.0', deploy: 'aot', os: 'azurelinux'}, /sdk -aot images/, /--dotnet 10\.0/],
		['no architecture', {arch: []}, /No target architecture/, /--arch/],
	] as const)('%s', (_name, overrides, message, suggestion) => {
		const refusal = refusalFor(overrides as never);
		expect(refusal.message).toMatch(message);
		expect(refusal.suggestion).toMatch(suggestion);
	});
});
