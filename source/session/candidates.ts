import path from 'node:path';
import {detectProject, type DetectOptions} from '../project/detect.js';

/** A project the person can pick, in the picker's words: its kind and .NET version. */
export type Candidate = {file: string; shown: string; kind?: string; dotnet?: string; problem?: string};

/** What each project of a choice is, read from its own files; one that cannot be read says why. */
export async function describeCandidates(files: string[], cwd: string, options: DetectOptions = {}): Promise<Candidate[]> {
	return Promise.all(files.map(async file => {
		const shown = path.relative(cwd, file) || path.basename(file);
		try {
			const {layer, problems} = await detectProject(file, cwd, options);
			const kind = layer.values.app === 'web' ? 'web app' : layer.values.app === 'console' ? 'worker/console app' : undefined;
			return {file, shown, ...(kind ? {kind} : {}), ...(layer.values.dotnet ? {dotnet: `.NET ${layer.values.dotnet}`} : {}), ...(problems[0] ? {problem: problems[0]} : {})};
		} catch (error) {
			return {file, shown, problem: (error as Error).message.split('\n')[0]!};
		}
	}));
}
