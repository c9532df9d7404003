import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Clientela from 'clientela';
import type * as ClientelaMock from 'clientela/mock';
import { writeV4Pact } from './pact/pact-fixture.js';

type ExportEntry = { types: string; default: string };
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, ExportEntry> };

/**
 * What `import 'clientela<subpath>'` gives a user, found through package.json `exports` as Node finds it. The suite
 * runs from the sources (nothing is built), so it loads the file the entry's `types` names; its `default` is that
 * file compiled into dist/ (checked below).
 */
async function importEntry<T>(subpath: string): Promise<T> {
  const entry = manifest.exports[subpath];
  if (!entry) throw new Error(`package.json exports no "${subpath}"`);
  return (await import(new URL(`../${entry.types}`, import.meta.url).href)) as T;
}

const clientela = await importEntry<typeof Clientela>('.');
const { createMockServer } = await importEntry<typeof ClientelaMock>('./mock');
const registry = clientela.loadContracts();

/** Listens on an ephemeral port; answers the base URL and a way to stop. */
async function listen(app: express.Express): Promise<{ url: string; close: () => void }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => { server.close(); server.closeAllConnections(); } };
}

const mock = createMockServer({ registry, seed: 7 });
let url = '';
let close = () => undefined as void;
beforeAll(async () => ({ url, close } = await listen(mock.app)));
afterAll(() => close());

