import { describe, expect, it } from 'vitest';
import { isValidCpf } from '../src/numbers/cpf.js';
import { startMock } from './helpers/start-mock.js';

describe('regressions found by the test review', () => {
  it('gives the customers a scenario fakes valid, formatted CPFs', async () => {
    const mock = await startMock({ scenarios: [{ name: 'dealership', params: {} }] });
    const { status, body } = await mock.call('GET', '/credere/api/v1/customers?per_page=100', { headers: { authorization: 'Bearer k' } });
    expect(status).toBe(200);
    expect(body.customers.length).toBeGreaterThan(5);
    for (const customer of body.customers) expect(isValidCpf(customer.cpf), customer.cpf).toBe(true);
  });

  it('masks the API key a token answer carries as client_id in the journal', async () => {
    const mock = await startMock();
    const basic = Buffer.from('clientela-key:clientela-secret').toString('base64');
    const token = await mock.call('POST', '/firstvision/x/token', {
      headers: { apikey: 'clientela-key', authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      raw: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(200);
    const journal = await mock.call('GET', '/__admin/requests');
    expect(JSON.stringify(journal.body)).not.toContain('clientela-key');
    expect(JSON.stringify(journal.body)).not.toContain(token.body.access_token);
  });
});
