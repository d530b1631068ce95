/** The lines that keep credential-carrying NuGet.config files out of the context: the build gets one as a secret. */
function secretLines(secretConfigs: string[]): string {
	return secretConfigs.length === 0 ? '' : `
# Feed credentials: the build mounts NuGet.config as the secret "nugetconfig", never copies it
${secretConfigs.join('\n')}
`;
}

/** Keeps the build context small and free of local state and secrets. */
export function renderDockerignore(secretConfigs: string[] = []): string {
	return `# Build output (the image builds its own), and image archives from earlier builds
**/bin/
**/obj/
**/out/
**/publish/
**/*.oci.tar

# Source control, editors and tooling
.git/
.vs/
.vscode/
.idea/
*.user
*.suo
**/node_modules/

# Local settings and secrets never belong in an image
**/.env
**/*.env
**/secrets.json
**/appsettings.Development.json
**/Properties/launchSettings.json
**/*.pfx

# Container files: changing them need not invalidate the build context
**/Dockerfile*
**/.dockerignore
**/docker-compose*
**/compose.y*ml
${secretLines(secretConfigs)}`;
}

const blockStart = '# >>> dotnet-image-wizard: the entries this tool needs (kept up to date by it; yours are outside this block)';
const blockEnd = '# <<< dotnet-image-wizard';

/**
 * The .dockerignore to write where one exists: the person's own lines kept as they are, ours in one
 * marked block (replaced on the next run, never duplicated). The block comes first, so that the
 * person's lines, read after it, win where both match a path (the last matching line decides,
 * a "!" exception of theirs included). An empty or missing file gets our entries alone.
 */
export function mergeDockerignore(existing: string | undefined, ours = renderDockerignore()): string {
	// Empty, or ours from a run before the block existed: ours alone.
	if (existing === undefined || existing.trim() === '' || existing.trim() === ours.trim()) return ours;
	const lines = existing.replaceAll('\r\n', '\n').split('\n');
	const start = lines.indexOf(blockStart);
	const end = start === -1 ? -1 : lines.indexOf(blockEnd, start);
	const theirs = start === -1 || end === -1 ? lines : [...lines.slice(0, start), ...lines.slice(end + 1)];
	while (theirs.length > 0 && theirs[0]!.trim() === '') theirs.shift();
	const block = [blockStart, ...ours.trimEnd().split('\n'), blockEnd];
	const rest = theirs.join('\n');
	return `${block.join('\n')}\n\n${rest.endsWith('\n') ? rest : `${rest}\n`}`;
}
