// The files before they are written, line by line: what the wizard's preview shows.
import type {FileChange} from '../../session/file-changes.js';
import type {Say} from './plain-lines.js';

/** Every planned file as it would be written: a new one whole, a changed one as its changes against the file there. */
export function showFiles(changes: FileChange[], say: Say): void {
	for (const change of changes) {
		say();
		if (change.status === 'new') {
			say(`--- ${change.file.name} (new)`);
			say(change.file.content.trimEnd());
		} else if (change.status === 'changed') {
			say(`--- ${change.file.name} (changes against the file there, +${change.added} −${change.removed})`);
			say(change.diff);
		} else {
			say(`--- ${change.file.name}: exists, unchanged`);
		}
	}
	say();
}
