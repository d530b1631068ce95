import {afterAll, beforeAll} from 'vitest';
import {pushImageIndex, type PushedPlatform} from './push-image.js';
import {startRegistry, type LoopbackRegistry} from './registry.js';

type Pushed = Awaited<ReturnType<typeof pushImageIndex>>;

/**
 * A loopback registry serving these images (name → repository:tag, each an image index over
 * `platforms`) to the tests of the describe block that calls this: started and filled before
 * them, stopped after them. Its fields are there once the tests run.
 */
export function servedImages<Name extends string>(images: Record<Name, string>, platforms: PushedPlatform[]): {registry: LoopbackRegistry; images: Record<Name, Pushed>} {
	const served = {images: {}} as {registry: LoopbackRegistry; images: Record<Name, Pushed>};
	beforeAll(async () => {
		served.registry = await startRegistry();
		for (const [name, reference] of Object.entries(images) as Array<[Name, string]>) {
			const [repository, tag] = reference.split(':');
			served.images[name] = await pushImageIndex(served.registry.url, repository!, tag!, platforms);
		}
	}, 60_000);
	afterAll(async () => {
		await served.registry?.stop();
	});
	return served;
}
