import { requestParts } from '../contracts/contract.js';
import type { CompiledContract, Coercion } from './compile-contract.js';
import type { Diagnostic } from './diagnostic.js';
import { toDiagnostics } from './to-diagnostics.js';

/** The parts of an HTTP request a contract describes. */
export type RequestInput = {
  headers?: Record<string, unknown>;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
};

/** Validation outcome: the diagnostics, and the request values after coercion (typed as the contract says). */
export type RequestValidation = { ok: boolean; diagnostics: Diagnostic[]; values: Required<RequestInput> };

function coerce(value: unknown, to: Coercion): unknown {
  if (typeof value !== 'string') return value;
  if (to === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  // Only plain decimal text becomes a number: `0x3CA`, `1e3` or ` 7` stay strings and fail the schema.
  if (!(to === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(value)) return value;
  return Number(value);
}

function coerceAll(values: Record<string, unknown>, coercions: Record<string, Coercion> | undefined): Record<string, unknown> {
  if (!coercions) return values;
  let any = false;
  for (const name in coercions) if (name in values) any = true;
  if (!any) return values;
  const out: Record<string, unknown> = { ...values };
  for (const [name, to] of Object.entries(coercions)) {
    if (name in out) out[name] = coerce(out[name], to);
  }
  return out;
}

/**
 * Validates a request against its contract. Never throws: problems come back as diagnostics, whose paths start
 * with the request part (`/body/customer/cpf`, `/query/page`, `/headers/apikey`).
 * @example const { ok, diagnostics, values } = validateRequest(registry.get('customersFind'), { query: { cpf_cnpj: '…' } })
 */
export function validateRequest(compiled: CompiledContract, input: RequestInput): RequestValidation {
  const values: Required<RequestInput> = {
    headers: coerceAll(input.headers ?? {}, compiled.coercions.headers),
    params: coerceAll(input.params ?? {}, compiled.coercions.params),
    query: coerceAll(input.query ?? {}, compiled.coercions.query),
    body: input.body,
  };
  const diagnostics: Diagnostic[] = [];
  for (const part of requestParts) {
    const validate = compiled.request[part];
    if (!validate) continue;
    if (part === 'body' && values.body === undefined) {
      diagnostics.push({ path: '/body', code: 'required', message: 'a JSON body is required' });
      continue;
    }
    if (!validate(values[part])) diagnostics.push(...toDiagnostics(`/${part}`, validate.errors));
  }
  return { ok: diagnostics.length === 0, diagnostics, values };
}