describe('package entry points', () => {
  it.each(Object.entries(manifest.exports))('builds the default of %s from the source its types name', (_subpath, entry) => {
    expect(entry.default).toBe(entry.types.replace(/^\.\//, './dist/').replace(/\.ts$/, '.js'));
  });

  it('exports from "clientela" exactly the values this file tests, and createMockServer from "clientela/mock"', async () => {
    expect(Object.keys(clientela).sort()).toEqual([
      'ContractError', 'FirstVisionClient', 'apiMounts', 'checkDrift', 'checkPactInteractions', 'createAjv', 'createCredereClient',
      'customFormats', 'exportOpenApi', 'exportTypes', 'fakeFromSchema', 'generateCnpj', 'generateCpf', 'isLuhnValid', 'isValidCnpj',
      'isValidCpf', 'loadContracts', 'luhnCheckDigit', 'maskSensitive', 'maskText', 'operationsMarkdown', 'signFirstVisionRequest',
      'signRequest', 'validateRequest', 'validateResponse', 'verifyPacts',
    ]);
    expect(Object.keys(await importEntry('./mock'))).toContain('createMockServer');
  });
});

describe('"clientela/mock"', () => {
  it('createMockServer().app answers over HTTP: its index lists each API at its mount', async () => {
    const index = (await (await fetch(`${url}/`)).json()) as { apis: Array<{ api: string; mount: string; operations: string[] }> };
    expect(Object.fromEntries(index.apis.map(({ api, mount }) => [api, mount]))).toEqual(clientela.apiMounts);
    expect(index.apis.flatMap((api) => api.operations)).toContain('GET /credere/api/v1/customers/find');
  });

  it("createMockServer().app works mounted inside the user's own Express app", async () => {
    const host = express();
    host.use('/mocks', createMockServer({ registry }).app);
    const { url: hostUrl, close: stop } = await listen(host);
    try {
      const banks = await fetch(`${hostUrl}/mocks/credere/api/v1/banks`, { headers: { authorization: 'Bearer k' } });
      expect(banks.status).toBe(200);
      expect(((await banks.json()) as { banks: unknown[] }).banks.length).toBeGreaterThan(0);
      expect((await fetch(`${hostUrl}/mocks/__admin/health`)).status).toBe(200);
    } finally {
      stop();
    }
  });
});

describe('"clientela": contracts', () => {
  it('loadContracts answers a registry of every operation; a missing folder is a ContractError naming the file', () => {
    expect(registry.get('customersFind').contract).toMatchObject({ method: 'GET', path: '/customers/find' });
    expect(() => clientela.loadContracts('/nowhere/contracts')).toThrow(clientela.ContractError);
    expect(() => clientela.loadContracts('/nowhere/contracts')).toThrow('/nowhere/contracts/contract.schema.json');
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
    const document = clientela.exportOpenApi(registry, 'credere');
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
    const markdown = clientela.operationsMarkdown(registry);
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

describe('"clientela": numbers and masking', () => {
  let n = 0;
  const random = (max: number) => n++ % max;

  it('generateCpf and generateCnpj give documents isValidCpf and isValidCnpj accept, and a changed digit is refused', () => {
    const cpf = clientela.generateCpf(random);
    const cnpj = clientela.generateCnpj(random);
    expect([clientela.isValidCpf(cpf), clientela.isValidCnpj(cnpj)]).toEqual([true, true]);
    const flip = (text: string) => `${text.slice(0, -1)}${(Number(text.at(-1)) + 1) % 10}`;
    expect([clientela.isValidCpf(flip(cpf)), clientela.isValidCnpj(flip(cnpj))]).toEqual([false, false]);
  });

  it('luhnCheckDigit completes a payload that isLuhnValid accepts', () => {
    const payload = '400097010000001';
    const digit = clientela.luhnCheckDigit(payload);
    expect(clientela.isLuhnValid(`${payload}${digit}`)).toBe(true);
    expect(clientela.isLuhnValid(`${payload}${(digit + 1) % 10}`)).toBe(false);
  });

  it('maskSensitive masks a PAN and a CPF by key and in text; maskText masks a PAN in a line', () => {
    const masked = JSON.stringify(clientela.maskSensitive({ cardNumber: '4111111111111111', note: 'pan 4111111111111111', cpf: '529.982.247-25', name: 'Ana' }));
    expect(masked).not.toContain('4111111111111111');
    expect(masked).not.toContain('529.982');
    expect(masked).toContain('"name":"Ana"');
    expect(clientela.maskText('GET /cards/4111111111111111')).toBe('GET /cards/4111********1111');
  });
});

describe('"clientela": signing and clients, against the mock', () => {
  it('signRequest and signFirstVisionRequest compute Base64(HMAC-SHA256(secret, apikey + request id + timestamp + body))', () => {
    const input = { apiKey: 'k', apiSecret: 's', rawBody: '{}', requestId: 'r-1', timestamp: '1700000000000' };
    const expected = createHmac('sha256', 's').update('kr-11700000000000{}').digest('base64');
    expect(clientela.signRequest({ secret: 's', apiKey: 'k', requestId: 'r-1', timestamp: '1700000000000', body: '{}' })).toBe(expected);
    expect(clientela.signFirstVisionRequest(input)).toEqual({ signature: expected, 'x-client-request-id': 'r-1', timestamp: '1700000000000' });
    const fresh = clientela.signFirstVisionRequest({ apiKey: 'k', apiSecret: 's', rawBody: '{}' });
    expect(fresh['x-client-request-id']).not.toBe(clientela.signFirstVisionRequest({ apiKey: 'k', apiSecret: 's', rawBody: '{}' })['x-client-request-id']);
  });

  it('FirstVisionClient fetches a token, signs and adds a customer', async () => {
    const { apiKey, apiSecret } = mock.settings.firstvision;
    const fv = new clientela.FirstVisionClient({ baseUrl: url, apiKey, apiSecret, clientId: '00970', sign: true });
    const added = await fv.customerAdd({ customerData: { customerKeyData: { organizationNumber: 970, coOwnerIndicator: 1, dualFlag: '0' }, ownerCoOwnerData: { ownerData: { nameLine1: 'MARIA SOUZA' } } } });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.ok && added.body.data?.customerNumber).toMatch(/^970000\d{13}$/);
  });

  it('createCredereClient creates a customer and finds it by CPF', async () => {
    const credere = clientela.createCredereClient({ baseUrl: url, apiKey: 'k' });
    // Not a literal in the call: the generated CustomersCreateRequest type declares only cpf and name of the customer.
    const body = { customer: { name: 'Ana', cpf: '390.533.447-05', has_cnh: true, phones: [{ code: 84, number: 988887777 }] }, bank_validations: { bank_codes: ['moneyplus'] } };
    const created = await credere.create(body);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const found = await credere.find('39053344705');
    expect(found.ok && created.ok && found.body.customer.id).toBe(created.ok && created.body.customer.id);
  });

  it('checkPactInteractions finds a CPF with bad check digits in a request and nothing in a good one', () => {
    const interaction = (cpf: string): Parameters<typeof clientela.checkPactInteractions>[1][number] => ({
      file: 'x.json', consumer: 'c', provider: 'Credere', description: cpf, states: [],
      request: { method: 'POST', path: '/credere/api/v1/customers', query: {}, headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: { customer: { cpf, name: 'Ana' } } },
      response: { status: 422, headers: {} },
    });
    const [good, bad] = clientela.checkPactInteractions(registry, [interaction('390.533.447-05'), interaction('390.533.447-00')]);
    expect(good?.findings).toEqual([]);
    expect(bad?.findings).toMatchObject([{ side: 'request', path: '/body/customer/cpf', code: 'format' }]);
  });

  it('verifyPacts verifies a pact against the running mock', async () => {
    const pact = writeV4Pact('Credere', [{
      description: 'the genre domain',
      request: { method: 'GET', path: '/credere/api/v1/domains', query: { types: ['genre'] }, headers: { authorization: 'Bearer k' } },
      response: { status: 200, body: { domains: { genre: [{ id: 1, name: 'Masculino' }, { id: 2, name: 'Feminino' }] } } },
    }]);
    const report = await clientela.verifyPacts({ pacts: [pact], providerBaseUrl: url, credentials: { firstvision: mock.settings.firstvision }, sandbox: 'public-api-verify' });
    expect(report.interactions.map((o) => [o.description, o.ok])).toEqual([['the genre domain', true]]);
    expect(report.ok).toBe(true);
  });

  it('checkDrift probes the read-only Credere operations of the mock and finds no drift', async () => {
    const report = await clientela.checkDrift({ api: 'credere', baseUrl: url, registry, credentials: { credere: { token: 'k' } } });
    expect(report.drifted).toBe(0);
    expect(report.operations.find((o) => o.operationId === 'banksList')).toMatchObject({ drifted: 0, passed: 1 });
  });
});
