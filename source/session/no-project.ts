/**
 * What the guided session says where no project was found: as on the command line (--output,
 * --write, --build refuse), the images can be recommended but no files are written.
 */
export const noProjectNote = 'No .NET project in this folder or below it: the recommendation follows the answers alone, and the files need a project (run this in the app\'s folder).';
