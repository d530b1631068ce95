// Builds dist/ with esbuild, in three parts:
// - core.cjs: the whole program in one CommonJS script, so V8 can cache its compiled code (Node 20
//   has no compile cache for modules): a scripted run then loads no module and compiles nothing;
// - ui-libraries.mjs: Ink, React and the Ink widgets, an ES module because Ink awaits at its top
//   level; the interactive path loads it before its first screen, scripted runs never do;
// - cli.js: the launcher (source/launch/) that loads core.cjs through the code cache.
// dist/package.json makes the .js files CommonJS inside an ES module package.
import {createHash} from 'node:crypto';
import {chmod, readFile, rm, writeFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {nodeBuiltins} from './node-builtins.mjs';

const {version} = JSON.parse(await readFile('package.json', 'utf8'));
const common = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minify: true,
	legalComments: 'linked',
	logLevel: 'warning',
	define: {'process.env.NODE_ENV': '"production"', __PACKAGE__: JSON.stringify({version})},
};

// The program's imports of the UI libraries read what the launcher loaded (source/launch/): an ES
// module per library (those ui-libraries.mjs holds) whose exports, named as the library names
// them, are the loaded library's.
const uiLibrariesFromLauncher = libraries => ({
	name: 'ui-libraries-from-launcher',
	setup(builder) {
		const filter = new RegExp(`^(${Object.keys(libraries).map(name => name.replace('/', '\\/')).join('|')})$`);
		builder.onResolve({filter}, ({path}) => ({path, namespace: 'ui-library'}));
		builder.onLoad({filter: /.*/, namespace: 'ui-library'}, ({path}) => {
			const exported = Object.keys(libraries[path]);
			const names = exported.filter(name => name !== 'default');
			return {
				contents: [
					`const library = globalThis[Symbol.for('dotnet-image-wizard.ui-libraries')][${JSON.stringify(path)}];`,
					...(exported.includes('default') ? ['export default library.default;'] : []),
					...(names.length > 0 ? [`export const {${names.join(', ')}} = library;`] : []),
				].join('\n'),
				loader: 'js',
			};
		});
	},
});

// Libraries only some runs need (the registry client, the build runner's process library, the
// saved answers' schema validator, YAML for the files that are YAML, the Dockerfile parser for
// doctor and --build's check) are scripts of their own, read only by the runs that use them (and
// compiled through the code cache as the program is, see source/launch/).
const separateLibraries = {undici: 'undici', execa: 'execa', 'ajv/dist/2020.js': 'ajv', yaml: 'yaml', 'dockerfile-ast': 'dockerfile-ast'};
const separateLibrariesOnDemand = {
	name: 'separate-libraries-on-demand',
	setup(builder) {
		const filter = new RegExp(`^(${Object.keys(separateLibraries).map(name => name.replaceAll(/[./]/g, character => `\\${character}`)).join('|')})$`);
		builder.onResolve({filter}, ({path}) => ({path: `./libraries/${separateLibraries[path]}.cjs`, external: true}));
	},
};

await rm('dist', {recursive: true, force: true});
await build({
	...common,
	entryPoints: Object.fromEntries(Object.entries(separateLibraries).map(([name, file]) => [file, name])),
	outdir: 'dist/libraries',
	outExtension: {'.js': '.cjs'},
	format: 'cjs',
});
await build({
	...common,
	entryPoints: {'ui-libraries': 'source/launch/ui-libraries.ts'},
	outdir: 'dist',
	outExtension: {'.js': '.mjs'},
	format: 'esm',
	// Ink's optional devtools integration is never enabled here; keep it out of the bundle.
	alias: {'react-devtools-core': './scripts/devtools-stub.js'},
	banner: {js: 'import {createRequire as __createRequire} from "node:module"; const require = __createRequire(import.meta.url);'},
});
const {libraries: uiLibraries} = await import(pathToFileURL('dist/ui-libraries.mjs').href);
await build({
	...common,
	entryPoints: {core: 'cli.tsx'},
	outdir: 'dist',
	outExtension: {'.js': '.cjs'},
	format: 'cjs',
	// import() of a bundled module or a Node built-in becomes require(): the code cache's script has no module loader.
	supported: {'dynamic-import': false},
	plugins: [uiLibrariesFromLauncher(uiLibraries), separateLibrariesOnDemand, nodeBuiltins],
});
const core = await readFile('dist/core.cjs');
// The launcher reads core.cjs and the libraries as Latin-1, which is only right for ASCII (esbuild's default charset).
for (const file of ['dist/core.cjs', ...Object.values(separateLibraries).map(name => `dist/libraries/${name}.cjs`)]) {
	const notAscii = (await readFile(file)).findIndex(byte => byte > 0x7F);
	if (notAscii !== -1) throw new Error(`${file} has a byte that is not ASCII at ${notAscii}: the launcher reads it as Latin-1`);
}
const buildId = createHash('sha256').update(core).digest('hex').slice(0, 16);
await build({
	...common,
	entryPoints: {cli: 'source/launch/launch.ts'},
	outdir: 'dist',
	format: 'cjs',
	plugins: [nodeBuiltins],
	define: {...common.define, __BUILD_ID__: JSON.stringify(buildId)},
	banner: {js: '#!/usr/bin/env node'},
});
await writeFile('dist/package.json', `${JSON.stringify({type: 'commonjs'})}\n`);
await chmod('dist/cli.js', 0o755);
