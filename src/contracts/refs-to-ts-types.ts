import type { JsonSchema } from './contract.js';
import type { RefLookup } from './dereference.js';

/** `customerResponse` → `CustomerResponse`, `cards-details` → `CardsDetails`. */
export function pascal(text: string): string {
  return text.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, _sep, c: string) => c.toUpperCase());
}

/** The exported type name of a shared definition, from its `$ref` (`defs.json#/$defs/number19` → `Number19`). */
export function refTypeName(ref: string): string | undefined {
  const name = /#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
  return name === undefined ? undefined : pascal(name);
}

// Keywords that document a value without changing its type.
const annotations = new Set(['title', 'description', 'examples', 'default', '$comment', 'deprecated', 'readOnly', 'writeOnly']);
// Keywords json-schema-to-typescript would turn into names of their own (titles) or that carry no type.
const dropped = new Set(['title', '$id', '$schema', '$defs', 'examples']);
// Keywords whose values are data, not schemas.
const literal = new Set(['enum', 'const', 'required', 'default']);

/** True when the siblings of a `$ref` add to its type (more properties, more required), not just notes. */
function addsStructure(siblings: Record<string, unknown>): boolean {
  return Object.entries(siblings).some(([key, value]) => {
    if (annotations.has(key) || key === 'type' || key === 'unevaluatedProperties' || key === 'additionalProperties') return false;
    return !(key === 'properties' && Object.keys(value as object).length === 0);
  });
}

/**
 * Siblings of a `$ref` are an `allOf` with its target (JSON Schema 2020-12): a property the target requires
 * stays required when the siblings narrow it, so `{ $ref: envelope, properties: { data } }` keeps `data` required.
 */
function inheritRequired(siblings: Record<string, unknown>, target: JsonSchema | undefined): Record<string, unknown> {
  const required = typeof target === 'object' && Array.isArray(target.required) ? (target.required as string[]) : [];
  const own = Array.isArray(siblings.required) ? (siblings.required as string[]) : [];
  const narrowed = required.filter((key) => Object.hasOwn((siblings.properties as object | undefined) ?? {}, key) && !own.includes(key));
  return narrowed.length ? { ...siblings, required: [...own, ...narrowed] } : siblings;
}

/**
 * A copy of `schema` for json-schema-to-typescript in which every `$ref` to a shared definition is a `tsType`
 * naming that definition's exported type (so it is declared once and used by reference), and titles are
 * descriptions (each would otherwise become a type of its own, numbered when two collide).
 * @example refsToTsTypes({ $ref: 'defs.json#/$defs/errorEnvelope' }, lookup) // { tsType: 'ErrorEnvelope' }
 */
export function refsToTsTypes(schema: JsonSchema, lookup: RefLookup): JsonSchema {
  const resolve = (ref: string): JsonSchema => {
    const target = lookup(ref);
    if (target === undefined) throw new Error(`cannot resolve $ref ${ref}`);
    return target;
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const object = node as Record<string, unknown>;
    if (typeof object.$ref === 'string') {
      const { $ref, ...siblings } = object;
      const name = refTypeName($ref);
      const note = siblings.description ?? siblings.title;
      const description = typeof note === 'string' ? { description: note } : {};
      // A reference into a definition (`#/$defs/customerInput/properties/cpf`) names no type: inline it.
      const reference = name === undefined ? walk(resolve($ref)) : { tsType: name };
      if (!addsStructure(siblings)) return { ...(reference as object), ...description };
      const { description: _d, ...rest } = inheritRequired(siblings, resolve($ref));
      return { ...description, allOf: [reference, walk(rest)] };
    }
    // A title documents the field (a form label, say); kept as a title it would name a type of its own.
    const out: Record<string, unknown> = typeof object.title === 'string' && object.description === undefined ? { description: object.title } : {};
    for (const [key, value] of Object.entries(object)) {
      if (dropped.has(key)) continue;
      if (literal.has(key)) out[key] = value;
      else out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([name, sub]) => [name, walk(sub)])) : walk(value);
    }
    return out;
  };
  return walk(schema) as JsonSchema;
}
