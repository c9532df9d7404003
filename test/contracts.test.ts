import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contract, JsonSchema } from '../src/contracts/contract.js';
import { ContractError } from '../src/contracts/contract-error.js';
import { dereference, refLookupFor } from '../src/contracts/dereference.js';
import { defaultContractsDir, loadContracts } from '../src/contracts/load-contracts.js';
import { parameterProperties } from '../src/contracts/parameter-properties.js';
import { validateRequest } from '../src/validation/validate-request.js';
import { validateResponse } from '../src/validation/validate-response.js';

const registry = loadContracts();

describe('contracts', () => {
  it('loads every endpoint of both APIs', () => {
    const ids = registry.all().map((c) => c.contract.operationId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'token', 'customerAdd', 'customerAddR8V4', 'customerActivationAdd', 'customerUpdate', 'customerReversalUpdate', 'demographicInquiry', 'demographicData', 'customerLookup', 'currentPriorAddress', 'relationshipFind',
        'relationshipInquiry', 'relationshipAdd', 'accountNumberInquiry', 'numberGeneration', 'cardsDetails', 'cardsInquiry', 'relationshipCustomerInquiry', 'cardsDetailsV4',
        'accountAdd', 'relationshipAccounts', 'embosserAdd',
        'customersCreate', 'customersGet', 'customersList', 'customersFind', 'customersUpdate', 'customersPatch',
        'domainsList', 'banksList', 'storesList', 'storesIntegratedBanks',
      ]),
    );
  });

  const examples = registry.all().flatMap((compiled) => (compiled.contract.examples ?? []).map((example) => ({ compiled, example })));

  it.each(examples.filter(({ example }) => example.request).map(({ compiled, example }) => [compiled.contract.operationId, example.name, compiled, example] as const))(
    '%s request example "%s" validates against the request schemas',
    (_id, _name, compiled, example) => {
      const request = example.request ?? {};
      // Examples leave out the auth headers; those are covered by the HTTP tests.
      const headers = compiled.contract.api === 'firstvision'
        ? { apikey: 'k', authorization: 'Bearer t', 'x-clientid': '00970', ...request.headers }
        : { authorization: 'Bearer t', ...request.headers };
      const result = validateRequest(compiled, { ...request, headers });
      expect(result.diagnostics).toEqual([]);
    },
  );

  it.each(examples.filter(({ example }) => example.response).map(({ compiled, example }) => [compiled.contract.operationId, example.name, compiled, example] as const))(
    '%s response example "%s" validates against the response schema',
    (_id, _name, compiled, example) => {
      expect(validateResponse(compiled, example.response?.status ?? 0, example.response?.body)).toEqual([]);
    },
  );

  it('every FirstVision operation carries its VPL catalogue', () => {
    for (const contract of registry.contracts('firstvision').filter((c) => c.operationId !== 'token')) {
      expect(contract.errors?.length, contract.operationId).toBeGreaterThan(0);
      for (const entry of contract.errors ?? []) expect(entry.code).toMatch(/^VPL[0-9A-Z]{7}$/);
    }
  });

  const pointed = registry.contracts('firstvision').flatMap((contract) =>
    (contract.errors ?? []).filter((entry) => entry.pointer !== undefined).map((entry) => [contract.operationId, entry.code, entry.pointer as string, contract] as const),
  );

  it('has VPL entries with pointers to check', () => {
    expect(pointed.length).toBeGreaterThan(100);
  });

  it.each(pointed)('%s %s points at %s, a field of the request schema', (_id, _code, pointer, contract) => {
    expect(pointerResolves(contract, pointer)).toBe(true);
  });

  it.each([
    ['a body property that does not exist', 'customerAdd', '/customerData/noSuchField'],
    ['a query parameter the operation does not take', 'cardsDetails', '/query/noSuchParam'],
    ['a header the operation does not take', 'cardsDetails', '/headers/noSuchHeader'],
    ['a body pointer on an operation without a body', 'cardsDetails', '/organizationNumber'],
  ])('does not resolve %s (the check can fail)', (_case, operationId, pointer) => {
    expect(pointerResolves(registry.get(operationId).contract, pointer)).toBe(false);
  });
});

const parameterGroups = ['query', 'params', 'headers'] as const;

