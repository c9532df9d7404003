import type { ContractRegistry } from '../contracts/contract-registry.js';
import type { Contract, JsonSchema } from '../contracts/contract.js';
import { dereference, refLookupFor } from '../contracts/dereference.js';
import { parameterProperties } from '../contracts/parameter-properties.js';
import { fakeFromSchema } from '../fake/fake-from-schema.js';
import { hashString } from '../fake/seeded-random.js';

/** One request the drift check sends: from a contract example, or faked from the request schemas. */
export type ProbeRequest = {
  operationId: string;
  source: string;
  params: Record<string, string>;
  query: Record<string, string>;
  /** Extra headers the operation needs (auth headers are the client's business). */
  headers: Record<string, string>;
  body?: unknown;
};

/** Headers the typed clients send themselves; an example's placeholders for them are dropped. */
const AUTH_HEADERS = new Set(['apikey', 'authorization', 'x-clientid', 'signature', 'x-client-request-id', 'timestamp', 'store-id']);

function strings(values: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, String(v)]));
}

function fakeGroup(registry: ContractRegistry, contract: Contract, schema: JsonSchema | undefined, seed: number): Record<string, string> {
  if (!schema) return {};
  const lookup = refLookupFor(registry.ajv, contract.api);
  const { properties, required } = parameterProperties(schema, lookup);
  const out: Record<string, string> = {};
  for (const name of required.filter((n) => !AUTH_HEADERS.has(n))) {
    const property = properties[name];
    if (property !== undefined) out[name] = String(fakeFromSchema(dereference(property, lookup), seed + hashString(name)));
  }
  return out;
}

/**
 * The requests that probe an operation: each contract example whose request is given (valid by construction),
 * else one seeded fake built from the request schemas (required parameters and a full body).
 * @example probeRequests(registry, registry.get('customersFind').contract, 1).map((p) => p.source) // ['example default', …]
 */
export function probeRequests(registry: ContractRegistry, contract: Contract, seed: number): ProbeRequest[] {
  const examples = (contract.examples ?? []).filter((example) => example.request !== undefined);
  if (examples.length > 0) {
    return examples.map((example) => {
      const request = example.request ?? {};
      const headers = Object.fromEntries(Object.entries(strings(request.headers)).filter(([name]) => !AUTH_HEADERS.has(name.toLowerCase())));
      return {
        operationId: contract.operationId,
        source: `example ${example.name}`,
        params: strings(request.params),
        query: strings(request.query),
        headers,
        ...(request.body === undefined ? {} : { body: request.body }),
      };
    });
  }
  const lookup = refLookupFor(registry.ajv, contract.api);
  const operationSeed = seed + hashString(contract.operationId);
  const body = contract.request.body === undefined ? undefined : fakeFromSchema(dereference(contract.request.body, lookup), operationSeed);
  return [
    {
      operationId: contract.operationId,
      source: `fake (seed ${seed})`,
      params: fakeGroup(registry, contract, contract.request.params, operationSeed),
      query: fakeGroup(registry, contract, contract.request.query, operationSeed),
      headers: fakeGroup(registry, contract, contract.request.headers, operationSeed),
      ...(body === undefined ? {} : { body }),
    },
  ];
}
