// Every doctor rule, in the order findings are listed. A new rule is one file and one line here.
import type {Rule} from '../finding.js';
import {aotEmulation} from './aot-emulation.js';
import {copyLink} from './copy-link.js';
import {dockerignore} from './dockerignore.js';
import {emulatedBuild} from './emulated-build.js';
import {endOfSupport} from './end-of-support.js';
import {floatingTag} from './floating-tag.js';
import {frameworkMismatch} from './framework-mismatch.js';
import {globalization} from './globalization.js';
import {legacyRepository} from './legacy-repository.js';
import {libc} from './libc.js';
import {port80} from './port-80.js';
import {preview} from './preview.js';
import {recommendation} from './recommendation.js';
import {restoreLayer} from './restore-layer.js';
import {restorePublish} from './restore-publish.js';
import {rootUser} from './root-user.js';
import {runtimeRepository} from './runtime-repository.js';
import {sdkFinal} from './sdk-final.js';
import {secrets} from './secrets.js';
import {shellLess} from './shell-less.js';
import {targetArch} from './target-arch.js';
import {unknownTag} from './unknown-tag.js';
import {userByName} from './user-by-name.js';
import {vanishedPin} from './vanished-pin.js';

export const rules: readonly Rule[] = [
	unknownTag, vanishedPin, legacyRepository, endOfSupport, preview, floatingTag, frameworkMismatch, sdkFinal,
	emulatedBuild, aotEmulation, targetArch, shellLess, runtimeRepository, globalization, libc,
	rootUser, userByName, port80, restoreLayer, restorePublish, copyLink, secrets, dockerignore, recommendation,
];
