// Bundles cli.tsx into dist/ with esbuild. The Ink UI is a separate chunk loaded with import()
// only on the interactive path, so scripted runs never parse React or Ink.
import {build} from 'esbuild';
import {rm, chmod, readFile} from 'node:fs/promises';

const {version} = JSON.parse(await readFile('package.json', 'utf8'));

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: {cli: 'cli.tsx'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minify: true,
	legalComments: 'linked',
	// --version without reading package.json at run time.
	define: {'process.env.NODE_ENV': '"production"', __PACKAGE__: JSON.stringify({version})},
	// Ink's optional devtools integration is never enabled here; keep it out of the bundle.
	alias: {'react-devtools-core': './scripts/devtools-stub.js'},
	banner: {js: '#!/usr/bin/env node\nimport {createRequire as __createRequire} from "node:module"; const require = __createRequire(import.meta.url);'},
	logLevel: 'warning',
});
await chmod('dist/cli.js', 0o755);
