import {stringify as stringifyYaml} from 'yaml';
import {answerIds, type Answers} from '../engine/answers.js';

/** The config file content for these answers, in the format of the file it goes to. */
export function renderConfig(answers: Answers, extra: {project?: string; image?: string; pin?: boolean}, file: string): string {
	const config: Record<string, unknown> = {};
	for (const id of answerIds) config[id] = answers[id];
	if (answers.deploy === 'aot') delete config.startup;
	if (extra.project) config.project = extra.project;
	if (extra.image) config.image = extra.image;
	if (extra.pin) config.pin = true;
	return file.endsWith('.json') ? `${JSON.stringify(config, null, '\t')}\n` : stringifyYaml(config);
}
