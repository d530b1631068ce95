// The wizard's doctor offer, line by line: a project that already has a Dockerfile is first
// offered a check of it (findings, fixes, the diff, applied on request) or a new one.
import {applyDockerfileFixes, checkExistingDockerfile} from '../../session/dockerfile-check.js';
import type {Session} from '../../session/session.js';
import {pick, type Ask, type Say} from './plain-lines.js';

/** 'generate' goes on to the questions; a number ends the session with that exit code. */
export async function offerDoctor(session: Session, say: Say, ask: Ask): Promise<'generate' | number> {
	const check = await checkExistingDockerfile(session);
	if (!check) return 'generate';
	say();
	say(`This project already has a Dockerfile: ${check.file}`);
	say('  1. Check the existing Dockerfile: findings in .NET terms, each with its fix; the safe fixes can be applied');
	say('  2. Generate a new one: answer the questions and get a new Dockerfile (the existing one is kept unless you overwrite it)');
	if ((await pick(ask, say, 'Answer 1-2 [1]:', 2, 1)) === 2) return 'generate';
	say();
	say(`${check.file}: ${check.findings.length === 0 ? 'no findings' : `${check.findings.length} finding${check.findings.length === 1 ? '' : 's'}`}`);
	for (const finding of check.findings) {
		say(`  ${finding.severity} ${finding.code} line ${finding.line}: ${finding.message}`);
		say(`    fix: ${finding.fix}`);
	}
	const fixable = check.diff !== '';
	if (fixable) {
		say('What the safe fixes change:');
		say(check.diff.trimEnd());
	}
	const choices = [
		...(fixable ? [{value: 'apply', text: `Apply these fixes: rewrite ${check.file} as shown (comments and order kept)`}] : []),
		{value: 'generate', text: 'Generate a new one instead: go on to the questions'},
		{value: 'done', text: 'Done: leave the Dockerfile as it is'},
	];
	choices.forEach((choice, index) => say(`  ${index + 1}. ${choice.text}`));
	const chosen = choices[(await pick(ask, say, `Answer 1-${choices.length} [1]:`, choices.length, 1)) - 1]!.value;
	if (chosen === 'generate') return 'generate';
	if (chosen === 'apply') {
		await applyDockerfileFixes(check);
		say(`fixed ${check.file}`);
	}
	return 0;
}
