import {describe, expect, it} from 'vitest';
import {inSessionWords, warningsToShow} from '../../source/session/answer-words.js';

describe('messages in the words of the guided session', () => {
	it('name the answer a flag gives, never the flag', () => {
		expect(inSessionWords('Choose --globalization icu if the app shows dates. Use --dotnet 10.0, or --deploy aot.')).toBe('Choose "ICU and time zones" if the app shows dates. Use ".NET 10.0", or "Native AOT".');
	});

	it('leave a flag alone when its value is not an answer, and commands as they are', () => {
		expect(inSessionWords('Run `dotnet-image-wizard --refresh` for current tags; --os bogus.')).toBe('Run `dotnet-image-wizard --refresh` for current tags; --os bogus.');
	});

	it('drop the globalization caution when the project set InvariantGlobalization itself', () => {
		const warnings = [{code: 'globalization' as const, message: 'Invariant globalization … Choose --globalization icu if …'}];
		expect(warningsToShow(warnings, {globalization: {source: 'detected', note: 'InvariantGlobalization true'}})).toEqual([]);
		expect(warningsToShow(warnings, {globalization: {source: 'default'}})[0]!.message).toContain('"ICU and time zones"');
	});

	it('leave out the recommendation\'s target-framework line: the session says a version older than the target once, first, itself', () => {
		const warnings = [
			{code: 'target-framework' as const, message: 'WebApi.csproj targets net10.0, newer than .NET 9.0: the sdk:9.0 image cannot build it (NETSDK1045).'},
			{code: 'end-of-support' as const, message: '.NET 9.0 (STS) reached end of support'},
		];
		expect(warningsToShow(warnings, {}).map(warning => warning.code)).toEqual(['end-of-support']);
	});
});
