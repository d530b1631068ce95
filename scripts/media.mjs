#!/usr/bin/env node
// Regenerates media/*.svg: the real binary, run in tmux on the sample project, captured with its
// colours at five moments of a guided session. Usage: npm run media (needs tmux).
import {execFileSync, spawnSync} from 'node:child_process';
import {cp, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import ansiToSvg from 'ansi-to-svg';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const socket = `diw-media-${process.pid}`;
const tmux = (...args) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function waitFor(text) {
	for (let attempt = 0; attempt < 300; attempt++) {
		if (tmux('capture-pane', '-p', '-t', 'media').includes(text)) return;
		await sleep(100);
	}
	throw new Error(`"${text}" never appeared`);
}

async function shoot(name) {
	await sleep(300);
	const screen = tmux('capture-pane', '-p', '-e', '-t', 'media').replace(/\n+$/, '\n');
	const svg = ansiToSvg(screen, {paddingTop: 12, paddingLeft: 14, paddingBottom: 12, paddingRight: 14, colors: {backgroundColor: '#1e1e2e', foregroundColor: '#cdd6f4'}});
	await writeFile(path.join(root, 'media', `${name}.svg`), svg);
	console.log(`wrote media/${name}.svg`);
}

if (spawnSync('tmux', ['-V']).status !== 0) {
	console.error('npm run media needs tmux');
	process.exit(1);
}
const project = await mkdtemp(path.join(os.tmpdir(), 'diw-media-'));
await cp(path.join(root, 'examples', 'SampleApi'), project, {recursive: true});
try {
	tmux('new-session', '-d', '-s', 'media', '-x', '110', '-y', '30', '-c', project, '-e', 'TERM=xterm-256color', `${process.execPath} ${path.join(root, 'dist', 'cli.js')} --today 2026-11-24; sleep 30`);
	await waitFor('Review each question');
	await shoot('wizard-start');
	tmux('send-keys', '-t', 'media', 'Down');
	await waitFor('❯ Review each question');
	tmux('send-keys', '-t', 'media', 'Enter');
	await waitFor('Which .NET version');
	await shoot('wizard-question');
	for (const next of ['2 of 8', '3 of 8', '4 of 8', '5 of 8', '6 of 8', '7 of 8', '8 of 8']) {
		tmux('send-keys', '-t', 'media', 'Enter');
		await waitFor(next);
	}
	tmux('send-keys', '-t', 'media', 'Enter');
	await waitFor('Recommended images');
	await shoot('wizard-summary');
	tmux('send-keys', '-t', 'media', 'Enter');
	await waitFor('What should be generated?');
	tmux('send-keys', '-t', 'media', 'Enter');
	await waitFor('tab next file');
	await shoot('wizard-preview');
	tmux('send-keys', '-t', 'media', 'Enter');
	await waitFor('Write 2 files');
	tmux('send-keys', '-t', 'media', 'Enter');
	await waitFor('❯ Exit');
	tmux('send-keys', '-t', 'media', 'Enter');
	await waitFor('Next steps');
	await shoot('wizard-ending');
} finally {
	spawnSync('tmux', ['-L', socket, 'kill-server']);
	await rm(project, {recursive: true, force: true});
}
