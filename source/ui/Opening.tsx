import {Box, Text, useApp, useInput} from 'ink';
import Spinner from 'ink-spinner';
import {useEffect, useState} from 'react';
import type {Reading, Session} from '../session/session.js';
import type {AppProps} from './App.js';
import {theme} from './theme.js';

type Ready = {session: Session; App: typeof import('./App.js').App};

export type OpeningProps = Omit<AppProps, 'session'> & {
	/** Opens the session (finds and reads the project), saying what it reads. */
	open: (reading: Reading) => Promise<Session>;
	/** The keys kept while the first screen was not there: released once it is. */
	keys?: {release: () => void};
	onFail: (error: Error) => void;
};

/**
 * The first frame, drawn at once: a spinner with what is being read ("reading SampleApi.csproj
 * with MSBuild") while the project is read and the screens load; then the wizard itself.
 */
export function Opening({open, keys, onFail, onExit, ...rest}: OpeningProps) {
	const {exit} = useApp();
	const [reading, setReading] = useState('starting');
	const [ready, setReady] = useState<Ready | undefined>();
	useEffect(() => {
		let live = true;
		// The screens (and what they import) load while the project is read.
		void Promise.all([open(what => live && setReading(what)), import('./App.js')]).then(
			([session, {App}]) => live && setReady({session, App}),
			(error: Error) => {
				if (!live) return;
				onFail(error);
				exit();
			},
		);
		return () => {
			live = false;
		};
	}, []);
	// The wizard's first screen has taken its keys (its effects ran before this one): the kept keys go to it.
	useEffect(() => {
		if (ready) keys?.release();
	}, [ready]);
	useInput((input, key) => {
		if (key.ctrl && input === 'c') {
			onExit(130, 'Cancelled: nothing was written.');
			exit();
		}
	}, {isActive: !ready});
	if (ready) return <ready.App session={ready.session} onExit={onExit} {...rest} />;
	return (
		<Box flexDirection="column">
			<Text bold>dotnet-image-wizard</Text>
			<Box marginTop={1}>
				<Text><Text color={theme.accent}><Spinner type="dots" /></Text> {reading}…</Text>
			</Box>
		</Box>
	);
}
