import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { runCli } from '../../src/cli/run-cli.js';
import { verifyPacts } from '../../src/pact/verify-pacts.js';
import { startMock } from '../helpers/start-mock.js';
import { captureIo, writeV4Pact } from './pact-fixture.js';

const auth = { authorization: 'Bearer whatever-the-consumer-recorded' };
const genreRequest = { method: 'GET', path: '/credere/api/v1/domains', query: { types: ['genre'] }, headers: auth };
const genres = { domains: { genre: [{ id: 1, name: 'Masculino' }, { id: 2, name: 'Feminino' }] } };

const pact = writeV4Pact('Credere', [
  { description: 'the genre domain', request: genreRequest, response: { status: 200, body: genres } },
  { description: 'a wrong expectation', request: genreRequest, response: { status: 200, body: { domains: { genre: [{ id: 1, name: 'Feminino' }] } } } },
  { description: 'an unknown provider state', states: [{ name: 'the moon is made of cheese' }], request: genreRequest, response: { status: 200, body: genres } },
  {
    description: 'a customer from a parameterised state',
    states: [{ name: 'a Credere customer with CPF {cpf} exists', params: { cpf: '390.533.447-05' } }],
    request: { method: 'GET', path: '/credere/api/v1/customers/find', query: { cpf_cnpj: ['390.533.447-05'] }, headers: auth },
    response: { status: 200, body: { customer: { cpf: '390.533.447-05' } } },
  },
]);

describe('verify', () => {
  it('passes the good interactions and fails the wrong expectation and the unknown state with readable reasons', async () => {
    const mock = await startMock();
    const report = await verifyPacts({ pacts: [pact], plugins: builtInPlugins, providerBaseUrl: mock.url, credentials: { apis: { firstvision: mock.api('firstvision').config } } });
    const byName = Object.fromEntries(report.interactions.map((o) => [o.description, o]));
    expect(report.ok).toBe(false);
    expect(byName['the genre domain']?.ok).toBe(true);
    expect(byName['a customer from a parameterised state']?.ok).toBe(true);
    expect(byName['a wrong expectation']?.ok).toBe(false);
    expect(byName['a wrong expectation']?.reasons.join('\n')).toContain("BodyMismatch $.domains.genre[0].name: Expected 'Masculino' (String) to be equal to 'Feminino' (String)");
    expect(byName['an unknown provider state']?.ok).toBe(false);
    expect(byName['an unknown provider state']?.reasons[0]).toMatch(/"the moon is made of cheese".*known states: .*"no customer \{customerNumber\} exists"/);
  });

  it('exits 1 from the CLI, starting its own mock, prints a summary and writes JUnit', async () => {
    const io = captureIo();
    const junit = join(tmpdir(), `clientela-verify-${process.pid}.xml`);
    const code = await runCli(['verify', '--pact', pact, '--sandbox-per-run', '--junit', junit], io);
    expect(code).toBe(1);
    expect(io.text()).toMatch(/in sandbox verify-[0-9a-f]{8}/);
    expect(io.text()).toContain('4 interactions, 2 passed, 2 failed');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuite name="fixture-consumer → Credere" tests="4" failures="2" ');
    expect(xml).toContain('the moon is made of cheese');
  });

  it('exits 0 when every interaction passes', async () => {
    const good = writeV4Pact('Credere', [{ description: 'the genre domain', request: genreRequest, response: { status: 200, body: genres } }]);
    const io = captureIo();
    expect(await runCli(['verify', '--pact', good], io)).toBe(0);
    expect(io.text()).toContain('1 interactions, 1 passed, 0 failed');
  });

  it('answers one clear line and exit 1 for a missing pact file', async () => {
    const io = captureIo();
    expect(await runCli(['verify', '--pact', '/nowhere/pact.json'], io)).toBe(1);
    expect(io.errors.join('\n')).toContain('/nowhere/pact.json: no such file or folder');
  });
});
