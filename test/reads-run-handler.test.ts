import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../mock/plugins.js';
import { countingAcme } from './helpers/counting-acme.js';
import { startMock } from './helpers/start-mock.js';

const key = { 'x-acme-key': 'k' };

// The per-sandbox answer cache was removed (issue 15: it did not pay under reads spread over many keys).
describe('reads', () => {
  it('run their handler every time, in each sandbox, and see every write at once', async () => {
    const { plugin, reads } = countingAcme();
    const mock = await startMock({ plugins: [...builtInPlugins, plugin] });
    await mock.call('POST', '/acme/widgets', { headers: key, body: { name: 'sprocket', size: 'S' } });
    const first = await mock.call('GET', '/acme/widgets/1', { headers: key });
    expect((await mock.call('GET', '/acme/widgets/1', { headers: key })).body).toEqual(first.body);
    expect(reads()).toBe(2);
    const inJob = { ...key, 'x-clientela-sandbox': 'job-1' };
    expect((await mock.call('GET', '/acme/widgets/1', { headers: inJob })).status).toBe(404);
    await mock.call('POST', '/acme/widgets', { headers: inJob, body: { name: 'gear', size: 'M' } });
    expect((await mock.call('GET', '/acme/widgets/1', { headers: inJob })).body).toMatchObject({ name: 'gear' });
    expect((await mock.call('PUT', '/__admin/state?sandbox=job-1', { body: { tables: {}, meta: {} } })).status).toBe(200);
    expect((await mock.call('GET', '/acme/widgets/1', { headers: inJob })).status).toBe(404);
    expect(reads()).toBe(5);
  });
});
