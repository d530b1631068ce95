import {chmod, link, mkdir, readFile, symlink, writeFile} from 'node:fs/promises';
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCleanups} from '../source/session/cancellation.js';
import {WriteError, writeFileSet, type FileToWrite} from '../source/write/write-files.js';
import {faultyFileSystem, type Fault, type Operation} from './support/faulty-file-system.js';
import {snapshot} from './support/folder-snapshot.js';
import {scratchFolder} from './support/scratch-folder.js';

/**
 * A write as the wizard makes it, across folders: the Dockerfile and .dockerignore in the
 * context folder (a Dockerfile is there already, private), container.props next to the project
 * (one is there already), and the saved answers in a folder that does not exist yet.
 */
async function scene(): Promise<{root: string; files: FileToWrite[]}> {
	const root = await scratchFolder('diw-faults-');
	await mkdir(path.join(root, 'context'));
	await mkdir(path.join(root, 'project'));
	await writeFile(path.join(root, 'context', 'Dockerfile'), 'FROM mine\n');
	await chmod(path.join(root, 'context', 'Dockerfile'), 0o600);
	await writeFile(path.join(root, 'project', 'container.props'), '<Project />\n');
	await chmod(path.join(root, 'project', 'container.props'), 0o640);
	const files = [
		{path: path.join(root, 'context', 'Dockerfile'), content: 'FROM new\n'.repeat(40)},
		{path: path.join(root, 'context', '.dockerignore'), content: 'bin/\nobj/\n'},
		{path: path.join(root, 'project', 'container.props'), content: '<Project><PropertyGroup /></Project>\n'},
		{path: path.join(root, 'project', 'saved', 'answers', '.dotnet-image-wizardrc.json'), content: '{}\n'},
	];
	return {root, files};
}

describe('a write of several files is all or nothing', () => {
	it('writes every file across folders, keeping the mode of the files it replaces', async () => {
		const {root, files} = await scene();
		const fileSystem = faultyFileSystem();
		expect(await writeFileSet(files, {force: true, fileSystem})).toEqual(files.map(file => file.path));
		const after = await snapshot(root);
		expect(Object.keys(after)).toEqual(['context', 'context/.dockerignore', 'context/Dockerfile', 'project', 'project/container.props', 'project/saved', 'project/saved/answers', 'project/saved/answers/.dotnet-image-wizardrc.json']);
		expect(after['context/Dockerfile']).toEqual({kind: 'file', mode: '600', content: files[0]!.content});
		expect(after['project/container.props']).toEqual({kind: 'file', mode: '640', content: files[2]!.content});
		// The counts the sweep below walks through: one folder made, four files and a renaming marker in each of the three folders, two kept aside, four renames.
		expect(fileSystem.calls).toMatchObject({mkdir: 1, create: 7, link: 2, rename: 4});
		expect(Object.keys(after).filter(name => /renaming$/.test(name))).toEqual([]);
	});

	const faults: Array<[Operation, number, string, RegExp]> = [
		['mkdir', 1, 'EACCES', /cannot write into .*saved\/answers: permission denied\. Nothing was written\.$/],
		['create', 1, 'ENOSPC', /cannot write .*context\/Dockerfile: the disk is full\. Nothing was written\.$/],
		['create', 3, 'ENOSPC', /cannot write .*container\.props: the disk is full\. Nothing was written\.$/],
		['create', 4, 'EFBIG', /cannot write .*\.dotnet-image-wizardrc\.json: the file would pass the file-size limit \(ulimit -f\)\. Nothing was written\.$/],
		['create', 2, 'EDQUOT', /the disk quota is used up\. Nothing was written\.$/],
		['create', 6, 'ENOSPC', /cannot write into .*project: the disk is full\. Nothing was written\.$/],
		['link', 1, 'ENOSPC', /cannot write .*context\/Dockerfile: the disk is full\. Nothing was written\.$/],
		['link', 2, 'EACCES', /cannot write .*container\.props: permission denied\. Nothing was written\.$/],
		['rename', 1, 'EACCES', /cannot write .*context\/Dockerfile: permission denied\. Nothing was written\.$/],
		['rename', 2, 'EISDIR', /cannot write .*context\/\.dockerignore: a folder is in the way\. Nothing was written\.$/],
		['rename', 3, 'EROFS', /cannot write .*container\.props: the file system is read-only\. Nothing was written\.$/],
		['rename', 4, 'EIO', /cannot write .*\.dotnet-image-wizardrc\.json: an input\/output error\. Nothing was written\.$/],
	];
	it.each(faults)('%s #%i failing with %s leaves every target as it was, and no temporary file', async (operation, nth, code, message) => {
		const {root, files} = await scene();
		const before = await snapshot(root);
		const failed = writeFileSet(files, {force: true, fileSystem: faultyFileSystem({operation, nth, code})});
		await expect(failed).rejects.toThrow(WriteError);
		await expect(failed).rejects.toThrow(message);
		expect(await snapshot(root)).toEqual(before);
	});

	it('where there are no hard links, moves the old files aside and still puts them back on a failure', async () => {
		const noLinks: Fault[] = [{operation: 'link', nth: 1, code: 'EPERM'}, {operation: 'link', nth: 2, code: 'EPERM'}];
		const {root, files} = await scene();
		const before = await snapshot(root);
		// The last rename fails after both old files were moved aside and both new ones put in place.
		await expect(writeFileSet(files, {force: true, fileSystem: faultyFileSystem(...noLinks, {operation: 'rename', nth: 4, code: 'ENOSPC'})})).rejects.toThrow(/Nothing was written\.$/);
		expect(await snapshot(root)).toEqual(before);
		// And without a failure, the moved-aside files are gone once the write is done.
		await writeFileSet(files, {force: true, fileSystem: faultyFileSystem(...noLinks)});
		const after = await snapshot(root);
		expect(Object.keys(after).filter(name => /\.(?:tmp|old)$/.test(name))).toEqual([]);
		expect(after['context/Dockerfile']).toEqual({kind: 'file', mode: '600', content: files[0]!.content});
	});

	it('a stop in the middle (the signal path, run in-process) puts back the files already renamed', async () => {
		const {root, files} = await scene();
		const before = await snapshot(root);
		let stalled!: () => void;
		const halfway = new Promise<void>(resolve => {
			stalled = resolve;
		});
		void writeFileSet(files, {force: true, fileSystem: faultyFileSystem({operation: 'rename', nth: 3, code: 'stall', onStall: () => stalled()})});
		await halfway;
		// The Dockerfile and .dockerignore are in place, container.props is not yet.
		expect(await readFile(files[0]!.path, 'utf8')).toBe(files[0]!.content);
		expect(runCleanups()).toEqual(['nothing was written']);
		expect(await snapshot(root)).toEqual(before);
	});

	it('refuses the same file named twice', async () => {
		const {root, files} = await scene();
		const before = await snapshot(root);
		await expect(writeFileSet([...files, {path: path.join(root, 'context', '..', 'context', 'Dockerfile'), content: 'x'}], {force: true})).rejects.toThrow(/context\/Dockerfile is named twice in one write: nothing was written\.$/);
		expect(await snapshot(root)).toEqual(before);
	});
});

