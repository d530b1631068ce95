import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {expect, test, vi} from 'vitest';
import {CrashBoundary} from '../../source/ui/components/CrashBoundary.js';

function Broken(): never {
	throw new Error('cannot draw the summary');
}

test('a screen that throws ends the session with its error, not a stack trace on the screen', () => {
	const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
	const crashes: Error[] = [];
	const {lastFrame} = render(<CrashBoundary onCrash={error => crashes.push(error)}><Text>before</Text><Broken /></CrashBoundary>);
	consoleError.mockRestore();
	expect(crashes.map(error => error.message)).toEqual(['cannot draw the summary']);
	expect(lastFrame() ?? '').not.toMatch(/at Broken|ERROR|\.tsx:/);
});
