import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../mock/plugins.js';
import type { Contract } from '../src/contracts/contract.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { credereHeaders, firstVisionHeaders } from './admin/api-headers.js';
import { startMock, type RunningMock } from './helpers/start-mock.js';

type Json = Record<string, unknown>;

const registry = loadContracts();
const mountOf: Record<string, string> = Object.fromEntries(builtInPlugins.map((plugin) => [plugin.name, plugin.mount]));
const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const basicCredentials = `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}`;

/** The mock path of a contract, with a plausible value in each path parameter. */
function pathOf(contract: Contract, params: Record<string, string> = {}): string {
  const path = contract.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = params[name] ?? (name === 'product' ? 'x' : contract.api === 'firstvision' ? '0000000000000000123' : '1');
    return encodeURIComponent(value);
  });
  return `${mountOf[contract.api]}${path}`;
}

/** Valid credentials for the contract's API (the token operation takes Basic credentials, not a bearer token). */
async function authFor(mock: RunningMock, contract: Contract): Promise<Record<string, string>> {
  if (contract.operationId === 'token') return { apikey: 'clientela-key', authorization: basicCredentials };
  return contract.api === 'firstvision' ? firstVisionHeaders(mock) : credereHeaders();
}

/** Asserts a refusal is written in the API's own error format. */
function expectApiError(contract: Contract, status: number, body: unknown): void {
  if (contract.api === 'firstvision') {
    expect(body).toMatchObject({ hasError: true, data: null });
    expect((body as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
  } else {
    expect(body).toMatchObject({ error: { message: expect.any(String), status } });
  }
}

type BadBody = { what: string; contentType: string; raw: string; status?: number };

/** Bodies no operation may accept; `status` undefined means any 4xx. */
function badBodies(contract: Contract): BadBody[] {
  const pad = 'x'.repeat(3 * 1024);
  if (contract.request.contentType === FORM_TYPE) {
    return [
      { what: 'JSON where a form is expected', contentType: JSON_TYPE, raw: '{"grant_type":', status: 415 },
      { what: 'a __proto__ key', contentType: FORM_TYPE, raw: '__proto__=x&grant_type=client_credentials', status: 400 },
      { what: 'a constructor key', contentType: FORM_TYPE, raw: 'constructor=x&grant_type=client_credentials', status: 400 },
      { what: 'a body over the limit', contentType: FORM_TYPE, raw: `grant_type=client_credentials&pad=${pad}`, status: 413 },
      { what: 'a JSON array', contentType: JSON_TYPE, raw: '[]' },
      { what: 'a JSON string', contentType: JSON_TYPE, raw: '"x"' },
    ];
  }
  return [
    { what: 'malformed JSON', contentType: JSON_TYPE, raw: '{"a":', status: 400 },
    { what: 'a __proto__ key', contentType: JSON_TYPE, raw: '{"__proto__":{"polluted":true}}', status: 400 },
    { what: 'a nested __proto__ key', contentType: JSON_TYPE, raw: '{"customer":{"__proto__":{"polluted":true}}}', status: 400 },
    { what: 'a constructor key', contentType: JSON_TYPE, raw: '{"constructor":{"prototype":{"polluted":true}}}', status: 400 },
    { what: 'a body over the limit', contentType: JSON_TYPE, raw: JSON.stringify({ pad }), status: 413 },
    { what: 'a JSON array', contentType: JSON_TYPE, raw: '[]' },
    { what: 'a JSON string', contentType: JSON_TYPE, raw: '"x"' },
  ];
}

const withBody = registry.all().map((compiled) => compiled.contract).filter((contract) => contract.request.body !== undefined);
const badCases = withBody.flatMap((contract) => badBodies(contract).map((bad) => [contract.operationId, bad.what, bad.status ?? '4xx', contract, bad] as const));

const limited = await startMock({ bodyLimit: '2kb' });
const seeded = await startMock({ scenarios: [{ name: 'corporate-program' }, { name: 'individual-with-history' }, { name: 'blocked-and-expired-cards' }] });

describe('bad request bodies', () => {
  it('covers every contract with a request body', () => {
    expect(withBody.map((contract) => contract.operationId).sort()).toEqual(expect.arrayContaining(['customerAdd', 'customersCreate', 'customersPatch', 'token']));
    expect(withBody.length).toBeGreaterThanOrEqual(13);
  });

  it.each(badCases)('%s refuses %s with %s in its own error format, changing nothing', async (_id, _what, _status, contract, bad) => {
    const mock = limited;
    const headers = { ...(await authFor(mock, contract)), 'content-type': bad.contentType };
    const before = await mock.state();
    const { status, body } = await mock.call(contract.method, pathOf(contract), { headers, raw: bad.raw });
    if (bad.status === undefined) {
      expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(status, JSON.stringify(body)).toBeLessThan(500);
    } else {
      expect(status, JSON.stringify(body)).toBe(bad.status);
    }
    expectApiError(contract, status, body);
    expect(await mock.state()).toEqual(before);
    expect(({} as Json).polluted).toBeUndefined();
  });
});

/** A value of another JSON type than `value`: string ↔ number, object → array, array → object. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'not a number';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { 0: value[0] ?? null };
  if (value !== null && typeof value === 'object') return [value];
  return { unexpected: true };
}

/** Copies of a body with one top-level field (or one field of a top-level object) of the wrong type. */
function mistyped(body: unknown): Array<{ field: string; body: unknown }> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [{ field: '(the body)', body: wrongType(body) }];
  const out: Array<{ field: string; body: unknown }> = [];
  for (const [key, value] of Object.entries(body as Json)) {
    out.push({ field: key, body: { ...(body as Json), [key]: wrongType(value) } });
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value as Json)) {
        out.push({ field: `${key}.${inner}`, body: { ...(body as Json), [key]: { ...(value as Json), [inner]: wrongType(innerValue) } } });
      }
    }
  }
  return out;
}

