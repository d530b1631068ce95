import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startRegistry, type LoopbackRegistry} from './support/registry.js';
import {missingTools} from './support/requirements.js';

const missing = missingTools([{program: 'docker-registry', probe: ['--version']}]);

describe.skipIf(missing !== '')(`the loopback registry the real-tool tests use${missing}`, () => {
	let registry: LoopbackRegistry;
	beforeAll(async () => {
		registry = await startRegistry();
	});
	afterAll(async () => registry?.stop());

	it('answers the distribution API on 127.0.0.1 and holds what is pushed to it', async () => {
		expect(registry.host).toMatch(/^127\.0\.0\.1:\d+$/);
		const blob = Buffer.from('{}');
		const {createHash} = await import('node:crypto');
		const digest = `sha256:${createHash('sha256').update(blob).digest('hex')}`;
		const start = await fetch(`${registry.url}/v2/probe/blobs/uploads/`, {method: 'POST'});
		expect(start.status).toBe(202);
		const location = new URL(start.headers.get('location')!, registry.url);
		location.searchParams.set('digest', digest);
		expect((await fetch(location, {method: 'PUT', body: blob, headers: {'content-type': 'application/octet-stream'}})).status).toBe(201);
		expect((await fetch(`${registry.url}/v2/probe/blobs/${digest}`, {method: 'HEAD'})).status).toBe(200);
	});
});
