import type {Architecture, OsFamily} from '../catalog/types.js';

export type AppKind = 'web' | 'console';
export type Deployment = 'framework' | 'self-contained' | 'aot';
export type Startup = 'jit' | 'readytorun' | 'composite';
export type YesNo = 'yes' | 'no';
export type Globalization = 'invariant' | 'icu';

/** Every answer the engine needs. `startup` is ignored for Native AOT (it is always precompiled). */
export type Answers = {
	dotnet: string;
	app: AppKind;
	deploy: Deployment;
	startup: Startup;
	shell: YesNo;
	globalization: Globalization;
	os: OsFamily;
	arch: Architecture[];
};

export type AnswerId = keyof Answers;

export const answerIds: AnswerId[] = ['dotnet', 'app', 'deploy', 'startup', 'shell', 'globalization', 'os', 'arch'];
