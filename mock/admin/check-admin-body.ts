import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from '../../src/validation/create-ajv.js';
import { toDiagnostics } from '../../src/validation/to-diagnostics.js';

/** What an admin body check returns: the body, typed, or one `pointer message` line per reason it is refused. */
export type AdminBodyCheck<T> = { ok: true; value: T } | { ok: false; errors: string[] };

let ajv: Ajv2020 | undefined;
// Keyed by the schema object: each admin schema is a module constant, compiled on its first use only.
const validators = new WeakMap<object, ValidateFunction>();

/**
 * Checks an admin request body against its JSON Schema (compiled once, cached); never throws.
 * @example const checked = checkAdminBody<JournalMatcher>(journalMatcherSchema, request.body ?? {})
 */
export function checkAdminBody<T>(schema: object, value: unknown): AdminBodyCheck<T> {
  let validate = validators.get(schema);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  if (validate(value)) return { ok: true, value: value as T };
  return { ok: false, errors: toDiagnostics('', validate.errors).map((d) => `${d.path || '/'} ${d.message}`) };
}
