import type {Terminal} from './main.js';

/**
 * `terminal` writing through other functions. Its other fields are read through it, never
 * copied: whether stdin and stdout are terminals is asked only if a run needs to know (Node makes
 * those streams on first use).
 */
export function withWriters(terminal: Terminal, writers: Partial<Pick<Terminal, 'write' | 'error'>>): Terminal {
	return Object.assign(Object.create(terminal) as Terminal, writers);
}
