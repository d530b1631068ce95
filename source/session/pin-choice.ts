// Whether the base images are pinned by digest, and what said so: --pin or --no-pin on the command
// line, else the saved answers' "pin", else not pinned. A flag wins over the saved answers, as it
// does for every answer; the guided session ticks "pin base images by digest" from the same choice.
import path from 'node:path';
import type {LoadedConfig} from '../config/config.js';

export type PinChoice = {
	pinned: boolean;
	/** flag: --pin or --no-pin; config: the saved answers' "pin"; default: neither said. */
	source: 'flag' | 'config' | 'default';
	/** What said so, as the other answers' provenance notes name it: `--pin`, `.dotnet-image-wizardrc.json "pin"`. */
	note?: string;
};

export function pinChoice(flags: {pin?: unknown; noPin?: unknown}, config: LoadedConfig | undefined, cwd: string): PinChoice {
	if (flags.pin === true) return {pinned: true, source: 'flag', note: '--pin'};
	if (flags.noPin === true) return {pinned: false, source: 'flag', note: '--no-pin'};
	if (config && typeof config.config.pin === 'boolean') return {pinned: config.config.pin, source: 'config', note: `${path.relative(cwd, config.file) || config.file} "pin"`};
	return {pinned: false, source: 'default'};
}

/** With --json, whether the base images are pinned and what said so (--pin, --no-pin, the saved "pin"), when anything did. */
export function pinChoiceJson(choice: PinChoice | undefined): {pin?: {pinned: boolean; source: 'flag' | 'config'; note?: string}} {
	return choice && choice.source !== 'default' ? {pin: {pinned: choice.pinned, source: choice.source, ...(choice.note ? {note: choice.note} : {})}} : {};
}
