import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { sharedMock } from '../helpers/start-mock.js';
import { API_KEY, SECRET, basic } from './fv-session.js';

const sandbox = sharedMock();

describe('FirstVision token request the contract does not accept', () => {
  it.each([
    ['another grant type', 'grant_type=password'],
    ['no grant type', 'scope=all'],
  ])('answers 422 in the envelope in strict mode for %s', async (_name, raw) => {
    const mock = sandbox();
    const response = await mock.call('POST', '/firstvision/fvlatam/token', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', apikey: API_KEY, authorization: basic(API_KEY, SECRET) },
      raw,
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ hasError: true, data: null, errors: [{ code: expect.any(String) }] });
  });

  it.each(loadContracts().all().filter((compiled) => compiled.contract.api === 'firstvision').map((compiled) => [compiled.contract.operationId, compiled]))(
    '%s declares every error status the pipeline answers (400, 401, 413, 415, 422, 500, 503)',
    (_id, compiled) => {
      expect(Object.keys(compiled.contract.responses)).toEqual(expect.arrayContaining(['400', '401', '413', '415', '422', '500', '503']));
    },
  );
});
