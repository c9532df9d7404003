import { defsId } from './schema-base-id.js';
import type { JsonSchema } from './contract.js';

/** Resolves a `$ref` such as `defs.json#/$defs/number19` to the schema it names. */
export type RefLookup = (ref: string) => JsonSchema | undefined;

function pointerGet(document: unknown, pointer: string): unknown {
  let node = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A lookup over the `defs.json` document of one API (refs written `defs.json#/$defs/x` or `#/$defs/x` inside it). */
export function defsLookup(defs: unknown): RefLookup {
  return (ref) => {
    const hash = ref.indexOf('#');
    if (hash < 0) return undefined;
    return pointerGet(defs, ref.slice(hash + 1)) as JsonSchema | undefined;
  };
}

/**
 * A copy of `schema` with every `$ref` replaced by what it names (siblings of `$ref` are merged in), for tools
 * that cannot follow references (the fake generator). Recursion deeper than `maxDepth` becomes `{}`.
 */
export function dereference(schema: JsonSchema, lookup: RefLookup, maxDepth = 12): JsonSchema {
  const walk = (node: unknown, depth: number): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, depth));
    if (node === null || typeof node !== 'object') return node;
    const object = node as Record<string, unknown>;
    if (typeof object.$ref === 'string') {
      if (depth >= maxDepth) return {};
      const target = lookup(object.$ref);
      if (target === undefined) throw new Error(`cannot resolve $ref ${object.$ref}`);
      const { $ref: _ref, ...siblings } = object;
      const resolved = walk(target, depth + 1);
      if (Object.keys(siblings).length === 0) return resolved;
      return { allOf: [resolved, walk(siblings, depth)] };
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(object)) {
      if (key === '$defs' || key === '$id' || key === '$schema') continue;
      out[key] = walk(value, depth);
    }
    return out;
  };
  return walk(schema, 0) as JsonSchema;
}

/** A lookup over the `defs.json` an Ajv instance holds for `api`. */
export function refLookupFor(ajv: { getSchema: (id: string) => { schema: unknown } | undefined }, api: string): RefLookup {
  return defsLookup(ajv.getSchema(defsId(api))?.schema ?? {});
}
