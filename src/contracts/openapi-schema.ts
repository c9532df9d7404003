import { customFormats } from '../validation/formats.js';

/** The OpenAPI versions the export writes. */
export type OpenApiVersion = '3.1' | '3.0';

type SchemaObject = Record<string, unknown>;

/** Rewrites `defs.json#/$defs/X` (and `#/$defs/X` inside defs) to `#/components/schemas/X`. */
function componentRef(ref: string): string {
  return ref.replace(/^(defs\.json)?#\/\$defs\//, '#/components/schemas/');
}

const NULL_ONLY = { type: 'string', nullable: true, enum: [null] };

function isNullOnly(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && (schema as SchemaObject).nullable === true && JSON.stringify((schema as SchemaObject).enum) === '[null]';
}

/**
 * OpenAPI 3.0 has no `const`, `type: "null"` (alone or in a list of types), `examples` in schemas, `unevaluatedProperties` or numeric
 * exclusive bounds: `const` becomes a one-value `enum`, `null` a nullable string that only takes null (folded into
 * its sibling as `nullable` when an `anyOf` offers a typed schema or null), `examples` its first `example`.
 */
function downgrade(schema: SchemaObject): SchemaObject {
  let out = { ...schema };
  if ('const' in out) {
    out.enum = [out.const];
    delete out.const;
  }
  if (out.type === 'null') out = { ...out, ...NULL_ONLY };
  // `type: ["string", "null"]` is 3.1's spelling of 3.0's nullable string.
  if (Array.isArray(out.type) && out.type.includes('null')) {
    const types = out.type.filter((type) => type !== 'null');
    if (types.length === 1) out = { ...out, type: types[0], nullable: true };
  }
  if (Array.isArray(out.anyOf) && out.anyOf.length === 2 && out.anyOf.some(isNullOnly)) {
    const other = out.anyOf.find((branch) => !isNullOnly(branch)) as SchemaObject;
    if (typeof other.type === 'string' && other.$ref === undefined) {
      const { anyOf: _anyOf, ...rest } = out;
      out = { ...other, ...rest, nullable: true };
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    }
  }
  if (Array.isArray(out.examples)) {
    if (out.examples.length) out.example = out.examples[0];
    delete out.examples;
  }
  delete out.unevaluatedProperties;
  for (const [bound, exclusive] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ] as const) {
    if (typeof out[exclusive] === 'number') {
      out[bound] = out[exclusive];
      out[exclusive] = true;
    }
  }
  return out;
}

/**
 * The `type` of a schema's string, number or boolean `const`: tools that fill requests from schemas (Postman's
 * converter, under Portman) ignore a bare `const` and invent a value, but take a typed one-value `enum`.
 */
function typeOfConst(schema: SchemaObject): string | undefined {
  if (!('const' in schema)) return undefined;
  const value = schema.const;
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value;
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return undefined;
}

const COMPOSITION = ['allOf', 'anyOf', 'oneOf', 'not', 'if', '$ref'];

/**
 * An object schema that `$ref`s another plain object schema and adds properties (an envelope with its payload),
 * written out as one object: generators and mock servers then see the payload where it sits, not an
 * intersection with the envelope's open `data`.
 */
function mergedObject(schema: SchemaObject, lookup: (ref: string) => unknown): SchemaObject | undefined {
  if (typeof schema.$ref !== 'string' || typeof schema.properties !== 'object' || COMPOSITION.some((key) => key !== '$ref' && key in schema)) return undefined;
  const target = lookup(schema.$ref) as SchemaObject | undefined;
  if (!target || typeof target.properties !== 'object' || COMPOSITION.some((key) => key in target)) return undefined;
  const { $ref: _ref, ...siblings } = schema;
  const required = [...new Set([...((target.required as string[] | undefined) ?? []), ...((siblings.required as string[] | undefined) ?? [])])];
  const merged: SchemaObject = { ...target, ...siblings, properties: { ...(target.properties as SchemaObject), ...(siblings.properties as SchemaObject) } };
  // OpenAPI 3.0 (JSON Schema draft 4) refuses an empty `required`; no names is the same as no keyword.
  if (required.length > 0) merged.required = required;
  else delete merged.required;
  return merged;
}

