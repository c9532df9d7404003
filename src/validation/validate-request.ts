import { requestParts } from '../contracts/contract.js';
import type { CompiledContract } from './compile-contract.js';
import { coerceBody } from './body-coercion.js';
import { type Coercion, coerceValue } from './coerce-value.js';
import type { Diagnostic } from './diagnostic.js';
import { toDiagnostics } from './to-diagnostics.js';
import { checkBodyShape } from './check-body-shape.js';

/** At most this many diagnostics are kept; past it a last `tooManyErrors` diagnostic gives the total. */
export const MAX_DIAGNOSTICS = 100;

/** The parts of an HTTP request a contract describes. */
export type RequestInput = {
  headers?: Record<string, unknown>;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
};

/** Validation outcome: the diagnostics, and the request values after coercion (typed as the contract says). */
export type RequestValidation = { ok: boolean; diagnostics: Diagnostic[]; values: Required<RequestInput> };

function coerceAll(values: Record<string, unknown>, coercions: Record<string, Coercion> | undefined): Record<string, unknown> {
  if (!coercions) return values;
  let any = false;
  for (const name in coercions) if (name in values) any = true;
  if (!any) return values;
  const out: Record<string, unknown> = { ...values };
  for (const [name, to] of Object.entries(coercions)) {
    if (name in out) out[name] = coerceValue(out[name], to);
  }
  return out;
}

/** The first MAX_DIAGNOSTICS diagnostics, then one `tooManyErrors` (path `/errors`) with the total, when there are more. */
function capped(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const total = diagnostics.length;
  const first = diagnostics.slice(0, MAX_DIAGNOSTICS);
  first.push({ path: '/errors', code: 'tooManyErrors', message: `${total} errors in all, only the first ${MAX_DIAGNOSTICS} are listed`, params: { total, listed: MAX_DIAGNOSTICS } });
  return first;
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
    body: coerceBody(input.body, compiled.bodyCoercion),
  };
  const diagnostics: Diagnostic[] = [];
  for (const part of requestParts) {
    const validate = compiled.request[part];
    if (!validate) continue;
    if (part === 'body' && values.body === undefined) {
      diagnostics.push({ path: '/body', code: 'required', message: 'a JSON body is required' });
      continue;
    }
    const breach = part === 'body' ? checkBodyShape(values.body, '/body') : undefined;
    if (breach) {
      diagnostics.push(breach);
      continue;
    }
    // One by one: spreading 130,000 diagnostics into push overflows the stack.
    if (!validate(values[part])) for (const diagnostic of toDiagnostics(`/${part}`, validate.errors)) diagnostics.push(diagnostic);
  }
  return { ok: diagnostics.length === 0, diagnostics: capped(diagnostics), values };
}
