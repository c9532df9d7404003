import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { JsonSchema } from '../../src/contracts/contract.js';
import { dereference, refLookupFor } from '../../src/contracts/dereference.js';
import { fakeFromSchema } from '../../src/fake/fake-from-schema.js';
import { hashString } from '../../src/fake/seeded-random.js';
import { problem } from '../../src/problems/problem.js';
import type { CompiledContract } from '../../src/validation/compile-contract.js';
import type { ApiErrorRenderer, ApiResponse } from '../../src/plugin/api-plugin.js';
import type { Interceptor } from '../pipeline/interceptor.js';
import { sleep } from './inject-faults.js';
import { problemResponse } from './render-problem.js';

/** Longest `Prefer: delay=` honoured, in ms. */
export const MAX_PREFER_DELAY_MS = 10_000;

/** The preferences clientela honours, parsed from `Prefer: code=422, example=duplicate-cpf, delay=200`. */
export type Preferences = { code?: string; example?: string; delay?: string };

export function parsePrefer(header: string | undefined): Preferences {
  const preferences: Preferences = {};
  for (const part of (header ?? '').split(/[,;]/)) {
    const [key, ...rest] = part.split('=');
    const name = key?.trim().toLowerCase();
    const value = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (name === 'code' || name === 'example' || name === 'delay') preferences[name] = value;
  }
  return preferences;
}

function synthesize(compiled: CompiledContract, status: number, errors: ApiErrorRenderer, ajv: Ajv2020, cache: Map<string, unknown>): ApiResponse {
  const { contract } = compiled;
  const catalogued = errors.catalogued(compiled, status);
  if (catalogued) return catalogued;
  if (status === 500 || status === 503) return errors.failure(status, 'forced by the Prefer header');
  if (status === 400 || status === 413 || status === 415) return errors.malformed(status, 'forced by the Prefer header');
  const schema = contract.responses[String(status)]?.body;
  if (schema === undefined) return { status };
  const key = `${contract.operationId} ${status}`;
  if (!cache.has(key)) cache.set(key, dereference(schema, refLookupFor(ajv, contract.api), 10));
  return { status, body: fakeFromSchema(cache.get(key) as JsonSchema, hashString(key)) };
}

function refuse(detail: string, extensions: Record<string, unknown>): ApiResponse {
  return problemResponse(problem('invalid-prefer', detail, extensions));
}

/**
 * The `Prefer` header, as Prism reads it: `code=NNN` answers the contract's example for that status (else the
 * API's catalogued error for it, e.g. FirstVision's 422 with the operation's first VPL code, else a body faked
 * from its schema), `example=NAME` answers that named example, `delay=MS` waits first (at most 10 s). What the
 * contract lacks is a 400 problem naming what exists. Synchronous unless a delay is asked: a request without
 * `Prefer` costs no promise.
 */
export function applyPrefer(ajv: Ajv2020): Interceptor {
  const cache = new Map<string, unknown>();
  const answer = (compiled: CompiledContract, errors: ApiErrorRenderer, preferences: Preferences): ApiResponse | undefined => {
    const { contract } = compiled;
    const statuses = Object.keys(contract.responses);
    const examples = (contract.examples ?? []).filter((example) => example.response);
    const applied = { 'preference-applied': [preferences.code && `code=${preferences.code}`, preferences.example && `example=${preferences.example}`].filter(Boolean).join(', ') };
    if (preferences.example !== undefined) {
      const example = examples.find((e) => e.name === preferences.example);
      if (!example?.response) {
        return refuse(`${contract.operationId} has no response example "${preferences.example}"`, { examples: examples.map((e) => e.name) });
      }
      if (preferences.code !== undefined && String(example.response.status) !== preferences.code) {
        return refuse(`example "${example.name}" of ${contract.operationId} answers ${example.response.status}, not ${preferences.code}`, { examples: examples.map((e) => e.name) });
      }
      return { status: example.response.status, body: example.response.body, headers: applied };
    }
    if (preferences.code === undefined) return undefined;
    if (!statuses.includes(preferences.code)) {
      return refuse(`${contract.operationId} declares no ${preferences.code} response`, { statuses });
    }
    const status = Number(preferences.code);
    const example = examples.find((e) => e.response?.status === status);
    const result = example?.response ? { status, body: example.response.body } : synthesize(compiled, status, errors, ajv, cache);
    return { ...result, headers: { ...result.headers, ...applied } };
  };
  return ({ compiled, request, errors }) => {
    const header = request.headers.prefer;
    if (header === undefined) return undefined;
    const preferences = parsePrefer(Array.isArray(header) ? header.join(',') : header);
    if (preferences.delay === undefined) return answer(compiled, errors, preferences);
    const ms = Number(preferences.delay);
    if (!Number.isInteger(ms) || ms < 0) return refuse(`Prefer delay must be a whole number of milliseconds, got "${preferences.delay}"`, {});
    return sleep(Math.min(ms, MAX_PREFER_DELAY_MS)).then(() => answer(compiled, errors, preferences));
  };
}
