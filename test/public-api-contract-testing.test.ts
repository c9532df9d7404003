import { describe, expect, it } from 'vitest';
import { credere } from '../mock/credere/credere-plugin.js';
import { builtInPlugins } from '../mock/plugins.js';
import { writeV4Pact } from './pact/pact-fixture.js';
import { clientela, createMockServer, registry, serveDuringFile } from './helpers/public-api.js';

const mock = createMockServer({ registry, seed: 7 });
let url = '';
serveDuringFile(mock.app, (base) => (url = base));

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