/** True when a VPL pointer names a request parameter (`/query/x`, `/params/x`, `/headers/x`) or a field of the request body. */
function pointerResolves(contract: Contract, pointer: string): boolean {
  const lookup = refLookupFor(registry.ajv, contract.api);
  const segments = pointer.split('/').slice(1).map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'));
  const [group, name, ...rest] = segments;
  const parameters = parameterGroups.find((g) => g === group);
  if (parameters && contract.request[parameters] && name !== undefined && rest.length === 0) {
    return Object.hasOwn(parameterProperties(contract.request[parameters], lookup).properties, name);
  }
  if (contract.request.body === undefined || segments.length === 0) return false;
  let nodes: JsonSchema[] = [dereference(contract.request.body, lookup)];
  for (const key of segments) nodes = nodes.flatMap((node) => childSchemas(node, key));
  return nodes.length > 0;
}

/** The sub-schemas a body pointer segment may lead to, through `properties`, `items` and the combinators. */
function childSchemas(schema: JsonSchema, key: string): JsonSchema[] {
  if (typeof schema !== 'object') return [];
  const out: JsonSchema[] = [];
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties && Object.hasOwn(properties, key)) out.push(properties[key] as JsonSchema);
  const items = schema.items as JsonSchema | undefined;
  if (items !== undefined && /^[0-9]+$/.test(key)) out.push(items);
  for (const combinator of ['allOf', 'anyOf', 'oneOf'] as const) {
    for (const part of (schema[combinator] as JsonSchema[] | undefined) ?? []) out.push(...childSchemas(part, key));
  }
  return out;
}

function brokenCopy(mutate: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'clientela-contracts-'));
  cpSync(defaultContractsDir, dir, { recursive: true });
  mutate(dir);
  return dir;
}

function loadError(dir: string): ContractError {
  try {
    loadContracts(dir);
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error('the broken contract loaded');
}

describe('a broken contract stops loading with the file, pointer and reason', () => {
  const file = (dir: string) => join(dir, 'credere', 'customers-find.json');
  const edit = (dir: string, change: (contract: Record<string, unknown>) => void) => {
    const contract = JSON.parse(readFileSync(file(dir), 'utf8')) as Record<string, unknown>;
    change(contract);
    writeFileSync(file(dir), JSON.stringify(contract));
  };

  it('names a missing required member', () => {
    const error = loadError(brokenCopy((dir) => edit(dir, (c) => delete c.method)));
    expect(error.file).toMatch(/customers-find\.json$/);
    expect(error.reason).toContain("must have required property 'method'");
  });

  it('names the pointer of a wrong value', () => {
    const error = loadError(brokenCopy((dir) => edit(dir, (c) => (c.method = 'FETCH'))));
    expect(error.pointer).toBe('/method');
  });

  it('names a $ref that resolves to nothing', () => {
    const error = loadError(brokenCopy((dir) => edit(dir, (c) => ((c.responses as Record<string, { body: unknown }>)['200']!.body = { $ref: 'defs.json#/$defs/NoSuchThing' }))));
    expect(error.pointer).toBe('/responses/200/body');
    expect(error.reason).toMatch(/NoSuchThing|resolve/);
  });

  it('names an unknown schema keyword (strict mode)', () => {
    const error = loadError(brokenCopy((dir) => edit(dir, (c) => ((c.request as Record<string, unknown>).body = { type: 'object', frobnicate: true }))));
    expect(error.message).toMatch(/customers-find\.json/);
    expect(error.message).toMatch(/frobnicate/);
  });

  it('names a file that is not JSON', () => {
    const error = loadError(brokenCopy((dir) => writeFileSync(file(dir), '{ "api": ')));
    expect(error.message).toMatch(/customers-find\.json: is not valid JSON/);
  });
});

describe('compiled validator cache', () => {
  it('gives the same diagnostics from cached validators as from freshly compiled ones', () => {
    const cachedRegistry = loadContracts();
    process.env.CLIENTELA_NO_CACHE = '1';
    let fresh;
    try {
      fresh = loadContracts();
    } finally {
      delete process.env.CLIENTELA_NO_CACHE;
    }
    const input = { headers: { authorization: 'Bearer t' }, body: { customer: { cpf: '529.982.247-24', name: 'x'.repeat(300), born_at: '31/02/2000' } } };
    const a = validateRequest(cachedRegistry.get('customersCreate'), input).diagnostics;
    const b = validateRequest(fresh.get('customersCreate'), input).diagnostics;
    expect(a.length).toBeGreaterThanOrEqual(3);
    expect(a).toEqual(b);
  });
});
