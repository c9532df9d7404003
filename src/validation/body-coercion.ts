import type { JsonSchema } from '../contracts/contract.js';
import type { RefLookup } from '../contracts/dereference.js';
import { type Coercion, coerceValue } from './coerce-value.js';

/**
 * Where a body's strings are read as the scalar its schema wants: a coercion for a scalar, the plans of the
 * properties of an object, the plan of the items of an array.
 */
export type BodyCoercion = Coercion | { properties: Record<string, BodyCoercion>; items?: BodyCoercion };

type Node = Record<string, unknown>;

/** The scalar a schema node wants a string to become, when it takes no string itself. */
function scalarOf(types: unknown[]): Coercion | undefined {
  if (types.includes('string')) return undefined;
  if (types.includes('integer')) return 'integer';
  if (types.includes('number')) return 'number';
  return types.includes('boolean') ? 'boolean' : undefined;
}

function planOf(schema: JsonSchema | undefined, lookup: RefLookup, depth: number): BodyCoercion | undefined {
  if (typeof schema !== 'object' || depth > 16) return undefined;
  const branches: Node[] = [schema];
  if (typeof schema.$ref === 'string') {
    const target = lookup(schema.$ref);
    if (typeof target === 'object') branches.push(target);
  }
  for (const key of ['anyOf', 'allOf', 'oneOf'] as const) if (Array.isArray(schema[key])) branches.push(...(schema[key] as Node[]));
  const types = branches.flatMap((node) => (node === schema ? ([] as unknown[]).concat(node.type ?? []) : []));
  const plans = branches.filter((node) => node !== schema).map((node) => planOf(node as JsonSchema, lookup, depth + 1));
  const properties: Record<string, BodyCoercion> = {};
  let items: BodyCoercion | undefined;
  for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    const plan = planOf(property, lookup, depth + 1);
    if (plan) properties[key] = plan;
  }
  if (schema.items !== undefined) items = planOf(schema.items as JsonSchema, lookup, depth + 1);
  const scalar = scalarOf(types) ?? plans.find((plan) => typeof plan === 'string');
  // A branch that takes strings (`anyOf: [{ $ref: cnpj }, { type: 'null' }]`) keeps them as they are.
  if (branches.some((node) => ([] as unknown[]).concat(node.type ?? []).includes('string'))) return undefined;
  if (scalar) return scalar;
  for (const plan of plans) {
    if (typeof plan !== 'object') continue;
    Object.assign(properties, plan.properties);
    items ??= plan.items;
  }
  if (Object.keys(properties).length === 0 && items === undefined) return undefined;
  return items === undefined ? { properties } : { properties, items };
}

/**
 * The coercion plan of a body schema (`$ref`s followed through `lookup`): which strings become numbers or
 * booleans, as Rails casts its parameters. Undefined when the schema wants no scalar but strings.
 * @example bodyCoercionOf({ type: 'object', properties: { code: { type: 'integer' } } }, lookup) // { properties: { code: 'integer' } }
 */
export function bodyCoercionOf(schema: JsonSchema, lookup: RefLookup): BodyCoercion | undefined {
  return planOf(schema, lookup, 0);
}

/**
 * `body` with the strings its plan names read as numbers or booleans (`"84"` → 84, `"true"` → true); other
 * values, and strings that are not plain decimals, are left for the schema to judge. Copies only what changes.
 * @example coerceBody({ code: '84' }, { properties: { code: 'integer' } }) // { code: 84 }
 */
export function coerceBody(body: unknown, plan: BodyCoercion | undefined): unknown {
  if (plan === undefined) return body;
  if (typeof plan === 'string') return coerceValue(body, plan);
  if (Array.isArray(body)) {
    const items = plan.items;
    if (items === undefined) return body;
    let out: unknown[] | undefined;
    body.forEach((item, index) => {
      const next = coerceBody(item, items);
      if (next !== item) (out ??= body.slice())[index] = next;
    });
    return out ?? body;
  }
  if (body === null || typeof body !== 'object') return body;
  let out: Record<string, unknown> | undefined;
  for (const [key, inner] of Object.entries(plan.properties)) {
    if (!Object.hasOwn(body, key)) continue;
    const value = (body as Record<string, unknown>)[key];
    const next = coerceBody(value, inner);
    if (next !== value) (out ??= { ...(body as Record<string, unknown>) })[key] = next;
  }
  return out ?? body;
}
