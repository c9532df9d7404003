import type { JsonSchema } from './contract.js';
import type { RefLookup } from './dereference.js';

type SchemaObject = Exclude<JsonSchema, boolean>;

/** The schemas `schema` stands for: itself, what its `$ref` names, and its `allOf`/`anyOf`/`oneOf` branches. */
function branches(schema: JsonSchema | undefined, lookup: RefLookup, depth = 0): SchemaObject[] {
  if (schema === undefined || typeof schema === 'boolean' || depth > 16) return [];
  const found: SchemaObject[] = [schema];
  if (typeof schema.$ref === 'string') found.push(...branches(lookup(schema.$ref), lookup, depth + 1));
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) for (const branch of list as JsonSchema[]) found.push(...branches(branch, lookup, depth + 1));
  }
  return found;
}

/** The schema a key of an object is checked against in any branch, or `undefined` when none declares it. */
function propertySchemas(schemas: SchemaObject[], key: string): JsonSchema[] | undefined {
  const declared: JsonSchema[] = [];
  let open = false;
  for (const schema of schemas) {
    const properties = schema.properties as Record<string, JsonSchema> | undefined;
    const property = properties && Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (property !== undefined) declared.push(property);
    const additional = schema.additionalProperties as JsonSchema | undefined;
    if (additional !== undefined && additional !== false && property === undefined) {
      if (additional === true) open = true;
      else declared.push(additional);
    }
  }
  return declared.length > 0 || open ? declared : undefined;
}

function walk(value: unknown, schemas: SchemaObject[], lookup: RefLookup): unknown {
  if (Array.isArray(value)) {
    const items = schemas.flatMap((schema) => branches(schema.items as JsonSchema | undefined, lookup));
    return items.length === 0 ? value : value.map((item) => walk(item, items, lookup));
  }
  if (value === null || typeof value !== 'object') return value;
  // A schema that names no property at all describes a free-form object: nothing to pick from.
  if (!schemas.some((schema) => schema.properties !== undefined)) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const declared = propertySchemas(schemas, key);
    if (declared === undefined) continue;
    kept[key] = walk(inner, declared.flatMap((schema) => branches(schema, lookup)), lookup);
  }
  return kept;
}

/**
 * A copy of `value` (already valid against `schema`) keeping only the object keys the schema declares, at every
 * depth: `properties`, or an `additionalProperties` that is a schema or `true`. Undeclared keys, which JSON Schema
 * lets through when `additionalProperties` is absent, are dropped, so a handler never stores what the contract
 * does not name. Linear in the size of `value`.
 * @example declaredOnly({ a: 1, b: 2 }, { type: 'object', properties: { a: {} } }, lookup) // { a: 1 }
 */
export function declaredOnly(value: unknown, schema: JsonSchema | undefined, lookup: RefLookup): unknown {
  const schemas = branches(schema, lookup);
  return schemas.length === 0 ? value : walk(value, schemas, lookup);
}
