import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Portuguese labels by index-free customer field path (`phones.phone_type_id` → `Telefones - Tipo de telefone`). */
export type FieldLabels = ReadonlyMap<string, string>;

type Schema = { title?: string; $ref?: string; type?: string | string[]; items?: Schema; anyOf?: Schema[]; properties?: Record<string, Schema> };

/** The object schema a property holds: through its `$ref`, its `items`, or the referenced branch of `anyOf: [ref, null]`. */
function objectOf(defs: Record<string, Schema>, schema: Schema): Schema | undefined {
  const ref = schema.$ref ?? schema.items?.$ref ?? schema.anyOf?.find((branch) => branch.$ref)?.$ref;
  return ref ? defs[ref.split('/').at(-1) ?? ''] : schema;
}

const cache = new Map<string, FieldLabels>();

function collect(defs: Record<string, Schema>, schema: Schema, path: string, label: string, into: Map<string, string>, depth: number): void {
  const target = objectOf(defs, schema);
  if (!target?.properties || depth > 4) return;
  for (const [key, property] of Object.entries(target.properties)) {
    const own = property.title ?? key;
    const full = label ? `${label} - ${own}` : own;
    const at = path ? `${path}.${key}` : key;
    into.set(at, full);
    collect(defs, property, at, full, into, depth + 1);
  }
}

/**
 * The labels of every field of `customerInput` and `bankValidations`, from the titles of the contracts' defs.json.
 * @example fieldLabelsFrom(defs).get('phones.number') // 'Telefones - Número do telefone'
 */
export function fieldLabelsFrom(defs: Record<string, unknown>): FieldLabels {
  const labels = new Map<string, string>();
  const schemas = defs as Record<string, Schema>;
  collect(schemas, { $ref: '#/$defs/customerInput' }, '', '', labels, 0);
  collect(schemas, { $ref: '#/$defs/bankValidations' }, 'bank_validations', '', labels, 0);
  return labels;
}

/**
 * Reads `<contractsDir>/defs.json` once per folder (at start-up, never in a request); an unreadable file throws naming it.
 * @example loadFieldLabels(credere.contractsDir).get('cpf') // 'CPF'
 */
export function loadFieldLabels(contractsDir: string): FieldLabels {
  const cached = cache.get(contractsDir);
  if (cached) return cached;
  const file = join(contractsDir, 'defs.json');
  let document: { $defs?: Record<string, unknown> };
  try {
    document = JSON.parse(readFileSync(file, 'utf8')) as { $defs?: Record<string, unknown> };
  } catch (error) {
    throw new Error(`credere: cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  const labels = fieldLabelsFrom(document.$defs ?? {});
  cache.set(contractsDir, labels);
  return labels;
}

/**
 * Labels for the keys of a details object (`phones.1.phone_type_id` → `Telefones - Tipo de telefone`).
 * @example labelsFor(labels, { cpf: [{ error: 'taken' }] }) // { cpf: 'CPF' }
 */
export function labelsFor(table: FieldLabels, details: Record<string, unknown>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const field of Object.keys(details)) {
    const label = table.get(field.split('.').filter((part) => !/^\d+$/.test(part)).join('.'));
    if (label) labels[field] = label;
  }
  return labels;
}
