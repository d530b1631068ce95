// The names of the files a .NET repository is made of: projects and solutions.
const projectExtensions = ['.csproj', '.fsproj', '.vbproj'];

export const isProject = (name: string) => projectExtensions.some(extension => name.endsWith(extension));

export const isSolution = (name: string) => name.endsWith('.sln') || name.endsWith('.slnx') || name.endsWith('.slnf');
