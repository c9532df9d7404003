import { describe, expect, it } from 'vitest';
import { credereHeaders, firstVisionHeaders } from './admin/api-headers.js';
import { startMock } from './helpers/start-mock.js';

const mock = await startMock();
const customer = { cpf: '529.982.247-25', name: 'x' };

async function timedPost(path: string, headers: Record<string, string>, raw: string): Promise<{ status: number; body: any; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${mock.url}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: raw });
  const body: unknown = await response.json();
  return { status: response.status, body, ms: performance.now() - started };
}

function phones(count: number): string {
  return JSON.stringify({ customer: { ...customer, phones: new Array(count).fill(1) } });
}

describe('large request bodies', () => {
  it('answers a Credere array of 64,000 non-objects in linear time, with a 422 in Credere’s envelope', async () => {
    const small = await timedPost('/credere/api/v1/customers', credereHeaders(), phones(900));
    const large = await timedPost('/credere/api/v1/customers', credereHeaders(), phones(64_000));
    expect(large.status).toBe(422);
    expect(large.body.error).toMatchObject({ class: 'ModelValidationError', status: 422 });
    expect(large.ms).toBeLessThan(3000);
    expect(small.status).toBe(422);
  });

  it('answers a 1 MB Credere body within a generous bound while a GET in another sandbox stays fast', async () => {
    const raw = phones(480_000);
    expect(raw.length).toBeGreaterThan(900_000);
    const large = timedPost('/credere/api/v1/customers', credereHeaders(), raw);
    const started = performance.now();
    const get = await fetch(`${mock.url}/credere/api/v1/banks`, { headers: credereHeaders({ 'x-clientela-sandbox': 'bystander' }) });
    const getMs = performance.now() - started;
    const answer = await large;
    expect(get.status).toBe(200);
    expect(answer.status).toBe(422);
    expect(answer.ms).toBeLessThan(3000);
    expect(getMs).toBeLessThan(3000);
  }, 30_000);

  it('lists the first 100 Credere errors and gives the total under base, never overflowing the stack', async () => {
    const raw = JSON.stringify({ bank_validations: { bank_codes: new Array(900).fill(1) }, customer: { ...customer, phones: new Array(700).fill(1) } });
    const response = await timedPost('/credere/api/v1/customers', credereHeaders(), raw);
    expect(response.status).toBe(422);
    const details = response.body.error.details as Record<string, unknown>;
    expect(Object.keys(details)).toHaveLength(101);
    expect(details.base).toEqual([{ error: 'too_many_errors', count: 1600, listed: 100 }]);
  });

  it('lists the first 100 FirstVision errors, then one with the total', async () => {
    const body: Record<string, number> = { organizationNumber: 970, logo: 1, dualIndicator: 0 };
    for (let i = 0; i < 900; i++) body[`k${i}`] = 1;
    const response = await mock.call('POST', '/firstvision/customer/generation', { headers: await firstVisionHeaders(mock), body });
    expect(response.status).toBe(422);
    expect(response.body.hasError).toBe(true);
    expect(response.body.errors.length).toBeLessThanOrEqual(101);
    expect(response.body.errors.at(-1).description).toMatch(/ERRORS IN ALL, ONLY THE FIRST 100 ARE LISTED$/);
  });

  it('refuses an array of more than 1,000 items on that field, in the API’s envelope', async () => {
    const response = await mock.call('POST', '/credere/api/v1/customers', { headers: credereHeaders(), body: { customer: { ...customer, phones: new Array(5000).fill(1) } } });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.details)).toEqual(['phones']);
  });
});
