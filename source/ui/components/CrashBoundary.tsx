import {Component, type ReactNode} from 'react';

type Props = {children: ReactNode; onCrash: (error: Error) => void};

/**
 * A screen that throws while drawing ends the session with the error's one line (main prints it),
 * not with Ink's stack-trace overview.
 */
export class CrashBoundary extends Component<Props, {crashed: boolean}> {
	override state = {crashed: false};

	static getDerivedStateFromError(): {crashed: boolean} {
		return {crashed: true};
	}

	override componentDidCatch(error: Error): void {
		this.props.onCrash(error instanceof Error ? error : new Error(String(error)));
	}

	override render(): ReactNode {
		return this.state.crashed ? null : this.props.children;
	}
}
