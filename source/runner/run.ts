import {rmSync} from 'node:fs';
import {rm, stat} from 'node:fs/promises';
import process from 'node:process';
import {execa} from 'execa';
import {cancelled as stopped, cancelledExitCode, holdExit, onStop} from '../session/cancellation.js';
import type {BuildStep} from './engines/engine.js';
import {errorText, explainFailure, sdkStep} from './failure.js';
import {hostOutputsToMake, removeHostOutputs, removeHostOutputsNow} from './host-outputs.js';
import type {BuildPlan} from './plan.js';

export type BuildResult = {
	status: 'succeeded' | 'failed' | 'cancelled';
	exitCode: number;
	elapsedMs: number;
	lastLines: string[];
	failingStep?: string;
	/** The error lines themselves (MSBuild, NuGet, BuildKit, buildah), as a person reads them. */
	errors?: string[];
	explanation?: string;
	digest?: string;
	archive?: string;
};

export type BuildCallbacks = {
	onLine?: (line: string) => void;
	onStep?: (step: string) => void;
	signal?: AbortSignal;
};

/** The step a progress line announces: BuildKit's "#7 [build 4/6] RUN …", or the SDK's phases. */
export function stepOf(line: string): string | undefined {
	const buildkit = /^#\d+ (\[[^\]]+\] .+)$/.exec(line);
	if (buildkit) return buildkit[1]!.slice(0, 120);
	// buildah and podman: "[1/2] STEP 3/7: COPY ..." (the stage prefix only in multi-stage builds).
	const containers = /^(?:\[\d+\/\d+\] )?(STEP \d+\/\d+: .+)$/.exec(line);
	if (containers) return line.slice(0, 120);
	const sdk = /^\s*(Determining projects to restore|Restored .+|.+ -> .+|Building image .+|Pushed image .+|Uploading .+)$/.exec(line);
	return sdk ? sdk[1]!.trim().slice(0, 120) : undefined;
}

type StepOutcome = {exitCode: number; missing: boolean};

/**
 * Runs the plan's steps through execa (program and arguments, no shell), streaming every output
 * line. Cancelling (the callbacks' signal, or SIGINT/SIGTERM/SIGHUP through cancellation.ts)
 * stops the whole process tree: each child leads its own process group. While it runs, a first
 * signal waits for the tree to stop; a second one, or a broken stdout, kills it on the way out.
 */
