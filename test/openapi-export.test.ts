import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { exportOpenApi } from '../src/contracts/export-openapi.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { builtInPlugins } from '../mock/plugins.js';
import { firstVision } from '../mock/firstvision/firstvision-plugin.js';
import { credere } from '../mock/credere/credere-plugin.js';

const registry = loadContracts();
type Operation = { operationId: string; tags?: string[]; parameters: Array<{ name: string; in: string; example?: unknown }>; requestBody?: { content: Record<string, { examples?: object }> } };
const operations = (document: ReturnType<typeof exportOpenApi>): Operation[] => Object.values(document.paths).flatMap((item) => Object.values(item) as Operation[]);

/** Every object of a JSON tree that has `key`, with its JSON pointer. */
function withKey(node: unknown, key: string, pointer = ''): Array<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object') return [];
  const own: Array<[string, Record<string, unknown>]> = !Array.isArray(node) && key in node ? [[pointer, node as Record<string, unknown>]] : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => withKey(v, key, `${pointer}/${k}`))];
}

describe.each(builtInPlugins.flatMap((plugin) => (['3.1', '3.0'] as const).map((version) => [`${plugin.name} ${version}`, plugin, version] as const)))('%s export', (_name, plugin, version) => {
  const document = exportOpenApi(registry, plugin, { version });

  it('is an OpenAPI document a standard parser accepts, with every operation, in the default dialect', async () => {
    expect(document.openapi).toBe(version === '3.1' ? '3.1.0' : '3.0.3');
    expect(document).not.toHaveProperty('jsonSchemaDialect');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    const operationIds = operations(document).map((op) => op.operationId);
    for (const contract of registry.contracts(plugin.name)) expect(operationIds).toContain(contract.operationId);
    expect(JSON.stringify(document)).not.toContain('defs.json');
  });

  it('has no $ref with sibling keywords, no array without items, and a pattern on every custom format', () => {
    expect(withKey(document, '$ref').filter(([, node]) => Object.keys(node).length > 1).map(([pointer]) => pointer)).toEqual([]);
    expect(withKey(document, 'type').filter(([, node]) => node.type === 'array' && node.items === undefined).map(([pointer]) => pointer)).toEqual([]);
    const custom = withKey(document, 'format').filter(([, node]) => ['cpf', 'cnpj', 'cep', 'date-br', 'date-br-or-iso', 'cpf-cnpj', 'org-logo'].includes(node.format as string));
    expect(custom.length).toBeGreaterThan(0);
    for (const [pointer, node] of custom) expect(typeof node.pattern, pointer).toBe('string');
    if (version === '3.0') expect(withKey(document, 'const')).toEqual([]);
  });

  it('declares every tag it uses, keeps trailing-slash aliases out of paths, and gives every parameter but signature an example', () => {
    const declared = (document.tags as Array<{ name: string; description: string }>).map((tag) => tag.name);
    for (const op of operations(document)) for (const tag of op.tags ?? []) expect(declared).toContain(tag);
    expect(Object.keys(document.paths).filter((path) => path.length > 1 && path.endsWith('/'))).toEqual([]);
    for (const op of operations(document)) {
      for (const parameter of op.parameters) if (parameter.name !== 'signature') expect(parameter.example, `${op.operationId} ${parameter.in} ${parameter.name}`).toBeDefined();
      for (const media of Object.values(op.requestBody?.content ?? {})) expect(media.examples, op.operationId).toBeDefined();
    }
  });
});

describe('examples and envelopes', () => {
  it('types path parameters as their schema does (an integer id is exported as a number)', () => {
    const get = exportOpenApi(registry, credere).paths['/customers/{id}']?.get as Operation;
    expect(get.parameters.find((p) => p.name === 'id')?.example).toBe(2);
  });

  it('writes a FirstVision 200 as one object: the envelope with the operation data in place', () => {
    const add = exportOpenApi(registry, firstVision).paths['/customer/l8v2']?.post as { responses: Record<string, { content: Record<string, { schema: Record<string, any> }> }> };
    const schema = add.responses['200']?.content['application/json']?.schema;
    expect(schema?.required).toEqual(expect.arrayContaining(['hasError', 'errors', 'data']));
    expect(schema?.properties.hasError).toEqual({ const: false, enum: [false], type: 'boolean' });
    expect(schema?.properties.data.required).toContain('customerNumber');
    expect(schema?.properties.errors.items).toBeDefined();
  });

  it('exports as body examples only accepted requests on the parameter examples (refusals stay in the responses)', () => {
    const paths = exportOpenApi(registry, credere).paths as Record<string, Record<string, { requestBody: { content: Record<string, { examples: object }> }; responses: Record<string, { content?: Record<string, { examples?: object }> }> }>>;
    const bodyExamples = (path: string, method: string) => Object.keys(paths[path]?.[method]?.requestBody.content['application/json']?.examples ?? {});
    expect(bodyExamples('/customers', 'post')).toEqual(['default', 'seed']);
    expect(Object.keys(paths['/customers']?.post?.responses['422']?.content?.['application/json']?.examples ?? {})).toEqual(['missing-bank-fields', 'duplicate-cpf']);
    // The seed update is on customer 1, the operation's id example (from its default example) customer 2.
    expect(bodyExamples('/customers/{id}', 'put')).toEqual(['default']);
  });

  it('types a const as a one-value enum, which Postman fills in (the token grant_type)', () => {
    const token = exportOpenApi(registry, firstVision).paths['/{product}/token']?.post as { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } };
    expect(token.requestBody.content['application/x-www-form-urlencoded']?.schema.properties.grant_type).toEqual({ type: 'string', const: 'client_credentials', enum: ['client_credentials'] });
  });

  it('mentions the trailing-slash alias in the operation it reaches', () => {
    const update = exportOpenApi(registry, firstVision).paths['/customer']?.put as { description: string };
    expect(update.description).toContain('`/customer/`');
  });
});