/**
 * A contract schema as OpenAPI tools read it: references point into `components/schemas`, a `$ref` never has
 * sibling keywords (an object that extends a plain object definition is merged with it when `lookup` is given;
 * otherwise the reference moves into `allOf`), arrays always say what their `items` are, custom
 * formats (`cpf`, `cnpj`, `cep`, `date-br`, …) carry the `pattern` of their spelling, a string, number or boolean
 * `const` is also a typed one-value `enum`, and for 3.0 the
 * 2020-12 keywords 3.0 lacks are rewritten.
 * @example openApiSchema({ $ref: 'defs.json#/$defs/cpf', description: 'x' }, '3.1') // { allOf: [{ $ref: '#/components/schemas/cpf' }], description: 'x' }
 */
export function openApiSchema(node: unknown, version: OpenApiVersion, lookup?: (ref: string) => unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => openApiSchema(item, version, lookup));
  if (node === null || typeof node !== 'object') return node;
  const merged = lookup ? mergedObject(node as SchemaObject, lookup) : undefined;
  if (merged) return openApiSchema(merged, version, lookup);
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id' || key === '$comment') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = componentRef(value);
    else if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value as SchemaObject).map(([name, inner]) => [name, openApiSchema(inner, version, lookup)]));
    } else if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default' || key === 'required') out[key] = value;
    else out[key] = openApiSchema(value, version, lookup);
  }
  const format = typeof out.format === 'string' ? customFormats[out.format] : undefined;
  if (format && out.pattern === undefined) out.pattern = format.pattern;
  if (out.type === 'array' && out.items === undefined) out.items = {};
  const constant = typeOfConst(out);
  if (constant) {
    out.type ??= constant;
    out.enum ??= [out.const];
  }
  let result = out;
  if (typeof out.$ref === 'string' && Object.keys(out).length > 1) {
    const { $ref, ...siblings } = out;
    result = { ...siblings, allOf: [{ $ref }, ...((siblings.allOf as unknown[] | undefined) ?? [])] };
  }
  return version === '3.0' ? downgrade(result) : result;
}

/** The `type`s and `enum` values a schema allows, following `$ref`, `allOf` and `anyOf`/`oneOf`. */
function allowedTypes(schema: unknown, lookup: (ref: string) => unknown, depth = 0): { types: Set<string>; values: unknown[] } {
  const found = { types: new Set<string>(), values: [] as unknown[] };
  if (schema === null || typeof schema !== 'object' || depth > 8) return found;
  const object = schema as SchemaObject;
  const add = (inner: unknown): void => {
    const more = allowedTypes(inner, lookup, depth + 1);
    more.types.forEach((type) => found.types.add(type));
    found.values.push(...more.values);
  };
  if (typeof object.type === 'string') found.types.add(object.type);
  if (Array.isArray(object.enum)) found.values.push(...object.enum);
  if ('const' in object) found.values.push(object.const);
  if (typeof object.$ref === 'string') add(lookup(object.$ref));
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) for (const inner of (object[key] as unknown[] | undefined) ?? []) add(inner);
  return found;
}

/**
 * A parameter example as its schema types it: path, query and header values arrive as strings and contracts
 * coerce them, so `"42"` of an integer parameter is exported as `42` (and `"true"` of a boolean as `true`).
 * @example typedExample('42', { type: 'integer' }, lookup) // 42
 */
export function typedExample(value: unknown, schema: unknown, lookup: (ref: string) => unknown): unknown {
  if (typeof value !== 'string') return value;
  const { types, values } = allowedTypes(schema, lookup);
  if (types.has('string') || values.includes(value)) return value;
  if ((types.has('integer') || types.has('number') || values.some((v) => typeof v === 'number')) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if ((types.has('boolean') || values.some((v) => typeof v === 'boolean')) && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
