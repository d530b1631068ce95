import {XMLParser} from 'fast-xml-parser';
import {describe, expect, it} from 'vitest';
import {parseXmlFile} from '../source/project/xml-document.js';

const parser = () => new XMLParser({ignoreAttributes: false});
const comments = (count: number) => Array.from({length: count}, (_, index) => `<!-- part ${index}: licensed to the .NET Foundation -->\n`).join('');

describe('an MSBuild file read as XML', () => {
	// The SDK's own targets open with dozens of comments; a lazy regular expression over them
	// backtracked exponentially (the reader never came back from Microsoft.NET.Sdk's files).
	it('is read however many comments open it', () => {
		const parsed = parseXmlFile(`<?xml version="1.0" encoding="utf-8"?>\n${comments(80)}<Project><PropertyGroup><A>1</A></PropertyGroup></Project>\n`, 'Sdk.targets', parser());
		expect(parsed).toMatchObject({Project: {PropertyGroup: {A: 1}}});
	});

	it.each([
		['after the XML declaration', '<?xml version="1.0"?>\n<!DOCTYPE Project>\n<Project />'],
		['after forty comments and space', `${comments(40)}  <!DOCTYPE Project>\n<Project />`],
		['after a processing instruction and a comment', '<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><!-- x --><!DOCTYPE Project [<!ENTITY a "b">]><Project />'],
	])('refuses a <!DOCTYPE> %s', (_where, text) => {
		expect(() => parseXmlFile(text, 'App.csproj', parser())).toThrow('App.csproj has a <!DOCTYPE> declaration');
	});

	it('takes a <!DOCTYPE> inside a comment for what it is: a comment', () => {
		expect(parseXmlFile('<!-- <!DOCTYPE Project> -->\n<Project />', 'App.csproj', parser())).toHaveProperty('Project');
	});
});
