import type {Edit, Rule, RuleHit} from '../finding.js';
import {environment, finalDotnet, inherited, runsAsRoot} from '../stage-facts.js';

const urlsOn80 = /^(https?:\/\/[^;]*?):80(?=$|[;/])/;

/** Port 80 needs root; the .NET 8+ images listen on 8080. */
export const port80: Rule = {
	code: 'DIW017',
	severity: 'error',
	title: 'Port 80 on a non-root image',
	fix: 'Listen and EXPOSE on 8080 (ASPNETCORE_HTTP_PORTS=8080, the images\' default from .NET 8).',
	check(input) {
		const final = finalDotnet(input.dockerfile);
		if (!final || final.image.repo === 'sdk') return [];
		const {stage, image} = final;
		const env = environment(stage);
		const urls = env.get('ASPNETCORE_URLS');
		const ports = env.get('ASPNETCORE_HTTP_PORTS');
		const listensOn80 = (urls && urls.value.split(';').some(url => urlsOn80.test(url))) || ports?.value.split(';').includes('80');
		const nonRoot = !runsAsRoot(stage);
		const modern = image.dotnet !== undefined && Number.parseFloat(image.dotnet) >= 8;
		const hits: RuleHit[] = [];
		const portEdits: Edit[] = [];
		if (urls && urls.value.split(';').some(url => urlsOn80.test(url))) portEdits.push({range: urls.range, text: urls.value.split(';').map(url => url.replace(urlsOn80, '$1:8080')).join(';')});
		if (ports?.value === '80') portEdits.push({range: ports.range, text: '8080'});
		const exposes = inherited(stage).filter(instruction => instruction.getKeyword() === 'EXPOSE').flatMap(instruction => instruction.getArguments()).filter(argument => /^80(?:\/tcp)?$/.test(argument.getValue()));
		const exposeEdits: Edit[] = exposes.map(argument => ({range: argument.getRange(), text: argument.getValue().replace(/^80/, '8080')}));
		if (listensOn80 && nonRoot) {
			hits.push({range: (urls ?? ports)!.instruction.getRange(), message: 'the app is told to listen on port 80, but it does not run as root: binding a port below 1024 fails with "permission denied" at start-up.', edits: [...portEdits, ...exposeEdits]});
		} else if (!listensOn80 && exposes.length > 0 && modern && image.repo === 'aspnet') {
			hits.push({range: exposes[0]!.getRange(), message: `EXPOSE 80, but the .NET ${image.dotnet} aspnet image listens on 8080 (ASPNETCORE_HTTP_PORTS): a published port 80 reaches nothing.`, edits: exposeEdits});
		} else if (listensOn80 && !nonRoot && modern) {
			hits.push({range: (urls ?? ports)!.instruction.getRange(), severity: 'warning', message: 'the app listens on port 80, which only works as root: moving to a non-root user (USER $APP_UID) will break it.', edits: [...portEdits, ...exposeEdits]});
		}
		return hits;
	},
};
