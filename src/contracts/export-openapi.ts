import type { ApiInfo } from '../plugin/api-plugin.js';
import { schemeHeaders } from '../plugin/openapi-support.js';
import type { Contract, ContractExample, JsonSchema, ParameterSchema } from './contract.js';
import type { ContractRegistry } from './contract-registry.js';
import { type RefLookup, refLookupFor } from './dereference.js';
import { type OpenApiVersion, openApiSchema, typedExample } from './openapi-schema.js';
import { parameterProperties } from './parameter-properties.js';
import { defsId } from './schema-base-id.js';

export type { OpenApiVersion } from './openapi-schema.js';

type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };

/** How the document is written: its OpenAPI version and the server URL it names (the mount is appended). */
export type ExportOptions = { version?: OpenApiVersion; serverUrl?: string };

type Context = { lookup: RefLookup; info: ApiInfo; version: OpenApiVersion; securityHeaders: Set<string> };

/** The contract's examples, the one named `default` first (the one the default scenario answers). */
function orderedExamples(contract: Contract): ContractExample[] {
  const examples = contract.examples ?? [];
  return [...examples.filter((e) => e.name === 'default'), ...examples.filter((e) => e.name !== 'default')];
}

/** An example of a request the API accepts: no response, or a 1xx–3xx one (a 404 or 422 example shows a refusal). */
function succeeds(example: ContractExample): boolean {
  return example.request !== undefined && (example.response === undefined || example.response.status < 400);
}

type ParameterPart = 'params' | 'query' | 'headers';

/** The value `example` sends for a parameter (header names compared case-insensitively), if any. */
function sentValue(example: ContractExample, part: ParameterPart, name: string): { value: unknown } | undefined {
  const values = example.request?.[part] as Record<string, unknown> | undefined;
  const found = values && Object.entries(values).find(([key]) => (part === 'headers' ? key.toLowerCase() === name.toLowerCase() : key === name));
  return found ? { value: found[1] } : undefined;
}

/** An example value for a parameter: the first accepted contract example that sends it, else one its schema names. */
function parameterExample(contract: Contract, part: ParameterPart, name: string, schema: JsonSchema, lookup: RefLookup): unknown {
  for (const example of orderedExamples(contract).filter(succeeds)) {
    const sent = sentValue(example, part, name);
    if (sent) return sent.value;
  }
  return schemaExample(schema, lookup);
}

/**
 * Whether an example's path and query values are the parameters' exported examples: a body example is exported
 * only then, so a request built from the document's examples is one of the contract's (a tool cannot pair a body
 * example with other parameter values).
 */
function matchesParameters(contract: Contract, example: ContractExample): boolean {
  return (['params', 'query'] as const).every((part) =>
    Object.entries((example.request?.[part] as Record<string, unknown> | undefined) ?? {}).every(([name, value]) => {
      const exported = parameterExample(contract, part, name, {}, () => undefined);
      return exported === undefined || String(exported) === String(value);
    }),
  );
}

/** A value the schema itself names: its first `examples` entry, `default`, `const` or first `enum` value (through `$ref`). */
function schemaExample(schema: JsonSchema | undefined, lookup: RefLookup, depth = 0): unknown {
  if (typeof schema !== 'object' || depth > 8) return undefined;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if ('default' in schema) return schema.default;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  return typeof schema.$ref === 'string' ? schemaExample(lookup(schema.$ref), lookup, depth + 1) : undefined;
}

function parameters(contract: Contract, context: Context): unknown[] {
  const list: unknown[] = [];
  const groups: Array<['params' | 'query' | 'headers', string]> = [
    ['params', 'path'],
    ['query', 'query'],
    ['headers', 'header'],
  ];
  for (const [part, where] of groups) {
    const schema = parameterProperties(contract.request[part] as ParameterSchema | undefined, context.lookup);
    for (const [name, property] of Object.entries(schema.properties)) {
      if (where === 'header' && context.securityHeaders.has(name.toLowerCase())) continue;
      const description = typeof property === 'object' && typeof property.description === 'string' ? property.description : undefined;
      const raw = parameterExample(contract, part, name, property, context.lookup);
      const example = typedExample(raw, property, context.lookup);
      list.push({
        name,
        in: where,
        required: where === 'path' || schema.required.includes(name),
        ...(description ? { description } : {}),
        schema: openApiSchema(property, context.version, context.lookup),
        ...(example === undefined ? {} : { example }),
      });
    }
  }
  return list;
}

function examplesOf(contract: Contract, pick: (example: ContractExample) => unknown): Record<string, { value: unknown }> | undefined {
  const entries = orderedExamples(contract)
    .map((example) => [example.name, pick(example)] as const)
    .filter(([, value]) => value !== undefined);
  return entries.length ? Object.fromEntries(entries.map(([name, value]) => [name, { value }])) : undefined;
}

