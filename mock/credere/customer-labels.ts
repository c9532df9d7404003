import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { defaultContractsDir } from '../../src/contracts/api-mounts.js';
import { ApiError } from '../api-error.js';
import { credereValidationError, type FieldErrors } from './render-credere-error.js';

type Schema = { title?: string; $ref?: string; type?: string; items?: Schema; properties?: Record<string, Schema> };

let cached: Map<string, string> | undefined;

function collect(defs: Record<string, Schema>, schema: Schema, path: string, label: string, into: Map<string, string>, depth: number): void {
  const target = schema.$ref ? defs[schema.$ref.split('/').at(-1) ?? ''] : schema.items?.$ref ? defs[schema.items.$ref.split('/').at(-1) ?? ''] : schema;
  if (!target?.properties || depth > 4) return;
  for (const [key, property] of Object.entries(target.properties)) {
    const own = property.title ?? key;
    const full = label ? `${label} - ${own}` : own;
    const at = path ? `${path}.${key}` : key;
    into.set(at, full);
    collect(defs, property, at, full, into, depth + 1);
  }
}

/** Portuguese labels of every customer field path (index-free, e.g. `phones.phone_type_id`), from the contract titles. */
function labelTable(): Map<string, string> {
  if (cached) return cached;
  cached = new Map();
  try {
    const defs = (JSON.parse(readFileSync(join(defaultContractsDir, 'credere', 'defs.json'), 'utf8')) as { $defs: Record<string, Schema> }).$defs;
    collect(defs, { $ref: '#/$defs/customerInput' }, '', '', cached, 0);
    collect(defs, { $ref: '#/$defs/bankValidations' }, 'bank_validations', '', cached, 0);
  } catch {
    // Labels only make messages nicer; without them the renderer humanizes the field name.
  }
  return cached;
}

/**
 * Labels for the keys of a details object (`phones.1.phone_type_id` → `Telefones - Tipo de telefone`).
 * @example labelsFor({ cpf: [{ error: 'taken' }] }) // { cpf: 'CPF' }
 */
export function labelsFor(details: Record<string, unknown>): Record<string, string> {
  const table = labelTable();
  const labels: Record<string, string> = {};
  for (const field of Object.keys(details)) {
    const label = table.get(field.split('.').filter((part) => !/^\d+$/.test(part)).join('.'));
    if (label) labels[field] = label;
  }
  return labels;
}

/** The Credere 422 for a set of field errors, labelled in Portuguese, ready to throw. */
export function invalidFields(errors: FieldErrors): ApiError {
  return new ApiError(credereValidationError(errors, labelsFor(errors)));
}
