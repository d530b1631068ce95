import {readInputHeadSync} from '../read/input-file.js';
import type {ProjectKind} from './project-kind.js';

// A project file is a few KB: the cheap reader looks at its first 32 KiB.
const cheapBytes = 32 * 1024;

const has = (text: string, pattern: RegExp) => pattern.test(text);
const trueProperties = new Map<string, RegExp>();
const propertyIsTrue = (name: string) => {
	if (!trueProperties.has(name)) trueProperties.set(name, new RegExp(`<${name}>\\s*true\\s*</${name}>`, 'i'));
	return trueProperties.get(name)!;
};

/**
 * The kind of a project from its own file's text alone, where the text decides it (an SDK, a
 * marker property or package): cheap enough for thousands of projects. Undefined where only an
 * evaluation can say (a plain Microsoft.NET.Sdk project, whose imports may make it anything).
 */
export function cheapKind(file: string): ProjectKind | undefined {
	let text: string;
	try {
		text = readInputHeadSync(file, {shownAs: file, maxBytes: cheapBytes});
	} catch {
		return undefined;
	}
	if (has(text, propertyIsTrue('IsTestProject')) || has(text, /Include\s*=\s*"Microsoft\.NET\.Test\.Sdk"/i) || has(text, /Sdk\s*=\s*"(MSTest|NUnit|xunit)\.Sdk/i)) return 'test';
	if (has(text, /Aspire\.AppHost\.Sdk/) || has(text, propertyIsTrue('IsAspireHost'))) return 'aspire-host';
	if (has(text, /Microsoft\.NET\.Sdk\.BlazorWebAssembly/) || has(text, /<RuntimeIdentifier>\s*browser-wasm\s*</)) return 'static-web';
	if (has(text, propertyIsTrue('UseMaui'))) return 'mobile';
	if (has(text, propertyIsTrue('UseWPF')) || has(text, propertyIsTrue('UseWindowsForms'))) return 'desktop';
	if (has(text, /Include\s*=\s*"(Nuke\.Common|Cake\.Frosting)"/)) return 'build';
	// Test frameworks that run as an executable (xunit v3, TUnit) say so by their packages.
	if (has(text, /Include\s*=\s*"(xunit\.v3|TUnit|MSTest|NUnit)[."]/i)) return 'test';
	if (has(text, /Sdk\s*=\s*"Microsoft\.NET\.Sdk\.(Web|Worker)"/) || has(text, /<OutputType>\s*(Win)?Exe\s*</i)) return 'app';
	return undefined;
}
