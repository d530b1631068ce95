// The terminal UI's libraries as one ES module of the published build (dist/ui-libraries.mjs), for
// the launcher to hand to the program (see scripts/build.mjs).
import * as ink from 'ink';
import * as inkSelectInput from 'ink-select-input';
import * as inkSpinner from 'ink-spinner';
import * as react from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import * as scheduler from 'scheduler';

export const libraries: Record<string, unknown> = {
	ink,
	'ink-select-input': inkSelectInput,
	'ink-spinner': inkSpinner,
	react,
	'react/jsx-runtime': jsxRuntime,
	scheduler,
};
