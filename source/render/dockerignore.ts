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
