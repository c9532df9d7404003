import { describe, expect, it } from 'vitest';
import type { SignatureInput } from '../../mock/firstvision/client/sign-request.js';
import { sharedMock, startMock } from '../helpers/start-mock.js';
import { API_KEY, SECRET, basic, customerAddBody, expectRefusal, fetchToken, fvSession, signed } from './fv-session.js';

const sandbox = sharedMock();

describe('FirstVision token endpoint', () => {
  it('issues a bearer token in the portal shape for good Basic credentials', async () => {
    const mock = await startMock({ config: { firstvision: { tokenTtlSeconds: 1799 } } });
    const response = await fetchToken(mock);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ token_type: 'BearerToken', client_id: API_KEY, expires_in: '1799', status: 'approved' });
    expect(response.body.issued_at).toMatch(/^\d{13}$/);
  });

  it.each([
    ['a wrong secret', { apikey: API_KEY, authorization: basic(API_KEY, 'nope') }],
    ['a wrong user in Basic', { apikey: API_KEY, authorization: basic('other', SECRET) }],
    ['an apikey header that is not the key', { apikey: 'other', authorization: basic(API_KEY, SECRET) }],
    ['no apikey header', { authorization: basic(API_KEY, SECRET) }],
    ['no Authorization', { apikey: API_KEY }],
  ])('answers 401 for %s', async (_name, headers) => {
    const mock = sandbox();
    const response = await fetchToken(mock, headers as Record<string, string>);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ hasError: true, data: null, errors: [{ code: '401' }] });
    expect(response.body.errors[0].description).toMatch(/^UNAUTHORIZED: /);
  });
});

describe('FirstVision credentials on business operations', () => {
  it.each([
    ['no apikey', { apikey: '' }, 'MISSING OR UNKNOWN APIKEY'],
    ['an unknown apikey', { apikey: 'other-key' }, 'MISSING OR UNKNOWN APIKEY'],
    ['no bearer token', { authorization: '' }, 'MISSING BEARER ACCESS TOKEN'],
    ['a token never issued', { authorization: 'Bearer not-a-token' }, 'INVALID OR EXPIRED ACCESS TOKEN'],
    ['no X-ClientID', { 'x-clientid': '' }, 'X-CLIENTID MUST HAVE 5 CHARACTERS'],
    ['a 4-character X-ClientID', { 'x-clientid': '0097' }, 'X-CLIENTID MUST HAVE 5 CHARACTERS'],
  ])('answers 401 with %s and changes nothing', async (_name, override, reason) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await expectRefusal(mock, () => call('POST', '/customer/l8v2', customerAddBody(), override), 401, '401');
    const response = await call('POST', '/customer/l8v2', customerAddBody(), override);
    expect(response.body.errors[0].description).toBe(`UNAUTHORIZED: ${reason}`);
  });

  it('refuses a token once its lifetime has passed on the sandbox clock', async () => {
    const mock = await startMock({ config: { firstvision: { tokenTtlSeconds: 60 } } });
    expect((await mock.call('PUT', '/__admin/clock', { body: { at: '2026-01-01T12:00:00Z' } })).status).toBe(200);
    const { call } = await fvSession(mock);
    expect((await call('POST', '/customer/l8v2', customerAddBody())).status).toBe(200);
    expect((await mock.call('PUT', '/__admin/clock', { body: { advance: 'PT61S' } })).body.now).toBe('2026-01-01T12:01:01.000Z');
    await expectRefusal(mock, () => call('POST', '/customer/l8v2', customerAddBody()), 401, '401');
    const refused = await call('POST', '/customer/l8v2', customerAddBody());
    expect(refused.body.errors[0].description).toBe('UNAUTHORIZED: TOKEN EXPIRED');
  });
});

describe('FirstVision HMAC signature', () => {
  const raw = JSON.stringify(customerAddBody());
  const post = async (mock: Awaited<ReturnType<typeof startMock>>, auth: Record<string, string>, headers: Record<string, string>) =>
    mock.call('POST', '/firstvision/customer/l8v2', { headers: { ...auth, 'content-type': 'application/json', ...headers }, raw });

  it('accepts a good signature over the raw body', async () => {
    const mock = await startMock();
    const { auth } = await fvSession(mock);
    expect((await post(mock, auth, signed(raw, 'req-good'))).status).toBe(200);
  });

  it.each([
    ['a signature made with another secret', (): Record<string, string> => signed(raw, 'req-1', Date.now(), 'other-secret'), 'INVALID SIGNATURE'],
    ['a signature over another body', (): Record<string, string> => signed(`${raw} `, 'req-2'), 'INVALID SIGNATURE'],
    ['a timestamp 6 minutes old', (): Record<string, string> => signed(raw, 'req-3', Date.now() - 6 * 60_000), 'TIMESTAMP OUTSIDE THE ACCEPTED WINDOW'],
    ['a timestamp 6 minutes ahead', (): Record<string, string> => signed(raw, 'req-4', Date.now() + 6 * 60_000), 'TIMESTAMP OUTSIDE THE ACCEPTED WINDOW'],
    ['no X-Client-Request-Id', (): Record<string, string> => ({ signature: signed(raw, 'req-5').signature as string, timestamp: String(Date.now()) }), 'SIGNATURE NEEDS X-CLIENT-REQUEST-ID AND TIMESTAMP HEADERS'],
  ])('answers 401 for %s and changes nothing', async (_name, headers, reason) => {
    const mock = await startMock();
    const { auth } = await fvSession(mock);
    const before = await mock.state();
    const response = await post(mock, auth, headers());
    expect(response.status).toBe(401);
    expect(response.body.errors[0].description).toBe(`UNAUTHORIZED: ${reason}`);
    expect(await mock.state()).toEqual(before);
  });

  it('refuses a request id used again within the window', async () => {
    const mock = await startMock();
    const { auth } = await fvSession(mock);
    expect((await post(mock, auth, signed(raw, 'req-replay'))).status).toBe(200);
    const before = await mock.state();
    const again = await post(mock, auth, signed(raw, 'req-replay'));
    expect(again.status).toBe(401);
    expect(again.body.errors[0].description).toBe('UNAUTHORIZED: X-CLIENT-REQUEST-ID ALREADY USED');
    expect(await mock.state()).toEqual(before);
  });

  it('requires a signature on every call with requireSignature, also on GET (empty body)', async () => {
    const mock = await startMock({ config: { firstvision: { requireSignature: true } } });
    const { auth } = await fvSession(mock);
    const unsigned = await post(mock, auth, {});
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.errors[0].description).toBe('UNAUTHORIZED: SIGNATURE HEADER REQUIRED');
    const added = await post(mock, auth, signed(raw, 'req-a'));
    expect(added.status).toBe(200);
    const customerNumber = added.body.data.customerNumber as string;
    const get = await mock.call('GET', `/firstvision/customer/${customerNumber}/current-prior-address?organizationNumber=970&currentPriorFlag=C`, { headers: { ...auth, ...signed('', 'req-b') } });
    expect(get.status).toBe(200);
  });

  it('uses a replaced signer from the configuration', async () => {
    const mock = await startMock({ config: { firstvision: { signer: ({ requestId }: SignatureInput) => `custom-${requestId}` } } });
    const { auth } = await fvSession(mock);
    const ts = String(Date.now());
    expect((await post(mock, auth, { 'x-client-request-id': 'r1', timestamp: ts, signature: 'custom-r1' })).status).toBe(200);
    expect((await post(mock, auth, signed(raw, 'r2'))).status).toBe(401);
  });
});
