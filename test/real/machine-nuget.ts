import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {execa} from 'execa';

/**
 * A NuGet.config naming the package sources this machine's own NuGet client uses, written into a
 * test's copy of a project at run time: restores inside image builds then reach the machine's
 * mirror the way a company's builds reach theirs. No address is ever committed.
 */
export async function machineNugetSources(): Promise<string[]> {
	const {stdout} = await execa('dotnet', ['nuget', 'list', 'source', '--format', 'short']);
	return stdout.split('\n').flatMap(line => {
		const match = /^\s*E\w*\s+(\S+)\s*$/.exec(line);
		return match ? [match[1]!] : [];
	});
}

export async function writeNugetConfig(folder: string): Promise<void> {
	const sources = await machineNugetSources();
	if (sources.length === 0) throw new Error('this machine\'s NuGet client has no enabled package source');
	const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
	const entries = sources.map((source, index) => `    <add key="source${index + 1}" value="${escape(source)}" />`);
	await writeFile(path.join(folder, 'NuGet.config'), ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <packageSources>', '    <clear />', ...entries, '  </packageSources>', '</configuration>', ''].join('\n'));
}
