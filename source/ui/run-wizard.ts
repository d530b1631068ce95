import type {Flags, Session} from '../cli/session.js';

export async function runWizard(_session: Session, _flags: Flags): Promise<number> {
	throw new Error('the guided session is not available yet');
}
