import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {recommend} from '../../source/engine/recommend.js';
import {resolveAnswers} from '../../source/engine/resolve.js';
import {renderDockerfile} from '../../source/render/dockerfile.js';
import {buildableOutcome} from '../../source/session/multi-target.js';
import {openSession} from '../../source/session/session.js';
import {root} from '../cli-run.js';

const project = path.join(root, 'test', 'fixtures', 'projects', 'multi-target');

describe('a multi-targeted project (net8.0;net10.0)', () => {
	it.each(['8.0', '9.0'])('with .NET %s chosen, builds with the SDK of its newest target and publishes -f onto the chosen runtime image', async dotnet => {
		const session = await openSession({today: '2026-11-24', detect: 'xml', project, dotnet, app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: 'amd64'}, root);
		const {answers} = resolveAnswers(session.layers, session.today);
		const outcome = buildableOutcome(recommend(answers, session.today), session.project, session.today);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const {recommendation} = outcome;
		expect(recommendation.build.reference).toMatch(/\/sdk:10\.0-/);
		expect(recommendation.runtime.reference).toMatch(new RegExp(`/aspnet:${dotnet.replace('.', '\\.')}-`));
		expect(recommendation.build.reasons[0]).toContain('restore needs the .NET 10.0 SDK');
		const dockerfile = renderDockerfile(recommendation, session.project, session.imageName);
		expect(dockerfile).toMatch(/^FROM --platform=\$BUILDPLATFORM mcr\.microsoft\.com\/dotnet\/sdk:10\.0-\S+ AS build$/m);
		expect(dockerfile).toMatch(/dotnet publish .* -f net8\.0 /);
	});

	it('keeps the chosen SDK when it is the newest target', async () => {
		const session = await openSession({today: '2026-11-24', detect: 'xml', project}, root);
		const answers = {dotnet: '10.0', app: 'web', deploy: 'framework', startup: 'jit', shell: 'no', globalization: 'invariant', os: 'ubuntu', arch: ['amd64']} as const;
		const before = recommend(answers as never, '2026-11-24');
		expect(buildableOutcome(before, session.project, '2026-11-24')).toBe(before);
	});
});
