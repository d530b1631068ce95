import process from 'node:process';

// NO_COLOR (https://no-color.org) asks for a screen with no colour codes; the session then draws
// with none at all, bold and dim too, and structure comes from marks (❯, [x], !). Ink's chalk reads
// FORCE_COLOR once, as it loads, so this runs before Ink is imported.
if (process.env.NO_COLOR && !('FORCE_COLOR' in process.env)) process.env.FORCE_COLOR = '0';
