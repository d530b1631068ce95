import type {Recommendation} from '../engine/recommend.js';

/** The OS packages the app's native dependencies need, for the runtime image's package manager. */
export function nativePackages(recommendation: Recommendation, manager: 'apt' | 'apk' | 'tdnf'): string[] {
	return [...new Set((recommendation.nativeDependencies ?? []).flatMap(need => need.dependency.install[manager]))];
}

/** The package manager of the runtime image's OS. */
function managerOf(recommendation: Recommendation): 'apt' | 'apk' | 'tdnf' {
	const {os} = recommendation.runtime.image;
	return os === 'alpine' ? 'apk' : os === 'azurelinux' ? 'tdnf' : 'apt';
}

/**
 * The final stage's install of those packages, as root before USER; none on an image with no shell
 * (the recommendation's warning says so). A RUN here runs on the target platform.
 */
export function nativeInstall(recommendation: Recommendation): string[] {
	const {image} = recommendation.runtime;
	if (image.chiseled || image.distroless) return [];
	const manager = managerOf(recommendation);
	const packages = nativePackages(recommendation, manager);
	if (packages.length === 0) return [];
	const needs = recommendation.nativeDependencies ?? [];
	const libraries = [...new Set(needs.map(need => need.dependency.library))].join(', ');
	const list = packages.join(' ');
	const install = {
		apt: `RUN apt-get update \\\n    && apt-get install -y --no-install-recommends ${list} \\\n    && rm -rf /var/lib/apt/lists/*`,
		apk: `RUN apk add --no-cache ${list}`,
		tdnf: `RUN tdnf install -y ${list} \\\n    && tdnf clean all`,
	}[manager];
	return [`# The native code of ${needs.map(need => need.package).join(', ')} loads ${libraries}, which the image lacks`, install];
}
