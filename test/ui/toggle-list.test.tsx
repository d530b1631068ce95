// The files list at a small terminal: when every description does not fit, only the highlighted one's is shown.
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {ToggleList} from '../../source/ui/components/ToggleList.js';

const options = Array.from({length: 8}, (_, index) => ({value: `file${index}`, label: `File ${index}`, description: `what file ${index} is for`}));
const list = (rows?: number) => render(<ToggleList options={options} selected={['file0']} onChange={() => {}} onConfirm={() => {}} nothingChosen="Choose one." {...(rows === undefined ? {} : {rows})} />);

describe('a toggle list given the rows it may use', () => {
	it('shows every description when they fit', () => {
		const frame = list(20).lastFrame()!;
		for (const option of options) expect(frame).toContain(option.description);
	});

	it('shows only the highlighted option\'s description when they do not, so the list fits', () => {
		const frame = list(12).lastFrame()!;
		expect(frame).toContain('what file 0 is for');
		expect(frame).not.toContain('what file 1 is for');
		expect(frame.split('\n').length).toBeLessThanOrEqual(12);
	});
});
