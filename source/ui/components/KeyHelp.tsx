import {Text} from 'ink';

/** The one line of keys at the bottom of every screen. */
export function KeyHelp({keys}: {keys: string[]}) {
	return <Text dimColor>{keys.join('  ·  ')}</Text>;
}
