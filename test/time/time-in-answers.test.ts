import { describe, expect, it } from 'vitest';
import { newCpf } from '../credere/credere-fixtures.js';
import { addAccount, addCustomer, customerAddBody, fvSession, signed } from '../firstvision/fv-session.js';
import { startMock } from '../helpers/start-mock.js';

const credere = { authorization: 'Bearer k' };
const freeze = (mock: Awaited<ReturnType<typeof startMock>>, at: string, sandbox = 'default') => mock.call('PUT', `/__admin/clock?sandbox=${sandbox}`, { body: { at } });

describe('what the mock reads of time goes through the sandbox clock', () => {
  it('judges the HMAC Timestamp against the sandbox clock (GET /__admin/clock says what to sign with)', async () => {
    const mock = await startMock();
    const { auth } = await fvSession(mock);
    await freeze(mock, '2026-06-01T12:00:00Z');
    const now = Date.parse((await mock.call('GET', '/__admin/clock')).body.now);
    const raw = JSON.stringify(customerAddBody());
    const post = (headers: Record<string, string>) => mock.call('POST', '/firstvision/customer/l8v2', { headers: { ...auth, 'content-type': 'application/json', ...headers }, raw });
    expect((await post(signed(raw, 'on-sandbox-time', now))).status).toBe(200);
    const wall = await post(signed(raw, 'on-wall-time', Date.now()));
    expect(wall.status).toBe(401);
    expect(wall.body.errors[0].description).toBe('UNAUTHORIZED: TIMESTAMP OUTSIDE THE ACCEPTED WINDOW');
  });

  it('dates FirstVision records and default card expiries by the sandbox day', async () => {
    const mock = await startMock();
    await freeze(mock, '2031-02-10T12:00:00Z');
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    const accountNumber = await addAccount(call, customerNumber);
    expect((await call('POST', '/cards/embosser/l8vf', { organizationNumber: 970, postToAccount: accountNumber })).status).toBe(200);
    const cards = await call('GET', '/customer/v3/cards/details?organizationNumber=970', undefined, { customernumber: customerNumber });
    expect(cards.body.data.cardsDetails?.[0] ?? cards.body.data).toBeDefined();
    expect(JSON.stringify(cards.body.data)).toContain('"cardExpireDate":"2036-02-29"');
    expect(JSON.stringify(cards.body.data)).toContain('"cardBlockCodeDate":"2031-02-10"');
  });

  it('stamps Credere created_at/updated_at with the sandbox time and sorts created_at_desc by it', async () => {
    const mock = await startMock();
    const create = async (name: string) => (await mock.call('POST', '/credere/api/v1/customers', { headers: credere, body: { bank_validations: { bank_codes: ['moneyplus'] }, customer: { cpf: newCpf(), name, has_cnh: true, phones: [{ code: 84, number: 991234567, phone_type_id: 1 }], born_at: '01/01/1990', emails: [{ address: 'a@example.com' }] } } })).body.customer;
    await freeze(mock, '2026-06-01T15:00:00Z');
    const later = await create('Later');
    await freeze(mock, '2026-05-01T15:00:00Z');
    const earlier = await create('Earlier');
    expect(later.created_at).toBe('2026-06-01T12:00:00.000-03:00');
    expect(earlier.updated_at).toBe('2026-05-01T12:00:00.000-03:00');
    const listed = await mock.call('GET', '/credere/api/v1/customers?sort=created_at_desc', { headers: credere });
    expect(listed.body.customers.map((c: { name: string }) => c.name)).toEqual(['Later', 'Earlier']);
  });

  it('journals the wall-clock time and the sandbox time side by side', async () => {
    const mock = await startMock();
    await freeze(mock, '2020-02-02T02:02:02Z');
    await mock.call('GET', '/credere/api/v1/banks', { headers: credere });
    const [entry] = (await mock.call('GET', '/__admin/requests')).body.requests;
    expect(entry.sandboxTime).toBe('2020-02-02T02:02:02.000Z');
    expect(Math.abs(Date.parse(entry.time) - Date.now())).toBeLessThan(10_000);
  });
});
