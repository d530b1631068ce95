import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {parseBuilderInspect} from '../../source/runner/build-machine.js';
import {planPlatforms} from '../../source/runner/platform-plan.js';
import {BuildScreen, type BuildView} from '../../source/ui/components/BuildScreen.js';
import {recommendationFor} from '../answers.js';

const builder = parseBuilderInspect(['Name: pair', 'Driver: remote', '', 'Nodes:', 'Name: arm0', 'Platforms: linux/arm64*'].join('\n'));

describe('the build screen', () => {
	it('shows how each platform builds once preflight has read the builder', () => {
		const platformPlan = planPlatforms(recommendationFor({}), builder, 'docker');
		const view: BuildView = {command: 'docker buildx build --builder pair .', phase: 'running', lines: ['#1 [internal] load build definition'], elapsedMs: 1000, notes: [], summary: [], written: [], platformPlan};
		const {lastFrame, unmount} = render(<BuildScreen view={view} rows={30} width={120} onAction={() => {}} />);
		const frame = lastFrame() ?? '';
		unmount();
		expect(frame).toContain('Build plan (docker buildx on the buildx builder "pair" (remote driver)):');
		expect(frame).toMatch(/linux\/amd64 {2}cross-compiled on arm0 \(linux\/arm64\)/);
		expect(frame).toMatch(/linux\/arm64 {2}native on arm0/);
		expect(frame).toContain('#1 [internal] load build definition');
	});
});
