// Where the published build's launcher leaves the terminal UI's libraries (Ink, React and the Ink
// widgets) for the program, and the function that loads them. Symbols of the global registry, so
// the launcher and the program (two scripts) name the same ones.
export const uiLibrariesKey = Symbol.for('dotnet-image-wizard.ui-libraries');
export const uiLibrariesLoaderKey = Symbol.for('dotnet-image-wizard.load-ui-libraries');
