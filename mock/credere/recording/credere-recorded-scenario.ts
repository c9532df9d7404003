import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../src/package-root.js';
import { onlyDigits } from '../../../src/numbers/cpf.js';
import type { RecordedExchange } from '../../../src/plugin/recording-support.js';
import type { CredereCustomerSpec, CredereScenarioPart } from '../credere-scenario-spec.js';

type Json = Record<string, unknown>;
type Schema = { $ref?: string; items?: Schema; anyOf?: Schema[]; properties?: Record<string, Schema> };

const defs = (JSON.parse(readFileSync(join(packageRoot, 'contracts', 'credere', 'defs.json'), 'utf8')) as { $defs: Record<string, Schema> }).$defs;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The request schema a property nests (`#/$defs/phoneInput`), if it nests one. */
function nestedInput(schema: Schema): Schema | undefined {
  // An optional object is `anyOf: [{ $ref }, { type: 'null' }]` (null clears it): the reference is its first branch.
  const ref = schema.$ref ?? schema.items?.$ref ?? schema.anyOf?.find((branch) => branch.$ref)?.$ref;
  const name = ref?.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
  return name?.endsWith('Input') ? defs[name] : undefined;
}

/**
 * A record as Credere answers it, in the shape `POST /customers` takes (per the contract's request schema): ids
 * and timestamps dropped (the mock gives its own), nested domain objects back to their `_id`s, nulls left out.
 */
function inputOf(schema: Schema, value: Json): Json {
  const out: Json = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (name === 'id' || name === 'attachments') continue;
    let inner = value[name];
    if ((inner === undefined || inner === null) && name.endsWith('_id')) {
      const domain = value[name.slice(0, -3)];
      inner = isObject(domain) ? domain.id : undefined;
    }
    if (inner === undefined || inner === null) continue;
    const nested = nestedInput(property);
    if (nested && Array.isArray(inner)) out[name] = inner.filter(isObject).map((item) => inputOf(nested, item));
    else if (nested && isObject(inner)) out[name] = inputOf(nested, inner);
    else if (!nested) out[name] = inner;
  }
  return out;
}

/** The customers an answer carries: `customer`, or each of `customers`. */
function customersIn(body: unknown): Json[] {
  if (!isObject(body)) return [];
  if (isObject(body.customer)) return [body.customer];
  return Array.isArray(body.customers) ? body.customers.filter(isObject) : [];
}

/**
 * The `credere` part of a recording: every customer an answer showed (created, fetched, found, listed, updated),
 * as last seen, with its nested records, keyed by CPF.
 */
export function credereRecordedScenario(exchanges: readonly RecordedExchange[]): CredereScenarioPart | undefined {
  const byCpf = new Map<string, CredereCustomerSpec>();
  const customerInput = defs.customerInput as Schema;
  for (const exchange of exchanges) {
    if (exchange.status >= 300) continue;
    for (const customer of customersIn(exchange.responseBody)) {
      const input = inputOf(customerInput, customer);
      if (typeof input.cpf !== 'string') continue;
      byCpf.set(onlyDigits(input.cpf), { customer: input });
    }
  }
  return byCpf.size ? { customers: [...byCpf.values()] } : undefined;
}