export async function runBuild(plan: BuildPlan, callbacks: BuildCallbacks = {}): Promise<BuildResult> {
	const started = Date.now();
	const archive = typeof plan.output === 'object' ? plan.output.oci : undefined;
	const archiveExisted = archive ? await stat(archive).then(() => true, () => false) : false;
	// What dotnet publish leaves in the project's folder when the SDK builds here, taken away afterwards.
	const made = await hostOutputsToMake(plan);
	const lastLines: string[] = [];
	let failingStep: string | undefined;
	let currentStep: string | undefined;
	// BuildKit runs steps side by side: "#8 ERROR" belongs to the step "#8 [build 4/6] …" announced.
	const buildkitSteps = new Map<string, string>();
	const errors: string[] = [];
	let digest: string | undefined;
	let cancelled = false;
	let running: ReturnType<typeof execa> | undefined;
	const cancel = () => {
		cancelled = true;
		const pid = running?.pid;
		if (pid === undefined) return;
		try {
			process.kill(-pid, 'SIGTERM');
		} catch {}
		setTimeout(() => {
			try {
				process.kill(-pid, 'SIGKILL');
			} catch {}
		}, 3000).unref();
	};
	const signals = [callbacks.signal, stopped].filter((signal): signal is AbortSignal => signal !== undefined);
	for (const signal of signals) signal.addEventListener('abort', cancel, {once: true});
	if (signals.some(signal => signal.aborted)) cancel();
	const release = holdExit();
	// Stopped for good (a second signal, a broken stdout): no child outlives the run, no half archive stays.
	const dropKill = onStop(() => {
		const pid = running?.pid;
		if (pid !== undefined) {
			try {
				process.kill(-pid, 'SIGKILL');
			} catch {}
		}
		if (archive && !archiveExisted) rmSync(archive, {force: true});
		removeHostOutputsNow(made);
	});

	const runStep = async (step: BuildStep): Promise<StepOutcome> => {
		const subprocess = execa(step.command, step.args, {
			cwd: plan.cwd,
			all: true,
			reject: false,
			detached: true,
			stdin: 'ignore',
			buffer: false,
			env: plan.env,
		});
		running = subprocess;
		if (cancelled) cancel();
		try {
			for await (const line of subprocess.iterable({from: 'all'})) {
				const text = String(line);
				lastLines.push(text);
				if (lastLines.length > 40) lastLines.shift();
				callbacks.onLine?.(text);
				const announced = stepOf(text);
				if (announced && announced !== currentStep) {
					currentStep = announced;
					callbacks.onStep?.(announced);
				}
				const number = /^#(\d+) /.exec(text)?.[1];
				if (number && announced) buildkitSteps.set(number, announced);
				const error = step.mayFail ? undefined : errorText(text);
				// MSBuild repeats its errors in a summary at the end: each is kept once.
				// MSBuild's "The "CreateNewImage" task failed unexpectedly." is followed by the exception that says why: one line.
				const task = /^error (MSB4018): The "(\w+)" task failed unexpectedly\.$/.exec(errors.at(-1) ?? '');
				if (error && task && error.startsWith(`error ${task[1]!}: `) && !errors.some(line => line.includes(error.slice(15)))) {
					errors[errors.length - 1] = `error ${task[1]!}: the "${task[2]!}" task failed: ${error.slice(`error ${task[1]!}: `.length)}`;
				} else if (error && !errors.includes(error) && errors.length < 8) {
					errors.push(error);
					failingStep ??= (number ? buildkitSteps.get(number) : undefined) ?? (plan.engine === 'sdk' ? undefined : currentStep);
				}
				// The image's digest, not a layer's or config blob's the SDK reports while uploading.
				if (!/layer|blob|config|on top of/i.test(text)) digest = /sha256:[0-9a-f]{64}/.exec(text)?.[0] ?? digest;
			}
		} catch {
			// The program could not start or its streams broke: the result below says how it ended.
		}
		const result = await subprocess;
		return {exitCode: result.exitCode ?? 1, missing: (result as {code?: string}).code === 'ENOENT'};
	};

	let failed = false;
	try {
		for (const step of plan.steps) {
			if (cancelled) break;
			const outcome = await runStep(step);
			if (outcome.missing || (outcome.exitCode !== 0 && !step.mayFail)) {
				failed = true;
				break;
			}
		}
	} finally {
		for (const signal of signals) signal.removeEventListener('abort', cancel);
		dropKill();
		await removeHostOutputs(made).catch(() => {});
		release();
	}
	const elapsedMs = Date.now() - started;
	failed ||= cancelled;
	// A build that did not finish leaves no half-written archive behind.
	if (failed && archive && !archiveExisted) await rm(archive, {force: true});
	// 143 when SIGTERM stopped the run, 130 for ctrl-c or a cancel from the screen.
	if (cancelled) return {status: 'cancelled', exitCode: stopped.aborted ? cancelledExitCode() : 130, elapsedMs, lastLines};
	if (failed) {
		const explanation = explainFailure([...errors, ...lastLines]);
		// The SDK's progress lines name what succeeded; its failing step follows from the error's code.
		const step = plan.engine === 'sdk' ? sdkStep(errors) : failingStep ?? currentStep;
		return {status: 'failed', exitCode: 1, elapsedMs, lastLines, ...(step ? {failingStep: step} : {}), ...(errors.length > 0 ? {errors} : {}), ...(explanation ? {explanation} : {})};
	}
	return {status: 'succeeded', exitCode: 0, elapsedMs, lastLines, ...(digest ? {digest} : {}), ...(archive ? {archive} : {})};
}
