import path from 'node:path';
import {readInputFile} from '../read/input-file.js';
import {repositoryRoot} from './build-context.js';
import {discoverProjects} from './discovery.js';

// The search for the project that serves a client: the repository, kept short.
const searchLimits = {depth: 6, budgetMs: 1000, maxFolders: 5000};

/**
 * The project that serves a Blazor WebAssembly client: one in the same repository (else the
 * client's parent folder) whose ProjectReference names it. Shown relative to that root, so the
 * sentence is the same from every folder. Read from the project files' own text: a reference
 * under a condition counts, as it does for the person reading the file.
 */
export async function servingProject(client: string): Promise<string | undefined> {
	const root = await repositoryRoot(path.dirname(client)) ?? path.dirname(path.dirname(client));
	const {projects} = await discoverProjects(root, searchLimits);
	for (const project of projects.filter(file => file !== client)) {
		const text = await readInputFile(project, {shownAs: project, maxBytes: 128 * 1024}).catch(() => '');
		for (const match of text.matchAll(/<ProjectReference\s[^>]*Include\s*=\s*"([^"]+)"/g)) {
			if (path.resolve(path.dirname(project), match[1]!.replaceAll('\\', '/')) === client) return path.relative(root, project).split(path.sep).join('/');
		}
	}
	return undefined;
}

/** What a Blazor WebAssembly client is and where to containerise it, in one sentence (after "X is "). */
export async function staticClientSentence(client: string): Promise<string> {
	const server = await servingProject(client);
	const serve = server ? `${server} references it and serves them: containerise that one` : 'serve them from an ASP.NET Core app that references it (containerise that one), or from any static web server';
	return `a Blazor WebAssembly app: its output is static files (HTML, JavaScript and .wasm) that run in the browser, not a process to start in a container; ${serve}`;
}
