import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/command.js';

/** A V4 HTTP interaction written by hand (bodies as plain JSON; the helper wraps them). */
export type FixtureInteraction = {
  description: string;
  states?: Array<{ name: string; params?: Record<string, unknown> }>;
  request: { method: string; path: string; query?: Record<string, string[]>; headers?: Record<string, string>; body?: unknown };
  response: { status: number; body?: unknown };
};

const jsonBody = (body: unknown) => (body === undefined ? {} : { body: { content: body, contentType: 'application/json', encoded: false } });

/** Writes a V4 pact file into a fresh temporary folder and answers its path. */
export function writeV4Pact(provider: string, interactions: FixtureInteraction[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'clientela-pact-')), `fixture-${provider}.json`);
  const document = {
    consumer: { name: 'fixture-consumer' },
    provider: { name: provider },
    interactions: interactions.map((i) => ({
      type: 'Synchronous/HTTP',
      description: i.description,
      ...(i.states ? { providerStates: i.states } : {}),
      request: { method: i.request.method, path: i.request.path, ...(i.request.query ? { query: i.request.query } : {}), headers: i.request.headers ?? {}, ...jsonBody(i.request.body) },
      response: { status: i.response.status, headers: i.response.body === undefined ? {} : { 'Content-Type': ['application/json'] }, ...jsonBody(i.response.body) },
    })),
    metadata: { pactSpecification: { version: '4.0' } },
  };
  writeFileSync(file, JSON.stringify(document, null, 2));
  return file;
}

const customerNumber = '9704010000000001467';

/**
 * A pact of both APIs that passes against the mock and the contracts: a signed FirstVision call (the request id and
 * timestamp are the consumer's recorded ones, which a provider refuses a second time) and a Credere provider state.
 */
export function writeProviderPact(): string {
  return writeV4Pact('clientela', [
    {
      description: 'a signed cards details inquiry',
      states: [{ name: `customer ${customerNumber} has 2 cards`, params: { customerNumber, count: '2' } }],
      request: {
        method: 'GET',
        path: '/firstvision/customer/v3/cards/details',
        query: { organizationNumber: ['970'] },
        headers: {
          apikey: 'consumer-key',
          authorization: 'Bearer consumer-recorded-token',
          'x-clientid': '00970',
          customernumber: customerNumber,
          signature: 'q1xY0kQyZ3o4Zl0yq1xY0kQyZ3o=',
          'x-client-request-id': '6f1c2f1e-3f7a-4d8e-9a4b-2c1d0e9f8a7b',
          timestamp: '1715000000000',
        },
      },
      response: { status: 200 },
    },
    {
      description: 'a Credere customer found by CPF',
      states: [{ name: 'a Credere customer with CPF {cpf} exists', params: { cpf: '390.533.447-05' } }],
      request: { method: 'GET', path: '/credere/api/v1/customers/find', query: { cpf_cnpj: ['390.533.447-05'] }, headers: { authorization: 'Bearer recorded' } },
      response: { status: 200, body: { customer: { cpf: '390.533.447-05' } } },
    },
  ]);
}

/** A CLI io that keeps what a command prints. */
export function captureIo(): CliIo & { lines: string[]; errors: string[]; text: () => string } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { out: (line) => lines.push(line), err: (line) => errors.push(line), isTty: false, lines, errors, text: () => [...lines, ...errors].join('\n') };
}
