import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credere } from '../mock/credere/credere-plugin.js';
import { builtInPlugins } from '../mock/plugins.js';
import { clientela, registry } from './helpers/public-api.js';

describe('"clientela": contracts', () => {
  it('loadContracts answers a registry of every operation; a missing folder is a ContractError naming the file', () => {
    expect(registry.get('customersFind').contract).toMatchObject({ method: 'GET', path: '/customers/find' });
    expect(() => clientela.loadContracts('/nowhere/contracts')).toThrow(clientela.ContractError);
    expect(() => clientela.loadContracts('/nowhere/contracts')).toThrow('/nowhere/contracts/contract.schema.json');
  });

  it('loadContracts({ folders }) reads only the folders named, each checked against the meta-schema of defaultContractsDir', () => {
    const only = clientela.loadContracts({ folders: [{ api: 'credere', dir: join(clientela.defaultContractsDir, 'credere') }] });
    expect(only.contracts('credere').map((c) => c.operationId).sort()).toEqual(registry.contracts('credere').map((c) => c.operationId).sort());
    expect(only.contracts('firstvision')).toEqual([]);
    expect(() => only.get('token')).toThrow();
    expect(() => clientela.loadContracts({ folders: [{ api: 'credere', dir: '/nowhere/credere' }] })).toThrow(clientela.ContractError);
    // A folder read as another API: its files say `api: credere`, its defs another $id.
    expect(() => clientela.loadContracts({ folders: [{ api: 'acme', dir: join(clientela.defaultContractsDir, 'credere') }] })).toThrow(clientela.ContractError);
  });

  it('validateRequest gives no diagnostic for a valid CPF and one at the field for a bad one', () => {
    const create = (cpf: string) => clientela.validateRequest(registry.get('customersCreate'), { headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: { customer: { cpf, name: 'Ana' } } });
    expect(create('529.982.247-25')).toMatchObject({ ok: true, diagnostics: [] });
    expect(create('529.982.247-24')).toMatchObject({ ok: false, diagnostics: [{ path: '/body/customer/cpf', code: 'format' }] });
    const find = clientela.validateRequest(registry.get('customersFind'), { headers: { authorization: 'Bearer k' }, query: { cpf_cnpj: 'abc' } });
    expect(find.diagnostics.map((d) => d.path)).toEqual(['/query/cpf_cnpj']);
  });

  it('validateResponse passes the contract example and names an undeclared status', () => {
    const example = registry.get('customersFind').contract.examples?.find((e) => e.response?.status === 200);
    expect(example?.response?.body).toBeDefined();
    expect(clientela.validateResponse(registry.get('customersFind'), 200, example?.response?.body)).toEqual([]);
    expect(clientela.validateResponse(registry.get('customersFind'), 418, {})).toMatchObject([{ code: 'status' }]);
  });

  it('exportOpenApi returns an OpenAPI 3.1 document with a path per Credere operation', () => {
    const document = clientela.exportOpenApi(registry, credere);
    expect(document.openapi).toBe('3.1.0');
    for (const contract of registry.contracts('credere')) {
      const path = contract.path.replace(/:(\w+)/g, '{$1}');
      expect(document.paths[path], contract.operationId).toHaveProperty(contract.method.toLowerCase());
    }
  });

  it('exportTypes declares the bodies of each Credere operation', async () => {
    const source = await clientela.exportTypes(registry, 'credere');
    for (const { operationId } of registry.contracts('credere')) {
      expect(source).toMatch(new RegExp(`export (interface|type) ${operationId[0]?.toUpperCase()}${operationId.slice(1)}Response200\\b`));
    }
  });

  it('operationsMarkdown lists every operation with a link to its contract', () => {
    const markdown = clientela.operationsMarkdown(registry, builtInPlugins);
    for (const api of ['firstvision', 'credere'] as const) {
      for (const { operationId } of registry.contracts(api)) expect(markdown).toContain(`[\`${operationId}\`](contracts/${api}/`);
    }
  });

  it('createAjv knows every customFormats format, and both check a CPF', () => {
    const ajv = clientela.createAjv();
    for (const [format, { validate }] of Object.entries(clientela.customFormats)) {
      const check = ajv.compile({ type: 'string', format });
      expect(check('not valid'), format).toBe(validate('not valid'));
    }
    const cpf = ajv.compile({ type: 'string', format: 'cpf' });
    expect([cpf('529.982.247-25'), cpf('529.982.247-24')]).toEqual([true, false]);
    expect(clientela.customFormats.cpf?.validate('529.982.247-24')).toBe(false);
  });

  it('fakeFromSchema fakes a valid CPF, the same for the same seed', () => {
    const schema = { type: 'string', format: 'cpf' } as const;
    const fake = clientela.fakeFromSchema(schema, 7);
    expect(clientela.isValidCpf(fake as string)).toBe(true);
    expect(clientela.fakeFromSchema(schema, 7)).toBe(fake);
  });
});
