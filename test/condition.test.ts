import {describe, expect, it} from 'vitest';
import {ConditionTooDeep, conditionHolds, maxConditionDepth, publishGlobals} from '../source/project/condition.js';

const known = {...publishGlobals, TargetFramework: 'net10.0'};

describe('MSBuild conditions for a Release publish', () => {
	it.each([
		["'$(Configuration)' == 'Release'", true],
		["'$(Configuration)|$(Platform)'=='Release|AnyCPU'", true],
		[" '$(Configuration)' == 'Debug' ", false],
		["'$(configuration)' == 'RELEASE'", true],
		["'$(Configuration)' != 'Debug' and '$(TargetFramework)' == 'net10.0'", true],
		["'$(Configuration)' == 'Debug' OR ('$(Platform)' == 'AnyCPU' and '$(TargetFramework)' != 'net8.0')", true],
		["'$(TargetFramework)' == 'net8.0' or '$(Configuration)' == 'Debug'", false],
	])('%s is %s', (condition, expected) => {
		expect(conditionHolds(condition, known)).toBe(expected);
	});

	it.each([
		["Exists('Directory.Packages.props')"],
		["'$(RuntimeIdentifier)' == ''"],
		["$([MSBuild]::IsOSPlatform('Linux'))"],
		["'$(Configuration)' == 'Release' and"],
		["('$(Configuration)' == 'Release'"],
		["'$(TargetFramework)' >= 'net8.0'"],
	])('%s cannot be decided', condition => {
		expect(conditionHolds(condition, known)).toBeUndefined();
	});
});

describe('deeply nested conditions', () => {
	const nested = (depth: number) => `${'('.repeat(depth)}'$(Configuration)' == 'Release'${')'.repeat(depth)}`;

	it('decides parentheses nested as deep as the cap', () => {
		expect(conditionHolds(nested(maxConditionDepth), known)).toBe(true);
	});

	it.each([maxConditionDepth + 1, 100_000])('refuses %i nested parentheses with ConditionTooDeep, not a stack overflow', depth => {
		expect(() => conditionHolds(nested(depth), known)).toThrow(ConditionTooDeep);
	});
});
