import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

/** Big enough that loading it takes about a second or more on the 2-core test machine (0.9–4.4 s seen). */
const CUSTOMERS = 25_000;
/**
 * The issue asks for 100 ms; the bound is 250 ms because the test machine's 2 cores are shared with other jobs, so
 * a GET can wait for the scheduler or a garbage collection. A load that blocked would hold it for the whole load.
 */
const GET_BOUND_MS = 250;

const stores = (mock: RunningMock, sandbox: string) => mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders({ 'x-clientela-sandbox': sandbox }) });

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('creating a sandbox with a big start-up world', () => {
  it('keeps answering other sandboxes while the new one loads, and the new one gets the full world', async () => {
    const mock = await startMock({ scenarios: [{ name: 'load-100k', params: { customers: CUSTOMERS } }] });
    await mock.world();
    let loaded = false;
    const creation = timed(() => stores(mock, 'big')).finally(() => (loaded = true));
    const waits: number[] = [];
    while (!loaded) {
      const { value, ms } = await timed(() => stores(mock, 'default'));
      expect(value.status).toBe(200);
      if (!loaded) waits.push(ms);
    }
    const created = await creation;
    expect(created.value.status).toBe(200);
    // Long enough that a load holding the event loop would have made some GET wait past the bound; and GETs were
    // answered while it ran (a blocking load lets none through).
    expect(created.ms).toBeGreaterThan(2 * GET_BOUND_MS);
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits)).toBeLessThan(GET_BOUND_MS);
    const { sandboxes } = (await mock.call('GET', '/__admin/sandboxes')).body as { sandboxes: Array<{ name: string; tables: Record<string, number> }> };
    const tables = Object.fromEntries(sandboxes.map((sandbox) => [sandbox.name, sandbox.tables]));
    expect(tables.big?.['firstvision.cards']).toBe(CUSTOMERS);
    expect(tables.big).toEqual(tables.default);
  }, 30_000);
});
