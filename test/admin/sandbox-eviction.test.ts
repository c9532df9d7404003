import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

const touch = (mock: RunningMock, sandbox: string) => mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders({ 'x-clientela-sandbox': sandbox }) });
const listed = async (mock: RunningMock) => ((await mock.call('GET', '/__admin/sandboxes')).body.sandboxes as Array<{ name: string }>).map((s) => s.name).sort();

describe('idle sandbox eviction', () => {
  it('evicts sandboxes idle longer than idleMs when a new one is made, keeping default', async () => {
    const mock = await startMock({ sandboxes: { idleMs: 500, max: 3 } });
    expect((await touch(mock, 'a')).status).toBe(200);
    expect((await touch(mock, 'b')).status).toBe(200);
    expect(await listed(mock)).toEqual(['a', 'b', 'default']);
    await sleep(700);
    expect((await touch(mock, 'c')).status).toBe(200);
    expect(await listed(mock)).toEqual(['c', 'default']);
  });

  it("answers 429 in the API's own envelope at the limit while every sandbox is still in use, saying what to do", async () => {
    const mock = await startMock({ sandboxes: { idleMs: 60_000, max: 3 } });
    expect((await touch(mock, 'a')).status).toBe(200);
    expect((await touch(mock, 'b')).status).toBe(200);
    const refused = await touch(mock, 'c');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).not.toContain('problem');
    expect(refused.body.error).toMatchObject({ status: 429 });
    expect(refused.body.error.message).toMatch(/^Too Many Requests: sandbox c cannot be created: at most 3 sandboxes may be alive; delete one with DELETE \/__admin\/sandboxes\/NAME/);
    expect(refused.body.error.message).toContain('--sandbox-max');
    expect(await listed(mock)).toEqual(['a', 'b', 'default']);
    const byAdmin = await mock.call('POST', '/__admin/sandboxes', { body: { name: 'c' } });
    expect(byAdmin.status).toBe(429);
    expect(byAdmin.body.type).toContain('too-many-sandboxes');
  });
});