function operation(contract: Contract, operationId: string, context: Context, alsoAt: string[]): Record<string, unknown> {
  const { info, version } = context;
  const description = [contract.description, alsoAt.length ? `Also answered at ${alsoAt.map((path) => `\`${path}\``).join(', ')}.` : undefined].filter(Boolean).join('\n\n');
  const op: Record<string, unknown> = {
    operationId,
    summary: contract.summary,
    ...(description ? { description } : {}),
    ...(contract.tags ? { tags: contract.tags } : {}),
    ...(info.openApi ? { security: info.openApi.security(contract) } : {}),
    parameters: parameters(contract, context),
    responses: Object.fromEntries(
      Object.entries(contract.responses).map(([status, response]) => {
        const examples = examplesOf(contract, (e) => (e.response?.status === Number(status) ? e.response.body : undefined));
        const content = response.body === undefined ? {} : { content: { 'application/json': { schema: openApiSchema(response.body, version, context.lookup), ...(examples ? { examples } : {}) } } };
        return [status, { description: response.description, ...content }];
      }),
    ),
  };
  if (contract.request.body !== undefined) {
    const examples = examplesOf(contract, (e) => (succeeds(e) && matchesParameters(contract, e) ? e.request?.body : undefined));
    op.requestBody = {
      required: true,
      content: { [contract.request.contentType ?? 'application/json']: { schema: openApiSchema(contract.request.body as JsonSchema, version, context.lookup), ...(examples ? { examples } : {}) } },
    };
  }
  return op;
}

/** The component names a node refers to (`#/components/schemas/X…` → X). */
function referencedComponents(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => referencedComponents(item, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = /^#\/components\/schemas\/([^/]+)/.exec(value)?.[1];
        if (name) found.add(name);
      } else referencedComponents(value, found);
    }
  }
  return found;
}

/** The shared definitions the paths reach, directly or through other definitions. */
function reachableSchemas(schemas: Record<string, unknown>, paths: unknown): Record<string, unknown> {
  const reached = new Set<string>();
  const queue = [...referencedComponents(paths)];
  while (queue.length) {
    const name = queue.pop() as string;
    if (reached.has(name) || !(name in schemas)) continue;
    reached.add(name);
    queue.push(...referencedComponents(schemas[name]));
  }
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
}

/** Aliases that only add a trailing slash stay out of `paths` (linters and generators reject them); the operation's description names them. */
function isTrailingSlashAlias(path: string, alias: string): boolean {
  return alias.length > 1 && alias.endsWith('/') && alias.slice(0, -1) === path;
}

/**
 * An OpenAPI document (3.1 by default, or 3.0) of one API, derived from its contracts (shared definitions become
 * components), with the plug-in's security schemes applied per operation, for Swagger UI, Postman, Prism,
 * linters and client generators.
 * @example writeFileSync('acme.json', JSON.stringify(exportOpenApi(registry, plugin, { version: '3.0' })))
 */
export function exportOpenApi(registry: ContractRegistry, info: ApiInfo, options: ExportOptions = {}): OpenApiDocument {
  const version = options.version ?? '3.1';
  const api = info.name;
  const apiUrl = `${options.serverUrl ?? 'http://127.0.0.1:4010'}${info.mount}`;
  const schemes = info.openApi?.securitySchemes(apiUrl);
  const defs = registry.ajv.getSchema(defsId(api))?.schema as { $defs?: Record<string, unknown> } | undefined;
  const context: Context = { lookup: refLookupFor(registry.ajv, api), info, version, securityHeaders: schemeHeaders(schemes ?? {}) };
  const paths: OpenApiDocument['paths'] = {};
  const tags = new Map<string, string[]>();
  for (const contract of registry.contracts(api)) {
    contract.tags?.forEach((tag) => tags.set(tag, [...(tags.get(tag) ?? []), contract.operationId]));
    const aliases = contract.aliases ?? [];
    const hidden = aliases.filter((alias) => isTrailingSlashAlias(contract.path, alias));
    [contract.path, ...aliases.filter((alias) => !hidden.includes(alias))].forEach((path, i) => {
      const item = (paths[path] ??= {});
      item[contract.method.toLowerCase()] = operation(contract, i === 0 ? contract.operationId : `${contract.operationId}Alias${i}`, context, hidden);
    });
  }
  const schemas = openApiSchema(defs?.$defs ?? {}, version, context.lookup) as Record<string, unknown>;
  return {
    openapi: version === '3.0' ? '3.0.3' : '3.1.0',
    info: {
      title: info.openApiTitle ?? `${info.title} (clientela mock)`,
      version: '1.0.0',
      description: `Generated by clientela from contracts/${api}/. The contracts are the source of truth; regenerate instead of editing.`,
      license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
    },
    servers: [{ url: apiUrl, description: 'clientela mock (npm start)' }],
    tags: [...tags.keys()].sort().map((name) => ({ name, description: `Operations: ${(tags.get(name) ?? []).join(', ')}.` })),
    paths,
    components: { schemas: reachableSchemas(schemas, paths), ...(schemes ? { securitySchemes: schemes } : {}) },
  };
}
