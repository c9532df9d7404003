import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { runCli } from '../../src/cli/run-cli.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { checkPactInteractions, type PactFinding } from '../../src/pact/check-pact.js';
import { normalizeInteractions } from '../../src/pact/normalize-interactions.js';
import { readPactFiles } from '../../src/pact/read-pact-files.js';
import { captureIo, type FixtureInteraction, writeV4Pact } from './pact-fixture.js';

const registry = loadContracts();
const auth = { authorization: 'Bearer k' };
const fvHeaders = { apikey: 'k', authorization: 'Bearer t', 'x-clientid': '00970', 'content-type': 'application/json' };
const customer = { customer: { id: 42, cpf: '390.533.447-05', name: 'Maria' } };
const find: FixtureInteraction['request'] = { method: 'GET', path: '/credere/api/v1/customers/find', query: { cpf_cnpj: ['390.533.447-05'] }, headers: auth };

function check(provider: string, interaction: FixtureInteraction, mode: 'postel' | 'strict' = 'postel'): PactFinding[] {
  const [result] = checkPactInteractions(registry, builtInPlugins, readPactFiles([writeV4Pact(provider, [interaction])]).flatMap(normalizeInteractions), mode);
  return result?.findings ?? [];
}

/** A pact file in an older specification, written as its consumer DSL would. */
function writeRaw(document: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'clientela-pact-')), 'raw.json');
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe('pact-check', () => {
  const bad: Array<[kind: string, provider: string, interaction: FixtureInteraction, expected: Partial<PactFinding>]> = [
    ['an invalid request body (CPF check digits)', 'Credere', { description: 'x', request: { method: 'POST', path: '/credere/api/v1/customers', headers: auth, body: { customer: { cpf: '390.533.447-00', name: 'M' } } }, response: { status: 200 } }, { side: 'request', path: '/body/customer/cpf', code: 'format' }],
    ['an invalid query (CPF missing)', 'Credere', { description: 'x', request: { ...find, query: {} }, response: { status: 200 } }, { side: 'request', path: '/query/cpf_cnpj', code: 'required' }],
    ['a missing FirstVision header', 'FirstVision', { description: 'x', request: { method: 'POST', path: '/firstvision/customer/relationshipNumber', headers: { authorization: 'Bearer t', 'x-clientid': '00970' }, body: { organizationNumber: 970, customerNumber: '9704010000000001467', functionCode: ' ' } }, response: { status: 200 } }, { side: 'request', path: '/headers/apikey', code: 'required' }],
    ['an invalid response body (id a string)', 'Credere', { description: 'x', request: find, response: { status: 200, body: { customer: { id: '42' } } } }, { side: 'response', path: '/body/customer/id', code: 'type' }],
    ['an invalid response body (field the contract does not have)', 'Credere', { description: 'x', request: find, response: { status: 200, body: { customer: { id: 42, shoe_size: 42 } } } }, { side: 'response', path: '/body/customer/shoe_size', code: 'additionalProperties' }],
    ['an invalid response date (dd/mm/yyyy where ISO is due)', 'FirstVision', { description: 'x', request: { method: 'GET', path: '/firstvision/customer/v3/cards/details', query: { organizationNumber: ['970'] }, headers: { ...fvHeaders, customernumber: '9704010000000001467' } }, response: { status: 200, body: { hasError: false, errors: [], data: { outputArea: { accountTable: [{ cardExpireDate: '31/01/2031' }] } } } } }, { side: 'response', path: '/body/data/outputArea/accountTable/0/cardExpireDate', code: 'format' }],
    ['an undeclared status', 'Credere', { description: 'x', request: find, response: { status: 418 } }, { side: 'response', path: '/status', code: 'status' }],
    ['an unknown operation', 'Credere', { description: 'x', request: { method: 'DELETE', path: '/credere/api/v1/customers/42', headers: auth }, response: { status: 204 } }, { side: 'operation', code: 'operation' }],
    ['a path under no API mount', 'SomethingElse', { description: 'x', request: { method: 'GET', path: '/v2/things', headers: auth }, response: { status: 200 } }, { side: 'operation', code: 'operation' }],
  ];

  it.each(bad)('flags %s with its pointer and reason', (_kind, provider, interaction, expected) => {
    const findings = check(provider, interaction);
    expect(findings).toContainEqual(expect.objectContaining(expected));
    expect(findings.every((f) => f.message.length > 0)).toBe(true);
  });

  it('passes a consumer that expects fewer fields than the contract requires (Postel), and flags it when --strict', () => {
    const interaction = { description: 'x', request: find, response: { status: 200, body: customer } };
    expect(check('Credere', interaction)).toEqual([]);
    expect(check('Credere', interaction, 'strict')).toContainEqual(expect.objectContaining({ side: 'response', path: '/body/customer/object_type', code: 'required' }));
  });

  it('reads V2 pacts (query strings, a single providerState, Ruby-style matchers)', () => {
    const file = writeRaw({
      consumer: { name: 'v2-app' },
      provider: { name: 'Credere' },
      interactions: [{ description: 'find', providerState: 'a Credere customer with CPF 390.533.447-05 exists', request: { method: 'get', path: '/credere/api/v1/customers/find', query: 'cpf_cnpj=390.533.447-05', headers: auth }, response: { status: 200, body: { customer: { json_class: 'Pact::SomethingLike', contents: { id: 42 } } } } }],
      metadata: { pactSpecification: { version: '2.0.0' } },
    });
    const [interaction] = readPactFiles([file]).flatMap(normalizeInteractions);
    expect(interaction?.states).toEqual([{ name: 'a Credere customer with CPF 390.533.447-05 exists', params: {} }]);
    expect(checkPactInteractions(registry, builtInPlugins, interaction ? [interaction] : [])[0]?.findings).toEqual([]);
  });

  it('reads V3 pacts with inline pact:matcher values resolved to their examples', () => {
    const file = writeRaw({
      consumer: { name: 'v3-app' },
      provider: { name: 'Credere' },
      interactions: [{ description: 'find', providerStates: [{ name: 'x', params: { cpf: '1' } }], request: { method: 'GET', path: '/credere/api/v1/customers/find', query: { cpf_cnpj: ['390.533.447-05'] }, headers: auth }, response: { status: 200, body: { customer: { id: { 'pact:matcher:type': 'integer', value: 'not a number' } } } } }],
      metadata: { pactSpecification: { version: '3.0.0' } },
    });
    const [result] = checkPactInteractions(registry, builtInPlugins, readPactFiles([file]).flatMap(normalizeInteractions));
    expect(result?.findings).toContainEqual(expect.objectContaining({ path: '/body/customer/id', code: 'type' }));
  });

  it('exits 0 for a good pact and 1 for a bad one, with --json output', async () => {
    const good = writeV4Pact('Credere', [{ description: 'find', request: find, response: { status: 200, body: customer } }]);
    const io = captureIo();
    expect(await runCli(['pact-check', good], io)).toBe(0);
    expect(io.text()).toContain('✓ fixture-consumer → Credere: find (customersFind)');
    const badPact = writeV4Pact('Credere', [{ description: 'teapot', request: find, response: { status: 418 } }]);
    const json = captureIo();
    expect(await runCli(['pact-check', badPact, '--json'], json)).toBe(1);
    expect(JSON.parse(json.lines.join('\n'))).toMatchObject({ failed: 1, results: [{ description: 'teapot', findings: [{ path: '/status', code: 'status' }] }] });
  });

  it('writes a JUnit report with --junit: one test case per interaction, each finding in its failure', async () => {
    const pact = writeV4Pact('Credere', [
      { description: 'find', request: find, response: { status: 200, body: customer } },
      { description: 'teapot <418> & "more"', request: find, response: { status: 418 } },
    ]);
    const junit = join(mkdtempSync(join(tmpdir(), 'clientela-junit-')), 'reports', 'pact-check.xml');
    expect(await runCli(['pact-check', pact, '--junit', junit], captureIo())).toBe(1);
    const xml = readFileSync(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<testsuite name="fixture-consumer → Credere" tests="2" failures="1"');
    expect(xml).toContain('<testcase classname="fixture-consumer → Credere" name="find (customersFind)" time="0.000"/>');
    expect(xml).toMatch(/name="teapot &lt;418&gt; &amp; &quot;more&quot; \(customersFind\)"[^>]*>\n\s*<failure message="response \/status: [^"]+\[status\]">/);
  });
});
