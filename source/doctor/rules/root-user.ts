import {dotnetVersions} from '../../catalog/catalog.js';
import type {Rule} from '../finding.js';
import {finalDotnet, inherited, runsAsRoot, userOf} from '../stage-facts.js';

/** The images from .NET 8 define APP_UID (the non-root "app" user). */
export const hasAppUid = (dotnet: string | undefined) => dotnet !== undefined && Number.parseFloat(dotnet) >= 8 && dotnetVersions().includes(dotnet);

/** The app runs as root. */
export const rootUser: Rule = {
	code: 'DIW015',
	severity: 'warning',
	title: 'Runs as root',
	fix: 'Add USER $APP_UID before ENTRYPOINT (the non-root user of the .NET 8+ images).',
	check(input) {
		const final = finalDotnet(input.dockerfile);
		if (!final || final.image.repo === 'sdk' || !runsAsRoot(final.stage)) return [];
		const user = userOf(final.stage);
		const start = inherited(final.stage).find(instruction => instruction.getKeyword() === 'ENTRYPOINT' || instruction.getKeyword() === 'CMD');
		const canFix = hasAppUid(final.image.dotnet) && start !== undefined && final.stage.instructions.includes(start);
		const edits = !canFix ? [] : user ? [{range: user.instruction.getRange(), text: 'USER $APP_UID'}] : [{range: {start: start.getRange().start, end: start.getRange().start}, text: 'USER $APP_UID\n'}];
		return [{range: (user?.instruction ?? final.stage.from).getRange(), message: `the app runs as root${user ? ` (USER ${user.value})` : ''}: a flaw in it owns the whole container, and Kubernetes runAsNonRoot refuses it.`, ...(hasAppUid(final.image.dotnet) ? {} : {fix: 'Create a user with a fixed numeric UID and switch to it with USER <uid>.'}), edits}];
	},
};
