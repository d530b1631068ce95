// How the program's own imports of Node's built-in modules reach the bundle (core.cjs), for a
// quicker start:
// - node:path, node:process, node:os and node:vm (imported by default) are read once, from one shared
//   module each, instead of esbuild copying every property again for each file that imports them;
// - the functions of node:fs/promises are forwarders that load it on the first call: loading it
//   (with the readline and file-watching code it brings) costs a scripted run that never calls it.
// A name these modules do not give is a build error, as it would be without this plugin.
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const readOnce = new Set(['node:path', 'node:process', 'node:os', 'node:vm']);
const loadedOnFirstCall = new Set(['node:fs/promises']);

function contents(path) {
	if (readOnce.has(path)) return `export default require(${JSON.stringify(path)});`;
	const functions = Object.keys(require(path)).filter(name => typeof require(path)[name] === 'function' && /^[a-z]\w*$/i.test(name));
	return [
		'let loaded;',
		`const load = () => loaded ??= require(${JSON.stringify(path)});`,
		...functions.map(name => `export const ${name} = (...parameters) => load().${name}(...parameters);`),
	].join('\n');
}

export const nodeBuiltins = {
	name: 'node-builtins',
	setup(builder) {
		builder.onResolve({filter: /^node:/}, ({path, kind, importer}) => {
			if (kind !== 'import-statement' || importer.includes('/node_modules/')) return undefined;
			return readOnce.has(path) || loadedOnFirstCall.has(path) ? {path, namespace: 'node-builtin'} : undefined;
		});
		builder.onLoad({filter: /.*/, namespace: 'node-builtin'}, ({path}) => ({loader: 'js', contents: contents(path)}));
	},
};
