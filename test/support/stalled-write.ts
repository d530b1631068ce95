// A process of its own (the signal tests bundle and run it): it handles signals as the CLI does
// (cli.tsx installs the same cancellation), starts a write of the files given as JSON in argv,
// stalls at the chosen file operation, and says "stalled" on stdout so the test can send a signal.
import process from 'node:process';
import {installCancellation} from '../../source/session/cancellation.js';
import {writeFileSet, type FileToWrite} from '../../source/write/write-files.js';
import {faultyFileSystem, type Operation} from './faulty-file-system.js';

const {files, operation, nth} = JSON.parse(process.argv[2]!) as {files: FileToWrite[]; operation: Operation; nth: number};
installCancellation();
// A stalled promise alone would let the process end: keep it alive until the signal comes.
setInterval(() => {}, 60_000);
await writeFileSet(files, {force: true, fileSystem: faultyFileSystem({operation, nth, code: 'stall', onStall: () => process.stdout.write('stalled\n')})});