const BOGUS_VALUES = ['bogus', '-1', '0', '99999999999999999999999', ' ', '%', 'x'.repeat(300)];

/** Copies of a record with every value replaced by one bogus value, one copy per value. */
function bogus(record: Record<string, string> | undefined): Array<Record<string, string>> {
  const keys = Object.keys(record ?? {});
  if (keys.length === 0) return [];
  return BOGUS_VALUES.map((value) => Object.fromEntries(keys.map((key) => [key, value])));
}

const withExamples = registry.all().map((compiled) => compiled.contract).filter((contract) => (contract.examples ?? []).some((example) => example.request));

describe('never a 500', () => {
  it('has examples to send for every contract', () => {
    expect(withExamples.map((contract) => contract.operationId).sort()).toEqual(registry.all().map((compiled) => compiled.contract.operationId).sort());
  });

  it.each(withExamples.map((contract) => [contract.operationId, contract] as const))('%s answers below 500 to its examples with mistyped fields and bogus parameters', async (_id, contract) => {
    const mock = seeded;
    const auth = await authFor(mock, contract);
    const sent: Array<{ what: string; status: number }> = [];
    for (const example of contract.examples ?? []) {
      const request = example.request;
      if (!request) continue;
      const form = contract.request.contentType === FORM_TYPE;
      const headers = { ...auth, ...request.headers, 'content-type': form ? FORM_TYPE : JSON_TYPE };
      const send = async (what: string, options: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown }) => {
        const query = options.query ?? request.query;
        const search = query && Object.keys(query).length ? `?${new URLSearchParams(query)}` : '';
        const body = options.body ?? request.body;
        const raw = body === undefined ? undefined : form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
        const { status } = await mock.call(contract.method, `${pathOf(contract, options.params ?? request.params)}${search}`, { headers, ...(raw === undefined ? {} : { raw }) });
        sent.push({ what: `${example.name}: ${what}`, status });
      };
      await send('as written', {});
      if (request.body !== undefined && !form) for (const { field, body } of mistyped(request.body)) await send(`${field} mistyped`, { body });
      for (const query of bogus(request.query)) await send(`query ${JSON.stringify(query).slice(0, 40)}`, { query });
      for (const params of bogus(request.params)) await send(`params ${JSON.stringify(params).slice(0, 40)}`, { params });
    }
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter(({ status }) => status >= 500)).toEqual([]);
  });
});
