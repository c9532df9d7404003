import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

const MB = 2 ** 20;
const fvTokenHeaders = { authorization: `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}`, apikey: 'clientela-key', 'content-type': 'application/x-www-form-urlencoded' };
const stores = '/credere/api/v1/stores';
const touch = (mock: RunningMock, sandbox: string) => mock.call('GET', stores, { headers: credereHeaders({ 'x-clientela-sandbox': sandbox }) });

/** How many sandboxes the budget holds, from what the mock measured (a bare world is counted at the 1 MB floor). */
async function capacity(mock: RunningMock): Promise<number> {
  await mock.world();
  const { memory } = (await mock.call('GET', '/__admin/sandboxes')).body as { memory: { budgetBytes: number; perSandboxBytes: number } };
  expect(memory.perSandboxBytes).toBeGreaterThanOrEqual(MB);
  return Math.floor(memory.budgetBytes / memory.perSandboxBytes);
}

/** Creates named sandboxes until the budget is full (the default one takes a share); answers their names. */
async function fill(mock: RunningMock, fits: number): Promise<string[]> {
  const names = Array.from({ length: fits - 1 }, (_, i) => `job-${i + 1}`);
  for (const name of names) expect((await touch(mock, name)).status).toBe(200);
  return names;
}

describe('the sandbox memory budget', () => {
  it("refuses a sandbox that would exceed it with 507 in the API's own envelope, saying what to do, and creates nothing", async () => {
    const mock = await startMock({ sandboxes: { memory: 8 * MB, max: 100 } });
    const fits = await capacity(mock);
    expect(fits).toBeGreaterThanOrEqual(2);
    const names = await fill(mock, fits);
    const refused = await touch(mock, 'one-too-many');
    expect(refused.status).toBe(507);
    expect(refused.headers.get('content-type')).not.toContain('problem');
    expect(refused.body.error).toMatchObject({ status: 507 });
    expect(refused.body.error.message).toMatch(/^Insufficient Storage: sandbox one-too-many cannot be created: it would exceed the sandbox memory budget/);
    expect(refused.body.error.message).toContain('DELETE /__admin/sandboxes/NAME');
    expect(refused.body.error.message).toContain('--sandbox-memory');
    // FirstVision's token call is the first a new sandbox sees: refused in FirstVision's envelope.
    const firstVision = await mock.call('POST', '/firstvision/fvlatam/token', { headers: { ...fvTokenHeaders, 'x-clientela-sandbox': 'fv-too-many' }, raw: 'grant_type=client_credentials' });
    expect(firstVision.status).toBe(507);
    expect(firstVision.body).toMatchObject({ hasError: true, errors: [{ code: '507' }] });
    expect(firstVision.body.errors[0].description).toContain('INSUFFICIENT STORAGE: SANDBOX FV-TOO-MANY CANNOT BE CREATED');
    expect(mock.sandboxes.names().sort()).toEqual(['default', ...names].sort());
  });

  it('admits a new sandbox once one is deleted with DELETE /__admin/sandboxes/NAME', async () => {
    const mock = await startMock({ sandboxes: { memory: 8 * MB } });
    const [first] = await fill(mock, await capacity(mock));
    expect((await touch(mock, 'later')).status).toBe(507);
    expect((await mock.call('DELETE', `/__admin/sandboxes/${first}`)).status).toBe(200);
    expect((await touch(mock, 'later')).status).toBe(200);
  });

  it('evicts idle sandboxes before refusing', async () => {
    const mock = await startMock({ sandboxes: { memory: 8 * MB, idleMs: 300 } });
    await fill(mock, await capacity(mock));
    await sleep(500);
    expect((await touch(mock, 'fresh')).status).toBe(200);
    expect(mock.sandboxes.names().sort()).toEqual(['default', 'fresh']);
  });

  it('answers the admin API with a 507 sandbox-memory-exhausted problem', async () => {
    const mock = await startMock({ sandboxes: { memory: 8 * MB } });
    await fill(mock, await capacity(mock));
    const refused = await mock.call('POST', '/__admin/sandboxes', { body: { name: 'by-admin' } });
    expect(refused.status).toBe(507);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.type).toContain('sandbox-memory-exhausted');
    expect(refused.body.detail).toContain('--sandbox-memory');
  });
});
