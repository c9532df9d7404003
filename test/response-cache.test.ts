import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../mock/plugins.js';
import { countingAcme } from './helpers/counting-acme.js';
import { startMock } from './helpers/start-mock.js';

const key = { 'x-acme-key': 'k' };

describe('cached reads', () => {
  it('answers a repeated read without running its handler, until a write changes the state', async () => {
    const { plugin, reads } = countingAcme();
    const mock = await startMock({ plugins: [...builtInPlugins, plugin] });
    await mock.call('POST', '/acme/widgets', { headers: key, body: { name: 'sprocket', size: 'S' } });
    const first = await mock.call('GET', '/acme/widgets/1', { headers: key });
    const again = await mock.call('GET', '/acme/widgets/1', { headers: key });
    expect(again.body).toEqual(first.body);
    expect(reads()).toBe(1);
    await mock.call('POST', '/acme/widgets', { headers: key, body: { name: 'gear', size: 'M' } });
    expect((await mock.call('GET', '/acme/widgets/1', { headers: key })).body).toEqual(first.body);
    expect(reads()).toBe(2);
  });

  it('keeps sandboxes apart and follows a snapshot import and a reset', async () => {
    const { plugin, reads } = countingAcme();
    const mock = await startMock({ plugins: [...builtInPlugins, plugin] });
    const inJob = { ...key, 'x-clientela-sandbox': 'job-1' };
    await mock.call('POST', '/acme/widgets', { headers: inJob, body: { name: 'sprocket', size: 'S' } });
    expect((await mock.call('GET', '/acme/widgets/1', { headers: inJob })).status).toBe(200);
    expect((await mock.call('GET', '/acme/widgets/1', { headers: inJob })).status).toBe(200);
    expect((await mock.call('GET', '/acme/widgets/1', { headers: key })).status).toBe(404);
    // The repeated read in job-1 was kept; the default sandbox's read was its own.
    expect(reads()).toBe(2);
    expect((await mock.call('PUT', '/__admin/state?sandbox=job-1', { body: { tables: {}, meta: {} } })).status).toBe(200);
    expect((await mock.call('GET', '/acme/widgets/1', { headers: inJob })).status).toBe(404);
    await mock.call('POST', '/acme/widgets', { headers: inJob, body: { name: 'sprocket', size: 'S' } });
    expect((await mock.call('GET', '/acme/widgets/1', { headers: inJob })).status).toBe(200);
    await mock.call('POST', '/__admin/reset?sandbox=job-1');
    expect((await mock.call('GET', '/acme/widgets/1', { headers: inJob })).status).toBe(404);
    expect(reads()).toBe(5);
  });
});
