import {InputError} from '../engine/resolve.js';

/**
 * MSBuild's two grammars for a value. In a project file a property's text expands `$(…)`, `@(…)`,
 * `%(…)` and `%XX`, and `;` separates items: those characters are escaped as %XX, MSBuild's own
 * escape. On the command line `-p:Name=value` also splits on `,` and `;` and reads quotes:
 * a single value is escaped character by character (%3B stays one value), a list is quoted, so
 * that MSBuild splits it on its semicolons into items.
 */
const propertySpecials = /[%$@'();*?]/g;
const argumentSpecials = /[%$@'";,*?]/g;
const escapeCharacter = (character: string) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

function refuseControl(name: string, value: string): void {
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001F\u007F]/.test(value)) throw new InputError(`${name}: the value has a control character, which MSBuild cannot take.`);
}

/** A property's text in a project file (before XML escaping). */
export function msbuildPropertyText(name: string, value: string): string {
	refuseControl(name, value);
	return value.replaceAll(propertySpecials, escapeCharacter);
}

/** A list property's text in a project file: items escaped, joined by `;`. */
export function msbuildListText(name: string, items: readonly string[]): string {
	return items.map(item => msbuildPropertyText(name, item)).join(';');
}

/** A single value of `-p:Name=value`. */
export function msbuildValue(name: string, value: string): string {
	refuseControl(name, value);
	return value.replaceAll(argumentSpecials, escapeCharacter);
}

/** A list value of `-p:Name="a;b"`: one argv element, which MSBuild splits into items. */
export function msbuildList(name: string, items: readonly string[]): string {
	return `"${items.map(item => msbuildValue(name, item)).join(';')}"`;
}

const propertyName = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** One `-p:Name=value` argument; a list property gets the quoted list form. */
export function msbuildPropertyArgument(name: string, value: string | readonly string[]): string {
	if (!propertyName.test(name)) throw new InputError(`${shownName(name)} is not an MSBuild property name.`);
	return `-p:${name}=${typeof value === 'string' ? msbuildValue(name, value) : msbuildList(name, value)}`;
}

const shownName = (name: string) => JSON.stringify(name.slice(0, 60));
