import type { JsonSchema, ParameterSchema } from './contract.js';
import type { RefLookup } from './dereference.js';

/**
 * The properties and required names of a parameter group, following `$ref`/`allOf` to shared definitions
 * (e.g. a contract's headers that `$ref` the API's common headers and add one of their own).
 */
export function parameterProperties(
  schema: ParameterSchema | JsonSchema | undefined,
  lookup: RefLookup,
  depth = 0,
): { properties: Record<string, JsonSchema>; required: string[] } {
  const out = { properties: {} as Record<string, JsonSchema>, required: [] as string[] };
  if (!schema || typeof schema !== 'object' || depth > 8) return out;
  const merge = (inner: JsonSchema | undefined): void => {
    const found = parameterProperties(inner, lookup, depth + 1);
    Object.assign(out.properties, found.properties);
    out.required.push(...found.required);
  };
  if (typeof schema.$ref === 'string') merge(lookup(schema.$ref));
  for (const part of (schema.allOf as JsonSchema[] | undefined) ?? []) merge(part);
  Object.assign(out.properties, (schema.properties as Record<string, JsonSchema> | undefined) ?? {});
  out.required.push(...((schema.required as string[] | undefined) ?? []));
  out.required = [...new Set(out.required)];
  return out;
}
