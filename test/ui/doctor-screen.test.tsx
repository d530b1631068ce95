// The wizard's offer when the project already has a Dockerfile: check it (findings, fixes, the
// diff, applied) or generate a new one.
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {unifiedDiff} from '../../source/doctor/report/diff.js';
import {fixedText} from '../../source/doctor/report/fix.js';
import {DoctorScreen, type DoctorChoice} from '../../source/ui/components/DoctorScreen.js';
import {check} from '../doctor/check.js';
import {keys, press, settle, track} from './keys.js';

const text = 'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /app .\nUSER app\nENTRYPOINT ["dotnet", "App.dll"]\n';

function screen() {
	const findings = check(text);
	const diff = unifiedDiff(text, fixedText(text, findings, 'Dockerfile'), 'Dockerfile');
	const chosen: DoctorChoice[] = [];
	const app = render(<DoctorScreen file="Dockerfile" findings={findings} diff={diff} onChoose={choice => chosen.push(choice)} />);
	track(app.frames);
	return {app, chosen};
}

describe('the Dockerfile check in the wizard', () => {
	it('offers "check the existing Dockerfile" beside "generate a new one"', async () => {
		const {app, chosen} = screen();
		await settle(150);
		expect(app.lastFrame()).toContain('This project already has a Dockerfile: Dockerfile');
		expect(app.lastFrame()).toContain('Check the existing Dockerfile');
		expect(app.lastFrame()).toContain('Generate a new one');
		await press(app.stdin, keys.down, keys.enter);
		expect(chosen).toEqual(['generate']);
		app.unmount();
	});

	it('lists the findings with their fixes and the diff, and applies it', async () => {
		const {app, chosen} = screen();
		await settle(150);
		await press(app.stdin, keys.enter);
		const frame = app.lastFrame() ?? '';
		expect(frame).toContain('DIW016 line 5');
		expect(frame).toContain('fix: Use USER $APP_UID');
		expect(frame).toContain('-USER app');
		expect(frame).toContain('+USER $APP_UID');
		await press(app.stdin, keys.enter);
		expect(chosen).toEqual(['apply']);
		app.unmount();
	});
});
