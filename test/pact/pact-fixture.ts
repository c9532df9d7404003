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

/** A CLI io that keeps what a command prints. */
export function captureIo(): CliIo & { lines: string[]; errors: string[]; text: () => string } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { out: (line) => lines.push(line), err: (line) => errors.push(line), isTty: false, lines, errors, text: () => [...lines, ...errors].join('\n') };
}
