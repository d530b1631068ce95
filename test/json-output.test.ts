import {readFileSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {Ajv2020} from 'ajv/dist/2020.js';
import {describe, expect, it} from 'vitest';
import {answerIds} from '../source/engine/answers.js';
import {recommend} from '../source/engine/recommend.js';
import type {Provenance} from '../source/engine/resolve.js';
import {recommendationJson} from '../source/render/json.js';
import {allAnswers, today} from './answers.js';
import {root, runCli} from './cli-run.js';

const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'recommendation.schema.json'), 'utf8'));
const validate = new Ajv2020({strict: true, allErrors: true}).compile(schema);
const problems = () => JSON.stringify(validate.errors?.slice(0, 3), null, 1);

describe('the published --json schema', () => {
	it('describes the recommendation for every combination the engine allows', () => {
		const provenance = Object.fromEntries(answerIds.map(id => [id, {source: 'flag'}])) as Provenance;
		let checked = 0;
		for (const answers of allAnswers()) {
			const outcome = recommend(answers, today);
			if (!outcome.ok) continue;
			const document = JSON.parse(JSON.stringify(recommendationJson(outcome.recommendation, provenance)));
			expect(validate(document), `${JSON.stringify(answers)}: ${problems()}`).toBe(true);
			checked++;
		}
		expect(checked).toBeGreaterThan(1000);
	});

	it('describes what the CLI prints with --output and with --write', async () => {
		const printed = await runCli(['--yes', '--json', '--output', 'all']);
		const withFiles = JSON.parse(printed.stdout);
		expect(Object.keys(withFiles.files)).toEqual(['Dockerfile', '.dockerignore', 'zerops.yml', 'container.props', 'compose.yaml']);
		expect(validate(withFiles), problems()).toBe(true);

		const directory = await mkdtemp(path.join(os.tmpdir(), 'diw-json-'));
		const written = JSON.parse((await runCli(['--yes', '--json', '--write', directory])).stdout);
		expect(written.written).toHaveLength(4);
		expect(validate(written), problems()).toBe(true);
	});

	it('is the only thing on stdout with --dry-run --build: the command goes to stderr', async () => {
		const {exitCode, stdout, stderr} = await runCli(['--yes', '--detect', 'xml', '--json', '--dry-run', '--build', '--engine', 'docker'], {env: {TMPDIR: await mkdtemp(path.join(os.tmpdir(), 'diw-json-dry-run-'))}});
		expect(exitCode).toBe(0);
		const document = JSON.parse(stdout);
		expect(validate(document), problems()).toBe(true);
		expect(document.runtime.reference).toBe('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
		expect(stderr).toMatch(/^\(cd \. && docker buildx build --platform linux\/amd64,linux\/arm64 --tag webapi:latest --file \S+\/Dockerfile --load \.\)$/m);
	});

	it('rejects a document with a key it does not describe', () => {
		const document = JSON.parse(JSON.stringify(recommendationJson((recommend(allAnswers()[0]!, today) as {ok: true; recommendation: never}).recommendation, {} as Provenance)));
		expect(validate({...document, provenance: Object.fromEntries(answerIds.map(id => [id, {source: 'default'}])), extra: true})).toBe(false);
	});
});