describe('links and special files where a file would be written', () => {
	it('counts a dangling link as an existing file, and with force replaces the link, never what it names', async () => {
		const root = await scratchFolder('diw-links-');
		const elsewhere = await scratchFolder('diw-elsewhere-');
		await symlink(path.join(elsewhere, 'planted'), path.join(root, 'Dockerfile'));
		const files = [{path: path.join(root, 'Dockerfile'), content: 'FROM new\n'}, {path: path.join(root, '.dockerignore'), content: 'bin/\n'}];
		await expect(writeFileSet(files, {force: false})).rejects.toThrow(/Dockerfile \(a symbolic link\) already exists: nothing was written\. Pass --force to overwrite\.$/);
		expect(Object.keys(await snapshot(root))).toEqual(['Dockerfile']);

		await writeFileSet(files, {force: true});
		expect((await snapshot(root))['Dockerfile']).toEqual({kind: 'file', mode: '644', content: 'FROM new\n'});
		expect(await snapshot(elsewhere)).toEqual({});
	});

	it('replaces a link to a file without touching the file it points to', async () => {
		const root = await scratchFolder('diw-links-');
		const shared = path.join(await scratchFolder('diw-elsewhere-'), 'Dockerfile');
		await writeFile(shared, 'FROM shared\n');
		await symlink(shared, path.join(root, 'Dockerfile'));
		await writeFileSet([{path: path.join(root, 'Dockerfile'), content: 'FROM new\n'}], {force: true});
		expect(await readFile(shared, 'utf8')).toBe('FROM shared\n');
		expect((await snapshot(root))['Dockerfile']).toMatchObject({kind: 'file', content: 'FROM new\n'});
	});

	it('a failed write puts a replaced link back as the link it was', async () => {
		const root = await scratchFolder('diw-links-');
		await symlink('nowhere', path.join(root, 'Dockerfile'));
		const files = [{path: path.join(root, 'Dockerfile'), content: 'FROM new\n'}, {path: path.join(root, 'zerops.yml'), content: 'zerops: []\n'}];
		const before = await snapshot(root);
		await expect(writeFileSet(files, {force: true, fileSystem: faultyFileSystem({operation: 'rename', nth: 2, code: 'ENOSPC'})})).rejects.toThrow(/Nothing was written\.$/);
		expect(await snapshot(root)).toEqual(before);
	});

	it('refuses a named pipe, without opening it (which would wait forever), and a link to a folder', async () => {
		const root = await scratchFolder('diw-special-');
		execFileSync('mkfifo', [path.join(root, 'Dockerfile')]);
		await expect(writeFileSet([{path: path.join(root, 'Dockerfile'), content: 'x'}], {force: true})).rejects.toThrow(/Dockerfile is a named pipe \(FIFO\), not a file: nothing was written\.$/);
		await mkdir(path.join(root, 'real-folder'));
		await symlink('real-folder', path.join(root, 'zerops.yml'));
		await expect(writeFileSet([{path: path.join(root, 'zerops.yml'), content: 'x'}], {force: true})).rejects.toThrow(/zerops\.yml is a link to a folder: nothing was written\.$/);
		expect(Object.keys(await snapshot(root))).toEqual(['Dockerfile', 'real-folder', 'zerops.yml']);
	});

	it('a hard-linked file stays shared content untouched: the write replaces the name, not the inode', async () => {
		const root = await scratchFolder('diw-hardlink-');
		await writeFile(path.join(root, 'original'), 'FROM mine\n');
		await link(path.join(root, 'original'), path.join(root, 'Dockerfile'));
		await writeFileSet([{path: path.join(root, 'Dockerfile'), content: 'FROM new\n'}], {force: true});
		expect(await readFile(path.join(root, 'original'), 'utf8')).toBe('FROM mine\n');
		expect(await readFile(path.join(root, 'Dockerfile'), 'utf8')).toBe('FROM new\n');
	});
});
