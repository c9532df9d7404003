import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Clientela from 'clientela';
import type * as ClientelaMock from 'clientela/mock';
import { createCredereClient } from '../mock/credere/client/credere-client.js';
import { credere } from '../mock/credere/credere-plugin.js';
import { FirstVisionClient } from '../mock/firstvision/client/firstvision-client.js';
import { signFirstVisionRequest } from '../mock/firstvision/client/sign-firstvision-request.js';
import { signRequest } from '../mock/firstvision/client/sign-request.js';
import type { FirstVisionConfig } from '../mock/firstvision/firstvision-config.js';
import { builtInPlugins } from '../mock/plugins.js';
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
      'ContractError', 'DomainError', 'IdTakenError', 'MemoryState', 'ScenarioStepError', 'at', 'checkDrift', 'checkPactInteractions',
      'collection', 'createAjv', 'customFormats', 'defaultContractsDir', 'definePlugin', 'exportOpenApi', 'exportTypes', 'fakeFromSchema',
      'forEachCopy', 'generateCnpj', 'generateCpf', 'isLuhnValid', 'isValidCnpj', 'isValidCpf', 'loadContracts', 'luhnCheckDigit',
      'maskSensitive', 'maskText', 'operationsMarkdown', 'paramReader', 'validateRequest', 'validateResponse', 'verifyPacts',
    ]);
    expect(Object.keys(await importEntry('./mock'))).toContain('createMockServer');
  });
});

