import type {Rule} from '../finding.js';
import {finalDotnet, userOf} from '../stage-facts.js';
import {hasAppUid} from './root-user.js';

/** USER app (a name): Kubernetes runAsNonRoot cannot tell a name is not root. */
export const userByName: Rule = {
	code: 'DIW016',
	severity: 'warning',
	title: 'USER by name',
	fix: 'Name the user by its numeric UID: USER $APP_UID.',
	check(input) {
		const final = finalDotnet(input.dockerfile);
		const user = final ? userOf(final.stage) : undefined;
		if (!final || !user || /^\$|^\d/.test(user.value) || /^(?:root)(?::.*)?$/.test(user.value)) return [];
		const name = user.value.split(':')[0]!;
		const ours = name === 'app' && hasAppUid(final.image.dotnet);
		return [{
			range: user.instruction.getRange(),
			message: `USER ${user.value} names the user, not its UID: Kubernetes runAsNonRoot cannot verify a name and refuses to start the pod.`,
			fix: ours ? 'Use USER $APP_UID (the UID of the image\'s app user, 1654).' : `Use the numeric UID of ${name} (USER <uid>)${hasAppUid(final.image.dotnet) ? ', or the image\'s own non-root user: USER $APP_UID' : ''}.`,
			edits: ours ? [{range: user.instruction.getRange(), text: 'USER $APP_UID'}] : [],
		}];
	},
};
