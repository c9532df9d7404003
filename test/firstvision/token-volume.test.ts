import { describe, expect, it } from 'vitest';
import { startMock } from '../helpers/start-mock.js';
import { API_KEY, basic, customerAddBody, fetchToken, fvSession } from './fv-session.js';

describe('FirstVision tokens under volume', () => {
  it('keeps an earlier token valid after 10,001 newer ones are issued', async () => {
    const mock = await startMock();
    const { call } = await fvSession(mock);
    for (let batch = 0; batch < 10_001; batch += 50) {
      const size = Math.min(50, 10_001 - batch);
      const statuses = await Promise.all(Array.from({ length: size }, async () => (await fetchToken(mock)).status));
      expect(statuses.every((status) => status === 200)).toBe(true);
    }
    expect((await call('POST', '/customer/l8v2', customerAddBody())).status).toBe(200);
  }, 60_000);

  it.each([
    ['an issued token with one character changed', (token: string) => `${token.slice(0, 27)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['an issued token cut short', (token: string) => token.slice(0, 27)],
  ])('answers 401 INVALID OR EXPIRED ACCESS TOKEN for %s', async (_name, alter) => {
    const mock = await startMock();
    const { token, call } = await fvSession(mock);
    const response = await call('POST', '/customer/l8v2', customerAddBody(), { authorization: `Bearer ${alter(token)}` });
    expect(response.status).toBe(401);
    expect(response.body.errors[0].description).toBe('UNAUTHORIZED: INVALID OR EXPIRED ACCESS TOKEN');
  });

  it('refuses a token issued by a mock with another secret', async () => {
    const other = await startMock({ config: { firstvision: { apiSecret: 'another-secret' } } });
    const foreign = (await fetchToken(other, { apikey: API_KEY, authorization: basic(API_KEY, 'another-secret') })).body.access_token as string;
    const mock = await startMock();
    const { call } = await fvSession(mock);
    const response = await call('POST', '/customer/l8v2', customerAddBody(), { authorization: `Bearer ${foreign}` });
    expect(response.body.errors[0].description).toBe('UNAUTHORIZED: INVALID OR EXPIRED ACCESS TOKEN');
  });
});