describe('"clientela/mock"', () => {
  it('createMockServer().app answers over HTTP: its index lists each API at its mount', async () => {
    const index = (await (await fetch(`${url}/`)).json()) as { apis: Array<{ api: string; mount: string; operations: string[] }> };
    expect(Object.fromEntries(index.apis.map(({ api, mount }) => [api, mount]))).toEqual({ firstvision: '/firstvision', credere: '/credere/api/v1' });
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

describe('typed clients and signing (mock/<api>/client/), against the mock', () => {
  it('signRequest and signFirstVisionRequest compute Base64(HMAC-SHA256(secret, apikey + request id + timestamp + body))', () => {
    const input = { apiKey: 'k', apiSecret: 's', rawBody: '{}', requestId: 'r-1', timestamp: '1700000000000' };
    const expected = createHmac('sha256', 's').update('kr-11700000000000{}').digest('base64');
    expect(signRequest({ secret: 's', apiKey: 'k', requestId: 'r-1', timestamp: '1700000000000', body: '{}' })).toBe(expected);
    expect(signFirstVisionRequest(input)).toEqual({ signature: expected, 'x-client-request-id': 'r-1', timestamp: '1700000000000' });
    const fresh = signFirstVisionRequest({ apiKey: 'k', apiSecret: 's', rawBody: '{}' });
    expect(fresh['x-client-request-id']).not.toBe(signFirstVisionRequest({ apiKey: 'k', apiSecret: 's', rawBody: '{}' })['x-client-request-id']);
  });

  it('FirstVisionClient fetches a token, signs and adds a customer', async () => {
    const { apiKey, apiSecret } = mock.api('firstvision').config as FirstVisionConfig;
    const fv = new FirstVisionClient({ baseUrl: url, apiKey, apiSecret, clientId: '00970', sign: true });
    const added = await fv.customerAdd({ customerData: { customerKeyData: { organizationNumber: 970, coOwnerIndicator: 1, dualFlag: '0' }, ownerCoOwnerData: { ownerData: { nameLine1: 'MARIA SOUZA' } } } });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.ok && added.body.data?.customerNumber).toMatch(/^970000\d{13}$/);
  });

  it('createCredereClient creates a customer and finds it by CPF', async () => {
    const client = createCredereClient({ baseUrl: url, apiKey: 'k' });
    // Not a literal in the call: the generated CustomersCreateRequest type declares only cpf and name of the customer.
    const body = { customer: { name: 'Ana', cpf: '390.533.447-05', has_cnh: true, phones: [{ code: 84, number: 988887777 }] }, bank_validations: { bank_codes: ['moneyplus'] } };
    const created = await client.create(body);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const found = await client.find('39053344705');
    expect(found.ok && created.ok && found.body.customer.id).toBe(created.ok && created.body.customer.id);
  });
});

describe('"clientela": contract testing, against the mock', () => {

  it('checkPactInteractions finds a CPF with bad check digits in a request and nothing in a good one', () => {
    const interaction = (cpf: string): Parameters<typeof clientela.checkPactInteractions>[2][number] => ({
      file: 'x.json', consumer: 'c', provider: 'Credere', description: cpf, states: [],
      request: { method: 'POST', path: '/credere/api/v1/customers', query: {}, headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: { customer: { cpf, name: 'Ana' } } },
      response: { status: 422, headers: {} },
    });
    const [good, bad] = clientela.checkPactInteractions(registry, builtInPlugins, [interaction('390.533.447-05'), interaction('390.533.447-00')]);
    expect(good?.findings).toEqual([]);
    expect(bad?.findings).toMatchObject([{ side: 'request', path: '/body/customer/cpf', code: 'format' }]);
  });

  it('verifyPacts verifies a pact against the running mock', async () => {
    const pact = writeV4Pact('Credere', [{
      description: 'the genre domain',
      request: { method: 'GET', path: '/credere/api/v1/domains', query: { types: ['genre'] }, headers: { authorization: 'Bearer k' } },
      response: { status: 200, body: { domains: { genre: [{ id: 1, name: 'Masculino' }, { id: 2, name: 'Feminino' }] } } },
    }]);
    const report = await clientela.verifyPacts({ pacts: [pact], plugins: builtInPlugins, providerBaseUrl: url, credentials: { apis: { firstvision: mock.api('firstvision').config } }, sandbox: 'public-api-verify' });
    expect(report.interactions.map((o) => [o.description, o.ok])).toEqual([['the genre domain', true]]);
    expect(report.ok).toBe(true);
  });

  it('checkDrift probes the read-only Credere operations of the mock and finds no drift', async () => {
    const report = await clientela.checkDrift({ plugin: credere, baseUrl: url, registry, credentials: credere.testing?.check.credentials({ token: 'k' }) });
    expect(report.drifted).toBe(0);
    expect(report.operations.find((o) => o.operationId === 'banksList')).toMatchObject({ drifted: 0, passed: 1 });
  });
});

type Widget = { id: number; name: string; size: 'S' | 'M' | 'L' };
const fault = (status: number, code: string, text: string): Clientela.ApiResponse => ({ status, body: { fault: { code, text } } });

describe('"clientela": the plug-in interface and the state', () => {
  const widgets = clientela.collection<Widget>('acme.widgets', (widget) => String(widget.id), [{ name: 'name', kind: 'unique', key: (widget) => widget.name }]);
  const cog: Widget = { id: 1, name: 'cog', size: 'S' };

  it('MemoryState keeps the rows of collections in transactions: a taken id is an IdTakenError, a transaction that throws leaves nothing', async () => {
    const state = new clientela.MemoryState({ collections: [widgets] });
    await state.transaction(async (tx) => {
      await tx.insert(widgets, cog);
      await tx.setCounter('acme.widget-id', 1);
    });
    await expect(state.transaction((tx) => tx.insert(widgets, { ...cog, name: 'other' }))).rejects.toBeInstanceOf(clientela.IdTakenError);
    const refused = state.transaction(async (tx) => {
      await tx.insert(widgets, { id: 2, name: 'gear', size: 'M' });
      throw new clientela.DomainError('taken', 'refused after a write');
    });
    await expect(refused).rejects.toMatchObject({ name: 'DomainError', code: 'taken', message: 'refused after a write' });
    expect(await state.snapshot()).toEqual({ tables: { 'acme.widgets': { 1: cog } }, meta: { 'acme.widget-id': 1 } });
    expect(await state.transaction((tx) => tx.find(widgets, 'name', 'cog'), { readOnly: true })).toEqual(cog);
    expect(await state.transaction((tx) => tx.find(widgets, 'name', 'gear'), { readOnly: true })).toBeUndefined();
  });

  it('definePlugin: an API whose contracts loadContracts({ folders }) reads is served by createMockServer, a DomainError in its own envelope', async () => {
    const dir = join(import.meta.dirname, 'fixtures', 'acme', 'contracts');
    const plugin = clientela.definePlugin<{ key: string }, Record<string, never>>({
      name: 'acme',
      title: 'Acme',
      mount: '/acme',
      contractsDir: dir,
      defaultConfig: { key: 'secret' },
      collections: [widgets],
      create: (config) => ({
        handlers: {
          widgetsCreate: async ({ tx, values }) => {
            const id = (await tx.counter('acme.widget-id')) + 1;
            await tx.setCounter('acme.widget-id', id);
            return { status: 201, body: await tx.insert(widgets, { id, ...(values.body as Omit<Widget, 'id'>) }) };
          },
          widgetsGet: async ({ tx, values }) => {
            const widget = await tx.get(widgets, String(values.params.id));
            if (!widget) throw new clientela.DomainError('missing', `no widget ${String(values.params.id)}`);
            return { status: 200, body: widget };
          },
        },
        errors: {
          validation: (_compiled, diagnostics) => fault(422, 'invalid', diagnostics.map((d) => `${d.path} ${d.message}`).join('; ')),
          malformed: (status, reason) => fault(status, 'unreadable', reason),
          failure: (status, reason) => fault(status, 'failure', reason),
          catalogued: () => undefined,
          domain: (error) => fault(404, error.code, error.message),
        },
        authenticate: (request) => (request.headers['x-acme-key'] === config.key ? undefined : fault(401, 'no-key', 'send x-acme-key')),
        sandbox: () => ({}),
      }),
    });
    const contracts = clientela.loadContracts({ folders: [{ api: 'acme', dir }] });
    const { url: acmeUrl, close: stop } = await listen(createMockServer({ plugins: [plugin], registry: contracts, strict: true }).app);
    const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
      const response = await fetch(`${acmeUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const key = { 'x-acme-key': 'secret' };
    try {
      expect(await call('POST', '/acme/widgets', key, { name: 'cog', size: 'S' })).toEqual({ status: 201, body: cog });
      expect(await call('GET', '/acme/widgets/1', key)).toEqual({ status: 200, body: cog });
      expect(await call('GET', '/acme/widgets/2', key)).toEqual({ status: 404, body: { fault: { code: 'missing', text: 'no widget 2' } } });
      expect(await call('GET', '/acme/widgets/1', { 'x-acme-key': 'wrong' })).toEqual({ status: 401, body: { fault: { code: 'no-key', text: 'send x-acme-key' } } });
      expect(await call('POST', '/acme/widgets', key, { name: 'cog', size: 'XL' })).toMatchObject({ status: 422, body: { fault: { code: 'invalid' } } });
    } finally {
      stop();
    }
  });

  it('forEachCopy expands counted items, filling {index}; at names the pointer of a failing step in a ScenarioStepError', async () => {
    const seen: string[] = [];
    await clientela.forEachCopy([{ name: 'cog-{index}', count: 2 }, { name: 'gear' }], '/acme/widgets', async (item, pointer, index) => void seen.push(`${pointer} ${index} ${item.name}`));
    expect(seen).toEqual(['/acme/widgets/0 1 cog-1', '/acme/widgets/0 2 cog-2', '/acme/widgets/1 1 gear']);
    expect(await clientela.at('/acme/widgets/0', () => 3)).toBe(3);
    const failed = clientela.at('/acme/widgets/1', () => {
      throw new clientela.DomainError('taken', 'a widget is named gear');
    });
    await expect(failed).rejects.toBeInstanceOf(clientela.ScenarioStepError);
    await expect(failed).rejects.toMatchObject({ pointer: '/acme/widgets/1', message: '/acme/widgets/1: a widget is named gear' });
  });

  it('paramReader reads provider-state parameters, keeping every bad one in errors', () => {
    const read = clientela.paramReader({ count: 'x', customerNumber: '123', cpf: '529.982.247-25', size: 'M' });
    expect([read.int('count'), read.number19('customerNumber'), read.cpf('cpf'), read.text('size'), read.int('missing', 4)]).toEqual([0, '0000000000000000123', '529.982.247-25', 'M', 4]);
    expect(read.errors).toEqual(['count must be a whole number, got "x"']);
    read.cpf('size');
    expect(read.errors).toHaveLength(2);
  });
});
